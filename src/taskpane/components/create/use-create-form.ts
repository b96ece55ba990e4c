/**
 * Tạo báo cáo's form: kind, year, level, agency, template and header fields. It lives above the
 * tabs (the pane's drafts), is prefilled from the open document's report when there is one, offers
 * the templates valid for the period and level (a national form first), checks the number and
 * date as they are typed, and says why inserting is not possible yet.
 */
import * as React from "react";
import type { Header, ReportData } from "../../../core/model/report-data";
import { reportTemplatesServing, Template } from "../../../core/model/template";
import type { AgencyLevel, HeaderField, ReportKind } from "../../../core/model/vocabulary";
import { validate } from "../../../core/validation/engine";
import { viPane } from "../../../strings/vi-pane";
import { useDrafts, useDraftStore } from "../../drafts/drafts-context";
import { DocumentState, PaneSession, readCurrent } from "../../session/session";
import { loadHeader } from "./remembered-header";

export interface CreateForm {
  kind: ReportKind;
  year: string;
  level: AgencyLevel;
  agency: string;
  templateId: string;
  header: Header;
}

const t = viPane.create;
export const yearOkFor = (year: string) => /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100;

/** The form a report already in the document gives. */
const fromDocument = (data: ReportData): CreateForm => ({
  kind: data.period.kind,
  year: String(data.period.year),
  level: data.agency.level,
  agency: data.agency.name,
  templateId: data.template,
  header: data.header ?? {},
});

/** Fields checked as they are typed (their malformed values would be refused later anyway). */
const LIVE: HeaderField[] = ["so-ky-hieu", "ngay"];

export function useCreateForm(session: PaneSession, templates: readonly Template[], thisYear: number) {
  const store = useDraftStore();
  useDrafts(store);
  const [existing, setExisting] = React.useState<DocumentState | null>(null);
  const saved = store.form<CreateForm>("create");
  const form: CreateForm = saved ?? { kind: "6-thang", year: String(thisYear), level: "tinh", agency: "", templateId: "", header: loadHeader() };
  const set = (patch: Partial<CreateForm>) => store.setForm("create", { ...form, ...patch });
  const [agencyTouched, setAgencyTouched] = React.useState(false);

  // What the document holds: a report there prefills an untouched form with its identity.
  const look = React.useCallback(async () => {
    const current = await readCurrent(session).catch(() => null);
    setExisting(current);
    if (current && !store.form("create")) store.setForm("create", fromDocument(current.data));
    return current;
  }, [session, store]);
  React.useEffect(() => void look(), [look]);

  const yearOk = yearOkFor(form.year);
  const agencyOk = form.agency.trim() !== "";
  const usable = yearOk ? reportTemplatesServing(templates, form.kind, Number(form.year), form.level) : [];
  // The chosen template, else a national form before a province's own.
  const template = usable.find((tp) => tp.id === form.templateId) ?? usable.find((tp) => tp.data.scope !== "province") ?? usable[0];
  const dataFor = (tp: Template): ReportData => ({
    template: tp.id,
    agency: { name: form.agency.trim(), level: form.level },
    period: { year: Number(form.year), kind: form.kind },
    values: {},
    header: form.header,
  });

  /** The number's and the date's problems, as typed. */
  const headerProblems: Partial<Record<HeaderField, string>> = {};
  if (template) {
    for (const issue of validate(template, { ...dataFor(template), sections: undefined })) {
      const field = issue.target as HeaderField;
      if (issue.rule === "header" && issue.severity === "error" && LIVE.includes(field) && (form.header[field] ?? "").trim() !== "") headerProblems[field] ??= issue.message;
    }
  }

  /** Why inserting is not possible yet, or null. */
  const blocked: string | null = !agencyOk
    ? t.agencyMissing
    : !yearOk
      ? t.yearInvalid
      : !template
        ? templates.length === 0
          ? viPane.templatesLoading
          : t.noTemplate
        : Object.keys(headerProblems).length > 0
          ? t.fixHeader
          : null;

  return { form, set, usable, template, dataFor, yearOk, agencyOk, agencyTouched, setAgencyTouched, headerProblems, blocked, existing, look };
}
