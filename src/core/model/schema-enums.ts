/** The closed vocabularies as zod enums, for the schemas (template, report data). */
import { z } from "zod";
import { unsafeCharacter } from "../text-safety";
import { vi } from "../../strings";
import { AGENCY_LEVELS, AREAS, REPORT_KINDS, VALUE_KINDS } from "./vocabulary";

// Schema messages in Vietnamese: officers read them (a report-data file, a template file). zod's
// Vietnamese locale leaves some type names in English; they are named in Vietnamese here.
const zodVi = z.locales.vi().localeError!;
z.config({
  localeError: (issue) => {
    const m = zodVi(issue);
    const text = typeof m === "string" ? m : (m?.message ?? "");
    return text.replace(/\b(string|boolean|object|null|undefined)\b/g, (w) => vi.input.typeName[w] ?? w);
  },
});

/** A string that can go into a document: no control character (src/core/text-safety.ts). */
export const SafeText = z.string().superRefine((s, ctx) => {
  const bad = unsafeCharacter(s);
  if (bad) ctx.addIssue({ code: "custom", message: vi.input.unsafeChar(vi.input.text, bad.codePoint, bad.position) });
});

/** A number JSON can carry without changing it: finite, and an integer only within 2^53 (beyond, digits are lost). */
export const isExactNumber = (n: number) => Number.isFinite(n) && (!Number.isInteger(n) || Number.isSafeInteger(n));
export const ExactNumber = z.number().superRefine((n, ctx) => {
  if (!isExactNumber(n)) ctx.addIssue({ code: "custom", message: vi.json.unsafeNumber });
});

export const AgencyLevelSchema = z.enum(AGENCY_LEVELS);
export const ReportKindSchema = z.enum(REPORT_KINDS);
export const ValueKindSchema = z.enum(VALUE_KINDS);
export const AreaSchema = z.enum(AREAS);
