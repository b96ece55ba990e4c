/**
 * What both renderers read back: a flat list of content controls in document
 * order, and how to turn it into report data, reconcile it with the data part
 * and say exactly what is missing.
 */
import type { Header, ReportData } from "../core/model/report-data";
import { HEADER_FIELDS, HeaderField } from "../core/model/vocabulary";
import type { Template } from "../core/model/template";
import { allSections, areaMembers, areaOf, outlineFor, leafSections } from "../core/outline";
import { parseSigningDate } from "../core/period";
import { looksLikePlaceholder } from "../core/validation/rules/sections";
import { isBlankText, isEmptyValueText, isPlaceholderText } from "../core/placeholders";
import { vi, viDocument } from "../strings";
import type { Issue, Mode } from "../core/validation/types";

import { headerAsShown, planAppendix, planControls, planReport, valueText } from "./plan/build-plan";
import { keyOf, parseTag, ControlKey, tagOf } from "./plan/tags";
import type { DataPartRead } from "./data-part";

export interface ReadControl {
  readonly tag: string;
  readonly title: string;
  readonly text: string;
}

export interface Disagreement {
  readonly target: string;
  readonly kind: "value" | "note" | "section" | "header";
  readonly inDocument: string;
  readonly inDataPart: string;
}

export interface ReadResult {
  /** Report data as the visible controls hold it (meta from the data part when there is one). */
  readonly data: ReportData | null;
  readonly values: Record<string, string>;
  readonly notes: Record<string, string>;
  readonly sections: Record<string, string>;
  readonly header: Header;
  /** The data part: absent, or present and readable, or present and damaged. */
  readonly dataPart: DataPartRead | null;
  /** Where the controls and the data part say different things; neither is picked silently. */
  readonly disagreements: readonly Disagreement[];
  /** Controls the document should have but does not (deleted by hand), by tag. */
  readonly missing: readonly string[];
  /** Controls recognised by their title only (their tag was lost, e.g. re-saved by LibreOffice 7.4). */
  readonly readByTitle: readonly string[];
  /** Tags of every control read (by tag, or by title where the tag was lost). */
  readonly present: ReadonlySet<string>;
  /** Controls the officer deleted while Word tracked changes (not counted until the change is accepted or rejected). */
  readonly trackedDeleted: readonly string[];
  /** Track Changes is on and this Word cannot say which controls were deleted: deleted ones may be counted. */
  readonly trackingUnverified: boolean;
}

/** "ngày 15 tháng 6 năm 2021" → "15/6/2021"; "ngày     tháng 6 năm 2021" → "/6/2021". */
export function dateFromWords(text: string): string {
  const m = /ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/i.exec(text);
  if (!m) return text.trim();
  return `${m[1] ? Number(m[1]) : ""}/${Number(m[2])}/${m[3]}`;
}

function headerValue(field: HeaderField, text: string): string {
  const t = text.trim();
  if (isPlaceholderText(t)) return "";
  if (field === "noi-nhan" && t === viDocument.defaultNoiNhan) return t;
  return field === "ngay" ? dateFromWords(t) : t;
}

/** A header value as reading the document gives it back ("15/6/2021" for the date, agency names in capitals). */
export function headerReadBack(field: HeaderField, value: string): string {
  return normaliseText(field === "ngay" ? dateFromWords(normaliseDate(value)) : headerAsShown(field, value));
}

/** Each leaf section's placeholder, from the outline of the data's period. */
export function sectionPlaceholders(data: ReportData | null): Map<string, string | undefined> {
  const map = new Map<string, string | undefined>();
  if (!data) return map;
  for (const s of leafSections(outlineFor(data.period))) map.set(s.id, s.placeholder);
  return map;
}

/** Text as read back from either host: paragraph marks and line breaks as "\n", no-break spaces as spaces, trimmed. */
export const normaliseText = (s: string) =>
  // Most controls hold none of these: one test instead of two replacements each (a batch reads hundreds a report).
  (/[\r\v\u00a0]/.test(s) ? s.replace(/\r\n|\r|\v/g, "\n").replace(/\u00a0/g, " ") : s).trim();

