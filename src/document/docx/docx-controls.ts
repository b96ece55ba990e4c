/** Finding and editing content controls (w:sdt) in a WordprocessingML DOM. */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { ReadControl } from "../controls";
import { el, NS } from "../ooxml/dom";

export interface DocxControl extends ReadControl {
  readonly element: Element;
  readonly block: boolean;
}

const W = NS.w;

export function children(e: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = e.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!localName || (n as Element).localName === localName)) out.push(n as Element);
  }
  return out;
}

export function child(e: Element, localName: string): Element | null {
  return children(e, localName)[0] ?? null;
}

const val = (e: Element | null) => (e ? e.getAttributeNS(W, "val") ?? e.getAttribute("w:val") ?? "" : "");

/** Text of runs, with line breaks and tabs. */
function runsText(e: Element): string {
  let out = "";
  const walk = (n: Element) => {
    for (const c of children(n)) {
      if (c.localName === "t") out += c.textContent ?? "";
      else if (c.localName === "br" && c.getAttributeNS(W, "type") !== "page") out += "\n";
      else if (c.localName === "tab") out += "\t";
      else if (c.localName !== "rPr" && c.localName !== "pPr" && c.localName !== "sdtPr") walk(c);
    }
  };
  walk(e);
  return out;
}

/** A control's text: paragraphs joined by line breaks. */
export function controlText(sdt: Element): string {
  const content = child(sdt, "sdtContent");
  if (!content) return "";
  const paragraphs = children(content, "p");
  if (paragraphs.length > 0) return paragraphs.map(runsText).join("\n");
  return runsText(content);
}

export function listControls(doc: Document): DocxControl[] {
  const list = doc.getElementsByTagNameNS(W, "sdt");
  const out: DocxControl[] = [];
  for (let i = 0; i < list.length; i++) {
    const sdt = list.item(i) as Element;
    const pr = child(sdt, "sdtPr");
    const content = child(sdt, "sdtContent");
    out.push({
      element: sdt,
      tag: pr ? val(child(pr, "tag")) : "",
      title: pr ? val(child(pr, "alias")) : "",
      text: controlText(sdt),
      block: content ? children(content, "p").length > 0 || children(content, "tbl").length > 0 : false,
    });
  }
  return out;
}

/** Replaces an inline control's text, keeping the formatting of its first run. */
export function setInlineText(doc: Document, sdt: Element, text: string): void {
  const content = child(sdt, "sdtContent") ?? sdt.appendChild(el(doc, "w:sdtContent")) as Element;
  const firstRun = children(content, "r")[0];
  const rPr = firstRun ? child(firstRun, "rPr") : null;
  while (content.firstChild) content.removeChild(content.firstChild);
  const r = el(doc, "w:r", {}, [rPr ? (rPr.cloneNode(true) as Element) : null]);
  text.split(/\n/).forEach((line, i) => {
    if (i > 0) r.appendChild(el(doc, "w:br"));
    const t = el(doc, "w:t", { "xml:space": "preserve" });
    t.appendChild(doc.createTextNode(line));
    r.appendChild(t);
  });
  content.appendChild(r);
}

/** Sets or clears the control's colour (w15:color), the visible mark of a problem. */
export function setMark(doc: Document, sdt: Element, color: string | null): void {
  const pr = child(sdt, "sdtPr");
  if (!pr) return;
  for (const c of children(pr)) if (c.namespaceURI === NS.w15 && c.localName === "color") pr.removeChild(c);
  if (color) pr.appendChild(el(doc, "w15:color", { "w:val": color }));
}

/** Replaces a block control's paragraphs with one paragraph per line, keeping the first paragraph's and run's formatting. */
export function setBlockText(doc: Document, sdt: Element, text: string): void {
  const content = child(sdt, "sdtContent") ?? (sdt.appendChild(el(doc, "w:sdtContent")) as Element);
  const first = children(content, "p")[0];
  const pPr = first ? child(first, "pPr") : null;
  const firstRun = first ? children(first, "r")[0] : undefined;
  const rPr = firstRun ? child(firstRun, "rPr") : null;
  while (content.firstChild) content.removeChild(content.firstChild);
  for (const line of text.split("\n")) {
    const t = el(doc, "w:t", { "xml:space": "preserve" });
    t.appendChild(doc.createTextNode(line));
    const run = el(doc, "w:r", {}, [rPr ? (rPr.cloneNode(true) as Element) : null, t]);
    content.appendChild(el(doc, "w:p", {}, [pPr ? (pPr.cloneNode(true) as Element) : null, run]));
  }
}
