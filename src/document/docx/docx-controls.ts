/** Finding and editing content controls (w:sdt) in a WordprocessingML DOM. */
import type { Document, Element } from "@xmldom/xmldom";
import type { ReadControl } from "../controls";
import { child, children, el, NS } from "../ooxml/dom";
import { keyOf, tagFromBookmark } from "../plan/tags";

export interface DocxControl extends ReadControl {
  readonly element: Element;
  readonly block: boolean;
}

const W = NS.w;

export { child, children };

const val = (e: Element | null) => (e ? (e.getAttributeNS(W, "val") ?? e.getAttribute("w:val") ?? "") : "");

/** Text of runs, with line breaks and tabs (a control's, or a paragraph's read the same way). */
export function runsText(e: Element): string {
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

/** The paragraph an inline control sits in, or null for a block control. */
const hostParagraph = (sdt: Element): Element | null => {
  const parent = sdt.parentNode as Element | null;
  return parent && parent.nodeType === 1 && parent.localName === "p" ? parent : null;
};

/**
 * The paragraphs after a section control that belong to it: LibreOffice 7.4, re-saving a .docx,
 * turns a section's block control into an inline one in its first paragraph and leaves paragraphs
 * 2+ after it. A sibling paragraph with no control of its own is the section's text, until the
 * next control or table.
 */
export function trailingParagraphs(sdt: Element): Element[] {
  const out: Element[] = [];
  // A block control of several paragraphs was not cut by LibreOffice (a report taken over by adopt keeps its own).
  const content = child(sdt, "sdtContent");
  if (!hostParagraph(sdt) && content && children(content, "p").length > 1) return out;
  for (let n = (hostParagraph(sdt) ?? sdt).nextSibling; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.localName === "bookmarkStart" || e.localName === "bookmarkEnd") continue;
    if (e.localName !== "p" || e.getElementsByTagNameNS(W, "sdt").length > 0) break;
    out.push(e);
  }
  return out;
}

/**
 * The tag a control's bookmark carries, for a control that lost both tag and title: the bookmark
 * our writer puts just before it, or (as LibreOffice 7.4 moves it on re-saving) first inside it.
 */
function bookmarkTag(sdt: Element): string {
  for (let n = sdt.previousSibling; n && n.nodeType === 1 && (n as Element).localName === "bookmarkStart"; n = n.previousSibling) {
    const tag = tagFromBookmark((n as Element).getAttributeNS(W, "name"));
    if (tag) return tag;
  }
  const inside = child(sdt, "sdtContent")?.getElementsByTagNameNS(W, "bookmarkStart");
  for (let i = 0; inside && i < inside.length; i++) {
    const tag = tagFromBookmark((inside.item(i) as Element).getAttributeNS(W, "name"));
    if (tag) return tag;
  }
  return "";
}

export function listControls(doc: Document): DocxControl[] {
  const list = doc.getElementsByTagNameNS(W, "sdt");
  const out: DocxControl[] = [];
  for (let i = 0; i < list.length; i++) {
    const sdt = list.item(i) as Element;
    const pr = child(sdt, "sdtPr");
    const content = child(sdt, "sdtContent");
    const tag = pr ? val(child(pr, "tag")) : "";
    const title = pr ? val(child(pr, "alias")) : "";
    const identity = tag || (title ? "" : bookmarkTag(sdt));
    const isSection = keyOf(identity, title)?.kind === "section";
    const moved = isSection ? trailingParagraphs(sdt) : [];
    out.push({
      element: sdt,
      tag: identity,
      title,
      text: [controlText(sdt), ...moved.map(runsText)].join("\n"),
      block: content ? children(content, "p").length > 0 || children(content, "tbl").length > 0 : false,
    });
  }
  return out;
}

/** Replaces an inline control's text, keeping the formatting of its first run and any bookmark in it. */
export function setInlineText(doc: Document, sdt: Element, text: string): void {
  const content = child(sdt, "sdtContent") ?? (sdt.appendChild(el(doc, "w:sdtContent")) as Element);
  const firstRun = children(content, "r")[0];
  const rPr = firstRun ? child(firstRun, "rPr") : null;
  const bookmarks = children(content).filter((e) => e.localName === "bookmarkStart" || e.localName === "bookmarkEnd");
  while (content.firstChild) content.removeChild(content.firstChild);
  for (const b of bookmarks) content.appendChild(b);
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

/**
 * A section's text: one paragraph per line in a block control. A section LibreOffice turned into an
 * inline control (see trailingParagraphs) becomes a block control again, in place of its paragraph
 * and the paragraphs after it that were its text.
 */
export function setSectionText(doc: Document, sdt: Element, text: string): void {
  const moved = trailingParagraphs(sdt);
  const host = hostParagraph(sdt);
  for (const p of moved) p.parentNode?.removeChild(p);
  if (host) {
    const pr = child(sdt, "sdtPr");
    const block = el(doc, "w:sdt", {}, [pr ? (pr.cloneNode(true) as Element) : null, el(doc, "w:sdtContent", {}, [host.cloneNode(true) as Element])]);
    host.parentNode!.replaceChild(block, host);
    // The copied paragraph still holds the inline control: its runs come out of it.
    const inner = child(child(block, "sdtContent")!, "p")!;
    const innerSdt = children(inner).find((e) => e.localName === "sdt");
    if (innerSdt) {
      for (const r of children(child(innerSdt, "sdtContent") ?? innerSdt, "r")) inner.insertBefore(r, innerSdt);
      inner.removeChild(innerSdt);
    }
    setBlockText(doc, block, text);
    return;
  }
  setBlockText(doc, sdt, text);
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