/** Turns the controls (and the data part) into what the document says. */
export function interpretControls(controls: readonly ReadControl[], dataPart: DataPartRead | null, template?: Template): ReadResult {
  const values: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const sections: Record<string, string> = {};
  const header: Header = {};
  const readByTitle: string[] = [];
  const seen = new Set<string>();
  const part = dataPart?.status === "ok" ? dataPart.data : null;
  const placeholders = sectionPlaceholders(part);

  for (const c of controls) {
    const byTag = parseTag(c.tag);
    const key: ControlKey | null = byTag ?? keyOf(null, c.title);
    if (!key) continue;
    if (!byTag) readByTitle.push(`${key.kind}:${key.key}`);
    seen.add(byTag ? c.tag : tagOf(key.kind, key.key));
    const text = normaliseText(c.text);
    switch (key.kind) {
      case "value":
        values[key.key] = isEmptyValueText(text) ? "" : text;
        break;
      case "note":
        // A note is the officer's unless blank: even a bracketed one.
        if (!isBlankText(text)) notes[key.key] = text;
        break;
      case "section":
        if (text !== "" && !looksLikePlaceholder(text, placeholders.get(key.key))) sections[key.key] = text;
        break;
      case "header":
        if ((HEADER_FIELDS as readonly string[]).includes(key.key)) {
          const v = headerValue(key.key as HeaderField, text);
          if (v !== "") header[key.key as HeaderField] = v;
        }
        break;
    }
  }

  const t = template;
  const disagreements: Disagreement[] = [];
  if (part && t) {
    // Values for codes the template does not have have no control; they stay in the data part and are kept.
    for (const [code, v] of Object.entries(part.values)) if (!t.get(code) && values[code] === undefined) values[code] = String(v);
  }
  if (part) {
    for (const [code, v] of Object.entries(part.values)) {
      const row = t?.get(code);
      const expected = row ? valueText(row, v) : String(v);
      const actual = values[code];
      if (actual !== undefined && actual !== expected) disagreements.push({ target: code, kind: "value", inDocument: actual, inDataPart: expected });
    }
    for (const [id, v] of Object.entries(part.sections ?? {})) {
      if (seen.has(tagOf("section", id)) && normaliseText(v) !== (sections[id] ?? "")) {
        disagreements.push({ target: id, kind: "section", inDocument: sections[id] ?? "", inDataPart: v });
      }
    }
    for (const [code, v] of Object.entries(part.notes ?? {})) {
      if (seen.has(tagOf("note", code)) && normaliseText(v) !== (notes[code] ?? "")) {
        disagreements.push({ target: code, kind: "note", inDocument: notes[code] ?? "", inDataPart: v });
      }
    }
    for (const [field, v] of Object.entries(part.header ?? {})) {
      if (v === undefined || !seen.has(tagOf("header", field))) continue;
      const expected = headerReadBack(field as HeaderField, v);
      const actual = header[field as HeaderField] ?? "";
      if (normaliseText(expected) !== actual) disagreements.push({ target: field, kind: "header", inDocument: actual, inDataPart: v });
    }
  }

  // A document taken over by adopt lists the controls it should have; it has no header controls: its
  // header is what the officer typed, kept in the data part.
  const expected = dataPart?.status === "ok" ? dataPart.expected : undefined;
  if (part && expected) {
    for (const [field, v] of Object.entries(part.header ?? {})) if (v && !seen.has(tagOf("header", field))) header[field as HeaderField] = v;
  }
  const meta = part ?? null;
  const data: ReportData | null = meta ? { template: meta.template, templateVersion: meta.templateVersion, agency: meta.agency, period: meta.period, values, notes, sections, header } : null;

  const missing = expected ? [...expected].filter((tag) => !seen.has(tag)) : part && t && t.id === part.template ? missingControls(t, part, seen) : [];
  return { data, values, notes, sections, header, dataPart, disagreements, missing, readByTitle, present: seen, trackedDeleted: [], trackingUnverified: false };
}

/**
 * The controls a report of this template and data should have and the document does not (by tag).
 * A document holding only the appendix (inserted into a report written by hand) is judged as such.
 */
export function missingControls(template: Template, data: ReportData, seen: ReadonlySet<string>): string[] {
  const wholeReport = [...seen].some((tag) => /^cchc:(section|heading|header):/.test(tag));
  return expectedControls(template, data, wholeReport).filter((tag) => !seen.has(tag));
}

/**
 * The tags a report of this template should show, less the optional sections (an optional section
 * the officer deleted is not missing). They depend on the kind of report, the agency's level and
 * which heading rows carry a value, not on the text: made once per such case (every read of a
 * batch of reports asks), not once per read.
 */
