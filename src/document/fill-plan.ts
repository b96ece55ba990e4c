/**
 * Deciding what filling writes. A value the officer typed is never overwritten
 * unless told to: a non-empty control whose text is not the new value is written
 * only when it is exactly what the add-in itself wrote last (kept in the data
 * part) and the officer has not typed over it since (the data part's `typed` tags).
 */
import type { ReportData } from "../core/model/report-data";
import type { Template } from "../core/model/template";
import { headerReadBack, normaliseText, ReadResult } from "./controls";
import { looksLikePlaceholder } from "../core/validation/rules/sections";
import { isBlankText, isEmptyValueText, isPlaceholderText } from "../core/placeholders";
import type { Header } from "../core/model/report-data";
import { HEADER_FIELDS, HeaderField } from "../core/model/vocabulary";
import { assertSafeText } from "../core/text-safety";
import { vi, viDocument } from "../strings";
import { headerControlText, valueText } from "./plan/build-plan";
import { tagOf } from "./plan/tags";
import type { FillConflict, FillOptions, FillResult } from "./report-document";

export interface FillDecision {
  /** code → text to write into its value control. */
  readonly writes: ReadonlyMap<string, string>;
  readonly unchanged: string[];
  readonly conflicts: FillConflict[];
  readonly missing: string[];
}

/** What a fill reports, from its decision. */
export function fillResult(d: FillDecision): FillResult {
  return { written: [...d.writes.keys()], unchanged: d.unchanged, conflicts: d.conflicts, missing: d.missing };
}

/**
 * The one rule, for a control that exists (texts already normalised): the same text
 * is unchanged; an empty or placeholder control, or an overwrite, is written; text
 * that is exactly the add-in's own last text (`ownLast`, undefined when the officer
 * typed over it) is written; anything else is the officer's — a conflict.
 */
function judge(
  out: { writes: Map<string, string>; unchanged: string[]; conflicts: FillConflict[] },
  key: string,
  inDocument: string,
  proposed: string,
  free: boolean,
  ownLast: string | undefined,
  options: FillOptions,
): void {
  if (inDocument === proposed) out.unchanged.push(key);
  else if (free || options.overwrite || ownLast === inDocument) out.writes.set(key, proposed);
  else out.conflicts.push({ code: key, inDocument, proposed });
}

const emptyDecision = () => ({ writes: new Map<string, string>(), unchanged: [] as string[], conflicts: [] as FillConflict[], missing: [] as string[] });

export function decideFill(
  template: Template,
  current: ReadonlyMap<string, string>,
  lastWritten: Readonly<Record<string, string | number>> | undefined,
  incoming: Readonly<Record<string, string | number>>,
  options: FillOptions = {},
  typed: ReadonlySet<string> = new Set(),
): FillDecision {
  const out = emptyDecision();
  for (const [code, raw] of Object.entries(incoming)) assertSafeText(String(raw), vi.input.value(code));
  for (const [code, raw] of Object.entries(incoming)) {
    const row = template.get(code);
    const found = current.get(code);
    if (!row || row.group || found === undefined) {
      out.missing.push(code);
      continue;
    }
    // A placeholder ("[…]", a blank, Word's own) is nothing of the officer's.
    const inDocument = isEmptyValueText(found) ? "" : found.trim();
    const last = lastWritten?.[code];
    const ownLast = typed.has(tagOf("value", code)) || last === undefined ? undefined : valueText(row, last);
    judge(out, code, inDocument, valueText(row, raw), inDocument === "", ownLast, options);
  }
  return out;
}

/**
 * Deciding what writing texts does — a section's text, or a row's note — by the same rule
 * as values: a control still holding its placeholder (or nothing) is written; one holding
 * the officer's own text is a conflict unless told to overwrite. An empty text writes nothing.
 */
export function decideTextFill(
  kind: "section" | "note",
  current: ReadonlyMap<string, string>,
  placeholders: ReadonlyMap<string, string | undefined>,
  lastWritten: Readonly<Record<string, string>> | undefined,
  incoming: Readonly<Record<string, string>>,
  options: FillOptions = {},
  typed: ReadonlySet<string> = new Set(),
): FillDecision {
  const out = emptyDecision();
  for (const [id, raw] of Object.entries(incoming)) assertSafeText(raw, kind === "section" ? vi.input.section(id) : vi.input.note(id));
  for (const [id, raw] of Object.entries(incoming)) {
    const proposed = normaliseText(raw);
    if (proposed === "") continue;
    const found = current.get(id);
    if (found === undefined) {
      out.missing.push(id);
      continue;
    }
    const inDocument = normaliseText(found);
    const last = lastWritten?.[id];
    const ownLast = typed.has(tagOf(kind, id)) || last === undefined ? undefined : normaliseText(last);
    // A section's bracketed instruction is free to write over; a note is the officer's unless blank.
    const free = kind === "section" ? looksLikePlaceholder(inDocument, placeholders.get(id)) : isBlankText(inDocument);
    judge(out, id, inDocument, proposed, free, ownLast, options);
  }
  return out;
}

