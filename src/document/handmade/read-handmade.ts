/**
 * A report typed by hand, read: its template recognised from the appendix rows,
 * its period, agency and level from its own words (or given), each value with how
 * it was found, and what could not be placed. Nothing is guessed silently: a row
 * matched by order alone is said, and a value is taken only from a matched row.
 */
import type { Agency, Period, ReportData } from "../../core/model/report-data";
import { appliesTo, Indicator, labelsOf, Template, templateServes } from "../../core/model/template";
import type { AgencyLevel, ReportKind } from "../../core/model/vocabulary";
import { Alignment, alignRows, exactLabelHits, MatchBasis } from "./align-rows";
import { AppendixRead, formLines, PrintedRow, readAppendixRows } from "./appendix-rows";
import type { BodyBlock } from "./body";
import { ValueHow, valueFromCell } from "./cell-value";
import { identityOf, IdentityText } from "./identity-text";
import { bagOf, normalised, words } from "./text-match";
import { FoundSection, findSections } from "./body-sections";
import { outlineFor } from "../../core/outline";

export interface FoundValue {
  readonly code: string;
  readonly value?: string;
  readonly note?: string;
  readonly how?: ValueHow;
  /** Part of the note was written after the label, in the label cell. */
  readonly noteInLabel?: boolean;
  readonly basis: MatchBasis;
  readonly printedCode: string;
  readonly printedLabel: string;
  readonly labelSimilarity: number;
  readonly ambiguousWith?: string;
  /** Where: block index of the table, row, and the grid columns of the value and note cells. */
  readonly table: number;
  readonly row: number;
  readonly valueColumn: number;
  readonly noteColumn: number;
}

export interface TemplateScore {
  readonly id: string;
  /** Printed rows matched, of those read. */
  readonly matched: number;
  readonly score: number;
}

export type IdentityPart = "template" | "period" | "agency" | "level";

/** What the caller (the command line's options) says; it wins over what the document says. */
export interface HandmadeGiven {
  readonly template?: string;
  readonly kind?: ReportKind;
  readonly year?: number;
  readonly agency?: string;
  readonly level?: AgencyLevel;
}

export interface HandmadeRead {
  readonly appendix: AppendixRead;
  readonly identity: IdentityText;
  readonly template: Template | null;
  readonly scores: readonly TemplateScore[];
  /** Complete when nothing of the identity is missing. */
  readonly data: ReportData | null;
  readonly missing: readonly IdentityPart[];
  readonly found: readonly FoundValue[];
  /** Printed rows with something typed that no template row fits. */
  readonly unmatched: readonly PrintedRow[];
  /** Rows the agency reports that the table does not print. */
  readonly notPrinted: readonly string[];
  /** The body's sections found by their headings (when the period is known). */
  readonly sections: readonly FoundSection[];
}

/** No appendix table of any template's form at all (a letter, not a report): nothing to recognise. */
export const hasNoAppendix = (read: HandmadeRead): boolean => !read.template && read.appendix.rows.length === 0;

/** Fewer matched rows than this and the table is not the template's. */
const MIN_MATCHED = 5;

/** The note as the officer wrote it: without the lines the form itself prints in that column ("- Sở Nội vụ báo cáo …"). */
function officerNote(printed: PrintedRow, row: Indicator): string {
  const parts: string[] = [];
  for (const n of printed.notes) {
    const form = formLines(n.parts, row);
    const text =
      form.size === 0
        ? n.text
        : n.text
            .split("\n")
            .filter((l) => !form.has(normalised(l)))
            .join("\n")
            .trim();
    if (text !== "") parts.push(text);
  }
  return parts.join("\n");
}

/** Words after the form's label in the label cell ("Kế hoạch CCHC - 02/QĐ-BQLKDL ngày …", seed 003): the officer's note. */
function noteInLabel(printed: PrintedRow, row: Indicator): string {
  const m = /^([\s\S]+?)(?:\s+[-–]\s+|\s*:\s+)([\s\S]+)$/.exec(printed.label);
  if (!m) return "";
  const head = normalised(m[1]);
  return labelsOf(row).some((l) => normalised(l) === head) ? m[2].trim() : "";
}

