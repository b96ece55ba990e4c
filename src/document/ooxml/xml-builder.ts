/**
 * Two ways to build the same WordprocessingML: as @xmldom/xmldom elements, to go into a document
 * already open (insert, repair, adopt, Word's packages), or as text directly, for a new
 * document.xml of some ten thousand elements — no tree to build, walk and collect (the bench's
 * docx-write). The text is what XMLSerializer prints for the same elements, character for
 * character: test/document/xml-builder.test.ts compares the two on every template.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { Attrs, el } from "./dom";

export interface XmlBuilder<N> {
  el(qname: string, attrs?: Attrs, children?: readonly (N | null | undefined)[]): N;
  /** An element holding text only (w:t). */
  textEl(qname: string, attrs: Attrs, text: string): N;
}

export function domBuilder(doc: Document): XmlBuilder<Element> {
  return {
    el: (qname, attrs, children) => el(doc, qname, attrs, children),
    textEl: (qname, attrs, text) => {
      const e = el(doc, qname, attrs);
      e.appendChild(doc.createTextNode(text));
      return e;
    },
  };
}

// XMLSerializer's escaping (@xmldom/xmldom 0.9, addSerializedAttribute and text nodes): in text
// <, & and >; in an attribute value " too, and the tab, line feed and carriage return a parser
// would turn into spaces there, as character references.
const TEXT_SPECIAL = /[<&>]/g;
const ATTRIBUTE_SPECIAL = /[<>&"\t\n\r]/g;
const escaped = (c: string) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : c === '"' ? "&quot;" : `&#${c.charCodeAt(0)};`);

function attributes(attrs: Attrs): string {
  let s = "";
  for (const k in attrs) {
    const v = attrs[k];
    if (v !== undefined) s += ` ${k}="${String(v).replace(ATTRIBUTE_SPECIAL, escaped)}"`;
  }
  return s;
}

/** Elements as XML text; an element with no children closes itself, as XMLSerializer writes it. */
export const textBuilder: XmlBuilder<string> = {
  el(qname, attrs = {}, children = []) {
    let inner = "";
    for (let i = 0; i < children.length; i++) inner += children[i] ?? "";
    return inner === "" ? `<${qname}${attributes(attrs)}/>` : `<${qname}${attributes(attrs)}>${inner}</${qname}>`;
  },
  textEl: (qname, attrs, text) => `<${qname}${attributes(attrs)}>${text.replace(TEXT_SPECIAL, escaped)}</${qname}>`,
};
