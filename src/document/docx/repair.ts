/**
 * Re-inserting what the officer deleted, in a document's DOM:
 * - appendix rows (repairAppendixRows): a row whose label, value or note control was deleted gets
 *   it back around the text left in its cell; a row deleted whole comes back, as the layout plan
 *   writes it, after the row before it. Shared by the .docx renderer (its document part) and the
 *   Word renderer (the appendix table's OOXML, put back whole: Word on the web refuses a control
 *   inserted inside a table cell, office-js#3367);
 * - section controls (repairSections, the .docx's; Word wraps body paragraphs through Office.js).
 */
import type { Document, Element } from "@xmldom/xmldom";
import { BodyWriter } from "../ooxml/body-writer";
import { NS } from "../ooxml/dom";
import { keyOf, parseTag, tagOf } from "../plan/tags";
import type { DocumentPlan, TableBlock } from "../plan/types";
import { child, children, listControls, setInlineText } from "./docx-controls";

function sdtTag(sdt: Element): string | null {
  const pr = child(sdt, "sdtPr");
  return (pr && child(pr, "tag")?.getAttributeNS(NS.w, "val")) ?? null;
}

/** Repairs the rows of the appendix table `table` (of the plan) found in `doc`; returns the tags re-inserted. */
export function repairAppendixRows(doc: Document, table: TableBlock, missing: Set<string>): string[] {
  const writer = new BodyWriter(doc);
  const repaired: string[] = [];
  const rowsByCode = new Map<string, Element>();
  let docTable: Element | null = null;
  for (const c of listControls(doc)) {
    const k = keyOf(c.tag, c.title);
    if (!k || !["value", "note", "label"].includes(k.kind)) continue;
    let tr: Element | null = c.element.parentNode as Element | null;
    while (tr && tr.localName !== "tr") tr = tr.parentNode as Element | null;
    if (tr) {
      rowsByCode.set(k.key, tr);
      docTable = tr.parentNode as Element;
    }
  }
  if (!docTable) return repaired;
  const fresh = writer.table(table);
  const freshRows = children(fresh, "tr");
  let previous: Element | null = children(docTable, "tr")[table.headerRows - 1] ?? null;
  table.rowKeys.forEach((code, i) => {
    if (code === null) return;
    const existing = rowsByCode.get(code);
    const tags = ["label", "value", "note"].map((k) => tagOf(k as "label", code)).filter((t) => missing.has(t));
    if (!existing) {
      if (tags.length === 0) return;
      const row = freshRows[i];
      docTable!.insertBefore(row, previous ? previous.nextSibling : null);
      previous = row;
      repaired.push(...tags);
      return;
    }
    const cells = children(existing, "tc");
    const freshCells = children(freshRows[i], "tc");
    const cellOf = table.cellOf ?? { label: 1, value: 3, note: 4 };
    for (const kind of ["label", "value", "note"] as const) {
      const index = cellOf[kind];
      const tag = tagOf(kind, code);
      if (!missing.has(tag) || !cells[index] || !freshCells[index]) continue;
      const freshSdt = Array.from(freshCells[index].getElementsByTagNameNS(NS.w, "sdt")).find((e) => sdtTag(e as Element) === tag) as Element | undefined;
      const p = child(cells[index], "p");
      if (!freshSdt || !p) continue;
      // A cell holding the form's own text beside the control (Đơn vị thực hiện): that text stays, a new control goes after it.
      if (table.rows[i][index].paragraphs[0].runs.length > 1) {
        p.appendChild(freshSdt);
        repaired.push(tag);
        continue;
      }
      const kept = children(p, "r")
        .map((r) =>
          children(r, "t")
            .map((t) => t.textContent ?? "")
            .join(""),
        )
        .join("");
      for (const r of children(p, "r")) p.removeChild(r);
      if (kind === "value" || kind === "note") setInlineText(doc, freshSdt, kept);
      p.appendChild(freshSdt);
      repaired.push(tag);
    }
    previous = existing;
  });
  return repaired;
}

/**
 * Re-inserts a deleted section control after its heading. Paragraphs the
 * officer left there (Word's "Remove content control" keeps them) are wrapped
 * as they are; with nothing left, the section's placeholder comes back.
 */
export function repairSections(doc: Document, plan: DocumentPlan, missing: Set<string>): string[] {
  const writer = new BodyWriter(doc);
  const headings = new Map<string, Element>();
  for (const c of listControls(doc)) {
    const k = keyOf(c.tag, c.title);
    if (k?.kind === "heading") headings.set(k.key, c.element);
  }
  const repaired: string[] = [];
  for (const block of plan.blocks) {
    if (block.type !== "control" || !missing.has(block.control.tag)) continue;
    const id = parseTag(block.control.tag)!.key;
    const heading = headings.get(id);
    const headingParagraph = heading?.parentNode as Element | null | undefined;
    if (!headingParagraph || headingParagraph.localName !== "p") continue;
    const left: Element[] = [];
    for (let n = headingParagraph.nextSibling as Element | null; n && n.localName === "p"; n = n.nextSibling as Element | null) {
      if (n.getElementsByTagNameNS(NS.w, "sdt").length > 0) break;
      left.push(n);
    }
    const fresh = writer.blockControl(block.role, block.control);
    if (left.length > 0) {
      const content = child(fresh, "sdtContent")!;
      while (content.firstChild) content.removeChild(content.firstChild);
      for (const p of left) content.appendChild(p);
    }
    headingParagraph.parentNode!.insertBefore(fresh, headingParagraph.nextSibling);
    repaired.push(block.control.tag);
  }
  return repaired;
}
