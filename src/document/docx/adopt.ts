/**
 * Taking a report typed by hand over (`cchc adopt`, the pane's "Chuyển thành báo
 * cáo có cấu trúc" on a .docx): the officer's document stays as it is — every
 * paragraph, table and run with its formatting — and our controls are put around
 * what was recognised: each appendix row's label, value and note cells, each body
 * section found by its heading (heading and text), the appendix's "Phụ lục" and
 * "Kèm theo" lines. The controls are the tool's own (tags, titles, locks from the
 * layout plan). What cannot be wrapped without changing the officer's text is left
 * as it is and listed: a note written after the label, a cell of several paragraphs, a
 * value cell holding more than the value in other than plain runs. A value typed with its
 * unit or a note after it ("07 thủ tục", "65 (05 TTHC …)") gets its control around the value
 * alone, the rest kept as typed beside it (a note left in the value cell is listed).
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { BLANK } from "../../core/placeholders";
import { interpretControls } from "../controls";
import type { TableBlock } from "../handmade/body";
import { HandmadeGiven, HandmadeRead, readHandmade } from "../handmade/read-handmade";
import { normalised } from "../handmade/text-match";
import { formLines } from "../handmade/appendix-rows";
import { KEM_THEO } from "../handmade/identity-text";
import { BodyWriter } from "../ooxml/body-writer";
import { children, NS } from "../ooxml/dom";
import { planControls, planReport } from "../plan/build-plan";
import { tagOf } from "../plan/tags";
import type { ControlSpec } from "../plan/types";
import { listControls } from "./docx-controls";
import { domBody } from "./dom-body";

export type LeftReason = "value-with-more-text" | "note-after-label" | "note-in-value-cell" | "several-paragraphs" | "merged-cell";

export interface Adopted {
  readonly read: HandmadeRead;
  /** The report as the document now shows it (what the data part holds). */
  readonly data: ReportData;
  /** Tags of the controls made: the ones the document should keep (the data part's `expected`). */
  readonly made: readonly string[];
  /** What was recognised and left unwrapped, by row code or section id, with why. */
  readonly left: readonly { readonly target: string; readonly reason: LeftReason }[];
}

/**
 * The tags a data part records as typed after a take-over: everything in the document is the
 * officer's, so a value, note or section already written is never to be filled over.
 */
export function adoptedTyped(data: ReportData): Set<string> {
  const { values, notes = {}, sections = {} } = data;
  return new Set([
    ...Object.entries(values)
      .filter(([, v]) => v !== "")
      .map(([k]) => tagOf("value", k)),
    ...Object.keys(notes).map((k) => tagOf("note", k)),
    ...Object.keys(sections).map((k) => tagOf("section", k)),
  ]);
}

export class AdoptError extends Error {
  constructor(readonly read: HandmadeRead) {
    super("not recognised");
    this.name = "AdoptError";
  }
}

function textOf(e: Element): string {
  let s = "";
  const ts = e.getElementsByTagNameNS(NS.w, "t");
  for (let i = 0; i < ts.length; i++) s += ts.item(i)!.textContent ?? "";
  return s;
}

/** Wraps a paragraph's content (everything but its properties) in an inline control; an empty paragraph gets an invisible one. */
function wrapParagraph(writer: BodyWriter, p: Element, spec: ControlSpec): void {
  const content = children(p).filter((e) => e.localName !== "pPr");
  for (const c of content) p.removeChild(c);
  const hasText = content.some((c) => textOf(c) !== "");
  for (const n of writer.wrapInline(spec, hasText ? content : [...content, ...writer.runs(BLANK)])) p.appendChild(n);
}

/**
 * Wraps the first `length` characters of a paragraph (the value typed before its unit or a note,
 * "07" of "07 thủ tục") in an inline control, the rest left after it as typed: a run is cut in two
 * where the value ends, its formatting copied to both halves. Null (nothing changed) when the
 * paragraph holds more than plain runs of text (tabs, breaks, fields, hyperlinks…).
 */
function wrapLeading(writer: BodyWriter, p: Element, spec: ControlSpec, length: number): boolean {
  const content = children(p).filter((e) => e.localName !== "pPr");
  const passive = new Set(["proofErr", "bookmarkStart", "bookmarkEnd"]);
  const plain = (r: Element) => children(r).every((x) => x.localName === "rPr" || x.localName === "t");
  if (!content.every((c) => passive.has(c.localName ?? "") || (c.localName === "r" && plain(c)))) return false;
  const taken: Element[] = [];
  let seen = 0;
  for (const c of content) {
    if (seen >= length) break;
    taken.push(c);
    if (c.localName !== "r") continue;
    const t = children(c, "t");
    const text = textOf(c);
    if (seen + text.length > length) {
      if (t.length !== 1) return false;
      // Cut the run where the value ends: this half keeps the value's characters, a copy the rest.
      const cut = length - seen;
      const rest = c.cloneNode(true) as Element;
      t[0].textContent = text.slice(0, cut);
      t[0].setAttributeNS(NS.xml, "xml:space", "preserve");
      const restT = children(rest, "t")[0];
      restT.textContent = text.slice(cut);
      restT.setAttributeNS(NS.xml, "xml:space", "preserve");
      p.insertBefore(rest, c.nextSibling);
    }
    seen += Math.min(text.length, length - seen);
  }
  if (seen < length) return false;
  const after = taken[taken.length - 1].nextSibling;
  for (const n of writer.wrapInline(spec, taken)) p.insertBefore(n, after);
  return true;
}

/** Adds an invisible control at the end of a paragraph (a note the officer has not written). */
function appendEmpty(writer: BodyWriter, p: Element, spec: ControlSpec): void {
  for (const n of writer.wrapInline(spec, writer.runs(BLANK))) p.appendChild(n);
}

