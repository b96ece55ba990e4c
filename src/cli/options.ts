/** Options shared by commands: the report's identity given on the command line. */
import { AGENCY_LEVELS, AgencyLevel, REPORT_KINDS, ReportKind } from "../core/model/vocabulary";
import type { ReportData } from "../core/model/report-data";
import type { HandmadeGiven } from "../document/handmade/read-handmade";
import { viCli } from "../strings/vi-cli";
import { UsageFailure } from "./failure";

export const IDENTITY_OPTIONS = {
  template: { type: "string" },
  kind: { type: "string" },
  year: { type: "string" },
  agency: { type: "string" },
  "agency-level": { type: "string" },
} as const;

export type IdentityValues = Partial<Record<keyof typeof IDENTITY_OPTIONS, string>>;

function required(values: IdentityValues, name: keyof IdentityValues): string {
  const v = values[name];
  if (v === undefined || v.trim() === "") throw new UsageFailure(viCli.errMissingOption(name));
  return v.trim();
}

/** The template id, period and agency from the options; every one is required. */
export function identityFrom(values: IdentityValues): Pick<ReportData, "template" | "agency" | "period"> {
  const template = required(values, "template");
  const kind = required(values, "kind");
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) throw new UsageFailure(viCli.errBadChoice("kind", kind, REPORT_KINDS.join(", ")));
  const yearText = required(values, "year");
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) throw new UsageFailure(viCli.errBadYear(yearText));
  const name = required(values, "agency");
  const level = required(values, "agency-level");
  if (!(AGENCY_LEVELS as readonly string[]).includes(level)) throw new UsageFailure(viCli.errBadChoice("agency-level", level, AGENCY_LEVELS.join(", ")));
  return { template, agency: { name, level: level as AgencyLevel }, period: { year, kind: kind as ReportKind } };
}

export const hasWholeIdentity = (values: IdentityValues) => Object.keys(IDENTITY_OPTIONS).every((k) => values[k as keyof IdentityValues] !== undefined);

export const hasIdentity = (values: IdentityValues) => Object.keys(IDENTITY_OPTIONS).some((k) => values[k as keyof IdentityValues] !== undefined);

/** For a report typed by hand: each option given is checked and wins over what the document says; none is required. */
export function handmadeGivenFrom(values: IdentityValues): HandmadeGiven {
  const given: { -readonly [K in keyof HandmadeGiven]: HandmadeGiven[K] } = {};
  const v = (name: keyof IdentityValues) => (values[name] === undefined ? undefined : values[name]!.trim());
  if (v("template")) given.template = v("template");
  const kind = v("kind");
  if (kind !== undefined) {
    if (!(REPORT_KINDS as readonly string[]).includes(kind)) throw new UsageFailure(viCli.errBadChoice("kind", kind, REPORT_KINDS.join(", ")));
    given.kind = kind as ReportKind;
  }
  const yearText = v("year");
  if (yearText !== undefined) {
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) throw new UsageFailure(viCli.errBadYear(yearText));
    given.year = year;
  }
  if (v("agency")) given.agency = v("agency");
  const level = v("agency-level");
  if (level !== undefined) {
    if (!(AGENCY_LEVELS as readonly string[]).includes(level)) throw new UsageFailure(viCli.errBadChoice("agency-level", level, AGENCY_LEVELS.join(", ")));
    given.level = level as AgencyLevel;
  }
  return given;
}