const expected = new WeakMap<Template, Map<string, readonly string[]>>();

function expectedControls(template: Template, data: ReportData, wholeReport: boolean): readonly string[] {
  const groupValues = template.rows.filter((r) => r.group && String(data.values[r.code] ?? "").trim() !== "").map((r) => r.code);
  const key = [data.period.kind, data.period.year, data.agency.level, wholeReport, ...groupValues].join("|");
  let byCase = expected.get(template);
  if (!byCase) expected.set(template, (byCase = new Map()));
  let tags = byCase.get(key);
  if (!tags) {
    const plan = wholeReport ? planReport({ template, data }) : planAppendix({ template, data });
    const optional = new Set(
      allSections(outlineFor(data.period))
        .filter((s) => s.optional)
        .flatMap((s) => [tagOf("heading", s.id), tagOf("section", s.id)]),
    );
    tags = planControls(plan)
      .map((c) => c.tag)
      .filter((tag) => !optional.has(tag));
    // A batch of reports of one period has a handful of cases; a hostile batch could have many.
    if (byCase.size > 256) byCase.clear();
    byCase.set(key, tags);
  }
  return tags;
}

/**
 * What a read of the document itself found: where the visible text and the data part disagree (the
 * visible text is what is checked) and controls missing (warnings of the `document` rule), and a
 * "Kính gửi:" with nothing after it (the `header` rule: an error when checking before signing).
 */
export function documentIssues(read: ReadResult, mode: Mode = "draft"): Issue[] {
  const out: Issue[] = read.disagreements.map((d) => ({
    severity: "warning" as const,
    rule: "document" as const,
    target: d.target,
    targetKind: d.kind === "note" ? ("value" as const) : d.kind,
    area: null,
    message: vi.reading.disagreement(d.target, d.inDocument, d.inDataPart),
  }));
  // A "Kính gửi:" the document shows with nothing after it (its control cleared, or still a placeholder).
  if (read.present.has(tagOf("header", "kinh-gui")) && (read.header["kinh-gui"] ?? "") === "") {
    out.push({
      severity: mode === "final" ? "error" : "warning",
      rule: "header",
      target: "kinh-gui",
      targetKind: "header",
      area: "header",
      message: vi.check.kinhGuiEmpty,
    });
  }
  // An optional section left in the document unwritten prints its guidance line (or its heading alone): before signing it is
  // written or taken out ("Bỏ mục này"). A reform area none of whose parts is written is the section rule's.
  if (mode === "final" && read.data) {
    const outline = outlineFor(read.data.period);
    const written = (id: string) => (read.sections[id] ?? "").trim() !== "";
    for (const s of leafSections(outline)) {
      if (!s.optional || !read.present.has(tagOf("section", s.id)) || written(s.id)) continue;
      const area = areaOf(s);
      if (area !== undefined && !areaMembers(outline, area).some((m) => written(m.id))) continue;
      out.push({ severity: "error", rule: "section", target: s.id, targetKind: "section", area: s.area ?? "sections", message: vi.check.optionalSectionEmpty(s.id, s.heading) });
    }
  }
  if (read.missing.length > 0) {
    const shown = read.missing.length > 12 ? `${read.missing.slice(0, 12).join(", ")} … (${read.missing.length})` : read.missing.join(", ");
    out.push({ severity: "warning", rule: "document", target: null, targetKind: null, area: null, message: vi.reading.missingControls(shown) });
  }
  return out;
}

/** The data as the document will show it: values in Vietnamese format, placeholders dropped. */
export function dataAsShown(template: Template, data: ReportData): ReportData {
  const values: Record<string, string> = {};
  for (const [code, raw] of Object.entries(data.values)) {
    const row = template.get(code);
    values[code] = row ? valueText(row, raw) : String(raw);
  }
  const header: Header = {};
  for (const [k, v] of Object.entries(data.header ?? {})) {
    if (v !== undefined && v.trim() !== "") header[k as HeaderField] = k === "ngay" ? normaliseDate(v) : headerAsShown(k as HeaderField, v);
  }
  return { ...data, templateVersion: template.version, values, header };
}

function normaliseDate(raw: string): string {
  const p = parseSigningDate(raw);
  return p.status === "ok" ? `${p.day ?? ""}/${p.month}/${p.year}` : raw.trim();
}
