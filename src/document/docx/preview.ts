/**
 * A read-only outline of a .docx body for the workbench's preview: paragraphs
 * (with their style role), tables, and the content controls inside them.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { child, children, controlText } from "./docx-controls";
import { NS } from "../ooxml/dom";

export interface PreviewRun {
  readonly text: string;
  /** The control's tag (or its title's key) when the run is a content control. */
  readonly tag?: string;
}
export interface PreviewParagraph {
  readonly type: "p";
  readonly style: string;
  readonly runs: readonly PreviewRun[];
  /** The block control this paragraph belongs to (a section's text). */
  readonly blockTag?: string;
}
export interface PreviewTable {
  readonly type: "table";
  readonly rows: readonly (readonly (readonly PreviewParagraph[])[])[];
}
export type PreviewBlock = PreviewParagraph | PreviewTable;

const val = (e: Element | null) => (e ? (e.getAttributeNS(NS.w, "val") ?? "") : "");

function tagOfSdt(sdt: Element): string {
  const pr = child(sdt, "sdtPr");
  return pr ? val(child(pr, "tag")) || val(child(pr, "alias")) : "";
}

function paragraph(p: Element, blockTag?: string): PreviewParagraph {
  const pPr = child(p, "pPr");
  const style = pPr ? val(child(pPr, "pStyle")) : "";
  const runs: PreviewRun[] = [];
  for (const c of children(p)) {
    if (c.localName === "sdt") runs.push({ text: controlText(c), tag: tagOfSdt(c) });
    else if (c.localName === "r") {
      const text = children(c)
        .map((x) => (x.localName === "t" ? (x.textContent ?? "") : x.localName === "br" && x.getAttributeNS(NS.w, "type") !== "page" ? "\n" : ""))
        .join("");
      if (text) runs.push({ text });
    }
  }
  return { type: "p", style, runs, blockTag };
}

export function previewBody(doc: Document): PreviewBlock[] {
  const body = doc.getElementsByTagNameNS(NS.w, "body").item(0) as Element | null;
  if (!body) return [];
  const out: PreviewBlock[] = [];
  for (const e of children(body)) {
    if (e.localName === "p") out.push(paragraph(e));
    else if (e.localName === "sdt") {
      const tag = tagOfSdt(e);
      for (const p of children(child(e, "sdtContent") ?? e, "p")) out.push(paragraph(p, tag));
    } else if (e.localName === "tbl") {
      out.push({ type: "table", rows: children(e, "tr").map((tr) => children(tr, "tc").map((tc) => children(tc, "p").map((p) => paragraph(p)))) });
    }
  }
  return out;
}