/**
 * Deciding what writing header fields does (căn cứ, Kính gửi, Nơi nhận, …), by the same rule: a
 * field still holding its placeholder — or the add-in's default Nơi nhận — is written; the officer's
 * own text is a conflict unless told to overwrite. Texts are compared as the document shows them
 * (agency names and the signer's title in capitals, the date in words).
 */
export function decideHeaderFill(
  current: ReadonlyMap<string, string>,
  lastWritten: Readonly<Header> | undefined,
  incoming: Readonly<Record<string, string>>,
  options: FillOptions = {},
  typed: ReadonlySet<string> = new Set(),
): FillDecision {
  const out = emptyDecision();
  for (const [field, raw] of Object.entries(incoming)) assertSafeText(raw, vi.input.header(vi.headerFieldName[field] ?? field));
  for (const [field, raw] of Object.entries(incoming)) {
    if (!(HEADER_FIELDS as readonly string[]).includes(field)) {
      out.missing.push(field);
      continue;
    }
    const f = field as HeaderField;
    if (normaliseText(raw) === "") continue;
    const proposed = normaliseText(headerControlText(f, raw));
    const found = current.get(field);
    if (found === undefined) {
      out.missing.push(field);
      continue;
    }
    const inDocument = normaliseText(found);
    const last = lastWritten?.[f];
    const ownLast = typed.has(tagOf("header", field)) || last === undefined ? undefined : normaliseText(headerControlText(f, last));
    const free = isPlaceholderText(inDocument) || (f === "noi-nhan" && inDocument === normaliseText(viDocument.defaultNoiNhan));
    judge(out, field, inDocument, proposed, free, ownLast, options);
  }
  return out;
}

/** What the controls show, as read back, and which controls were read. */
export type Shown = Pick<ReadResult, "values" | "notes" | "sections" | "header" | "present">;

/**
 * What the data part records after the add-in wrote `written` (tags): what the
 * controls now show, and — for every value the officer changed since the add-in
 * last wrote it — its tag in `typed`, so that it is never taken for the add-in's own.
 */
export function recordAfterWrite(template: Template, before: { data: ReportData; typed: ReadonlySet<string> }, shown: Shown, written: ReadonlySet<string>): { data: ReportData; typed: Set<string> } {
  const typed = new Set(before.typed);
  for (const [code, text] of Object.entries(shown.values)) {
    const tag = tagOf("value", code);
    const last = before.data.values[code];
    const row = template.get(code);
    const wrote = last === undefined ? "" : row ? valueText(row, last) : String(last);
    if (written.has(tag) || text.trim() === "") typed.delete(tag);
    else if (text.trim() !== wrote.trim()) typed.add(tag);
  }
  const headerShown = (header: Readonly<Header> | undefined) => Object.fromEntries(Object.entries(header ?? {}).map(([f, v]) => [f, v === undefined ? "" : headerReadBack(f as HeaderField, v)]));
  for (const [kind, texts, wroteBefore] of [
    ["section", shown.sections, before.data.sections],
    ["note", shown.notes, before.data.notes],
    ["header", shown.header as Readonly<Record<string, string>>, headerShown(before.data.header)],
  ] as const) {
    for (const [id, text] of Object.entries(texts)) {
      const tag = tagOf(kind, id);
      const wrote = normaliseText(wroteBefore?.[id] ?? "");
      if (written.has(tag) || text === "") typed.delete(tag);
      else if (text !== wrote) typed.add(tag);
    }
  }
  // An entry whose control was not read (deleted, or invisible to this Word) keeps what the data part had:
  // a read that misses controls never wipes the data part.
  const d = before.data;
  const unseen = <T>(kind: "value" | "note" | "section" | "header", entries: Readonly<Record<string, T>> | undefined) =>
    Object.fromEntries(Object.entries(entries ?? {}).filter(([key]) => !shown.present.has(tagOf(kind, key))));
  return {
    data: {
      ...d,
      values: { ...unseen("value", d.values), ...shown.values },
      notes: { ...unseen("note", d.notes), ...shown.notes },
      sections: { ...unseen("section", d.sections), ...shown.sections },
      header: { ...unseen("header", d.header), ...shown.header },
    },
    typed,
  };
}