export function adoptDocument(doc: Document, templates: readonly Template[], given: HandmadeGiven = {}): Adopted {
  const blocks = domBody(doc);
  const read = readHandmade(blocks, templates, given);
  if (!read.data || !read.template) throw new AdoptError(read);
  const template = read.template;
  const specs = new Map(planControls(planReport({ template, data: read.data })).map((c) => [c.tag, c]));
  const writer = new BodyWriter(doc);
  const made: string[] = [];
  const left: { target: string; reason: LeftReason }[] = [];
  const wrap = (p: Element, tag: string) => {
    const spec = specs.get(tag);
    if (!spec) return;
    wrapParagraph(writer, p, spec);
    made.push(tag);
  };
  /** The cell's element and its paragraphs with text; null when the cell belongs to another (merged). */
  const cellAt = (table: number, row: number, col: number) => {
    const block = blocks[table] as TableBlock;
    const cell = col >= 0 ? block.rows[row]?.[col] : undefined;
    if (!cell || cell.merged || !cell.node) return null;
    const paragraphs = children(cell.node as Element, "p");
    return { paragraphs, written: paragraphs.filter((p) => textOf(p).trim() !== "") };
  };

  for (const f of read.found) {
    const roles = read.appendix.tables.get(f.table) ?? [];
    const row = template.get(f.code)!;
    // The label: its cell as printed (the officer's wording), locked as the tool's labels are.
    const label = cellAt(
      f.table,
      f.row,
      roles.findIndex((r) => r.includes("label")),
    );
    if (label && label.written.length === 1) wrap(label.written[0], tagOf("label", f.code));
    if (f.noteInLabel) left.push({ target: f.code, reason: "note-after-label" });
    // The value: only a cell holding exactly the value (or nothing, for a row that takes one).
    const value = cellAt(f.table, f.row, f.valueColumn);
    if (f.how === "unit-typed-in" || f.how === "note-in-value-cell") {
      // The value typed first, its unit or note after it: the value alone in the control, the rest kept as typed.
      const spec = specs.get(tagOf("value", f.code));
      const p = value?.written.length === 1 ? value.written[0] : null;
      const text = p ? textOf(p) : "";
      const lead = text.length - text.trimStart().length;
      if (spec && p && f.value && text.trimStart().startsWith(f.value) && wrapLeading(writer, p, spec, lead + f.value.length)) {
        made.push(spec.tag);
        // A note written in the value cell stays there, not in the note column: said.
        if (f.how === "note-in-value-cell") left.push({ target: f.code, reason: "note-in-value-cell" });
      } else left.push({ target: f.code, reason: "value-with-more-text" });
    } else if (!value) {
      if (f.valueColumn >= 0 && specs.has(tagOf("value", f.code))) left.push({ target: f.code, reason: "merged-cell" });
    } else if (value.written.length > 1) left.push({ target: f.code, reason: "several-paragraphs" });
    else if (!row.group || value.written.length === 1) {
      if (value.written.length === 0 && value.paragraphs.length > 0) wrap(value.paragraphs[0], tagOf("value", f.code));
      else if (value.written.length === 1) wrap(value.written[0], tagOf("value", f.code));
    }
    // The note: the officer's own paragraph in the note column (not the form's text printed there).
    const note = cellAt(f.table, f.row, f.noteColumn);
    const spec = specs.get(tagOf("note", f.code));
    if (!note || !spec) continue;
    const form = formLines(roles[f.noteColumn], row);
    const own = note.written.filter((p) => !form.has(normalised(textOf(p))));
    if (own.length > 1) left.push({ target: f.code, reason: "several-paragraphs" });
    else if (own.length === 1) wrap(own[0], spec.tag);
    else if (note.paragraphs.length > 0) {
      appendEmpty(writer, note.paragraphs[note.paragraphs.length - 1], spec);
      made.push(spec.tag);
    }
  }

  // The body's sections: the heading in a heading control, the text under it (paragraphs, tables) in a section control.
  for (const s of read.sections) {
    const heading = blocks[s.heading].node as Element | undefined;
    if (heading) wrap(heading, tagOf("heading", s.id));
    const first = blocks[s.paragraphs[0]]?.node as Element | undefined;
    const last = blocks[s.paragraphs[s.paragraphs.length - 1]]?.node as Element | undefined;
    const spec = specs.get(tagOf("section", s.id));
    if (!first || !last || !spec || first.parentNode !== last.parentNode) continue;
    const content: Element[] = [];
    for (let n: Node | null = first; n; n = n.nextSibling) {
      if (n.nodeType === 1) content.push(n as Element);
      if (n === last) break;
    }
    // The control goes where its content was (the writer moves the content into it).
    const parent = first.parentNode!;
    const after = last.nextSibling;
    parent.insertBefore(writer.wrapBlock(spec, content), after);
    made.push(spec.tag);
  }

  // The appendix's own lines, before its first table: "Phụ lục …" and "(Kèm theo …)".
  const firstTable = Math.min(...read.appendix.tables.keys());
  for (let i = firstTable - 1; i >= 0 && i >= firstTable - 8; i--) {
    const b = blocks[i];
    if (b.kind !== "paragraph" || b.inTextBox || !b.node) continue;
    const text = b.text.trim();
    if (KEM_THEO.test(text)) wrap(b.node as Element, tagOf("fixed", "kem-theo"));
    else if (/^phụ lục(\s+\S+)?$/iu.test(text)) wrap(b.node as Element, tagOf("fixed", "phu-luc"));
  }

  const shown = interpretControls(listControls(doc), null, template);
  const data: ReportData = { ...read.data, values: shown.values, notes: shown.notes, sections: shown.sections };
  return { read, data, made, left };
}