function chooseTemplate(appendix: AppendixRead, templates: readonly Template[], period: Period | undefined, level: AgencyLevel | undefined) {
  // The printed labels' words, once: as text for the exact hits, as bags for the alignments.
  const printed = appendix.rows.map((p) => words(p.label));
  const labels = printed.map((w) => w.join(" "));
  const hits = templates.map((t) => exactLabelHits(labels, t));
  const most = Math.max(0, ...hits);
  const bags = printed.map(bagOf);
  // Templates well behind the best on exact label hits are not aligned (a template given on the command line always is).
  // Close ones are (tk-7-linh-vuc-2021 and tk-2-cap-2025 share most labels): the alignment and the period decide.
  const aligned = templates.filter((_, i) => templates.length === 1 || hits[i] >= most * 0.85).map((t) => ({ t, a: alignRows(appendix.rows, t, bags) }));
  const scores = aligned.map(({ t, a }) => ({ id: t.id, matched: a.matches.length, score: a.score })).sort((x, y) => y.score - x.score);
  const top = aligned.filter(({ a }) => a.matches.length >= MIN_MATCHED).sort((x, y) => y.a.score - x.a.score);
  if (top.length === 0) return { scores, chosen: null };
  // Templates that differ by a few rows (tk-7-linh-vuc-2021 and tk-2-cap-2025) score alike: the one serving the period wins.
  const close = top.filter(({ a }) => a.score >= top[0].a.score * 0.95);
  const serving = period ? close.filter(({ t }) => templateServes(t, period.kind, period.year, level ?? t.data.levels[0])) : [];
  return { scores, chosen: (serving[0] ?? close[0]) as { t: Template; a: Alignment } };
}

export function readHandmade(blocks: readonly BodyBlock[], templates: readonly Template[], given: HandmadeGiven = {}): HandmadeRead {
  const identity = identityOf(blocks);
  const candidates = given.template ? templates.filter((t) => t.id === given.template) : templates;
  const appendix = readAppendixRows(blocks, candidates);
  const seen = identity.period?.value;
  const kind = given.kind ?? seen?.kind;
  const year = given.year ?? seen?.year;
  const period: Period | undefined = kind && year ? { kind, year } : undefined;
  const level = given.level ?? identity.level?.value;
  const { scores, chosen } = chooseTemplate(appendix, candidates, period, level);
  const template = chosen?.t ?? null;
  const found: FoundValue[] = [];
  const values: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const m of chosen?.a.matches ?? []) {
    const cell = valueFromCell(m.printed.value, m.row);
    const inLabel = noteInLabel(m.printed, m.row);
    const written = officerNote(m.printed, m.row);
    const note = [inLabel, cell?.note, written].filter((x): x is string => !!x && x !== "").join("\n");
    if (cell) values[m.row.code] = cell.value;
    if (note !== "") notes[m.row.code] = note;
    found.push({
      code: m.row.code,
      ...(cell ? { value: cell.value, how: cell.how } : {}),
      ...(note !== "" ? { note } : {}),
      ...(inLabel !== "" ? { noteInLabel: true } : {}),
      basis: m.basis,
      printedCode: m.printed.code,
      printedLabel: m.printed.label,
      labelSimilarity: m.labelSimilarity,
      ...(m.ambiguousWith ? { ambiguousWith: m.ambiguousWith } : {}),
      table: m.printed.table,
      row: m.printed.row,
      valueColumn: m.printed.valueColumn,
      noteColumn: m.printed.noteColumn,
    });
  }
  const unmatched = (chosen?.a.unmatched ?? appendix.rows).filter((p) => p.value !== "" || p.notes.some((n) => n.text !== ""));
  const printedCodes = new Set(found.map((f) => f.code));
  const notPrinted = template ? template.rows.filter((r) => !r.group && !r.optional && (!level || appliesTo(r, level)) && !printedCodes.has(r.code)).map((r) => r.code) : [];
  const agencyName = given.agency ?? identity.agency?.value ?? identity.header["co-quan-ban-hanh"];
  const missing: IdentityPart[] = [];
  if (!template) missing.push("template");
  if (!period) missing.push("period");
  if (!agencyName) missing.push("agency");
  if (!level) missing.push("level");
  const agency: Agency | null = agencyName && level ? { name: agencyName, level } : null;
  const sections = period ? findSections(blocks, outlineFor(period)) : [];
  const sectionText = Object.fromEntries(sections.filter((s) => s.text !== "").map((s) => [s.id, s.text]));
  const data: ReportData | null =
    template && period && agency ? { template: template.id, templateVersion: template.version, agency, period, values, notes, sections: sectionText, header: identity.header } : null;
  return { appendix, identity, template, scores, data, missing, found, unmatched, notPrinted, sections };
}
