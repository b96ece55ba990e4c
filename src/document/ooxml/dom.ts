/** WordprocessingML names and a small DOM builder over @xmldom/xmldom. */
import { DOMImplementation, Document, Element, Node, XMLSerializer } from "@xmldom/xmldom";

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
  ds: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
  xml: "http://www.w3.org/XML/1998/namespace",
  /** Flat OPC: a whole package in one XML document, what Word's insertOoxml takes. */
  pkg: "http://schemas.microsoft.com/office/2006/xmlPackage",
} as const;

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  settings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
  header: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
} as const;

/** The namespace of the document's own data part (report data as JSON). */
export const DATA_PART_NS = "urn:cchc:report-data:1";

export function newDocument(ns: string, qualifiedName: string): Document {
  return new DOMImplementation().createDocument(ns, qualifiedName, null);
}

export type Attrs = Record<string, string | number | undefined>;

/** Creates `w:name` (or another prefix) with attributes in the same namespace, and children. */
export function el(doc: Document, qname: string, attrs: Attrs = EMPTY, children: readonly (Element | null | undefined)[] = NONE): Element {
  // Written for speed (a report is some 12,000 elements): no arrays made per element or attribute.
  const e = doc.createElementNS(nsOfPrefix(qname), qname);
  for (const k in attrs) {
    const v = attrs[k];
    if (v === undefined) continue;
    if (k.indexOf(":") > 0) e.setAttributeNS(nsOfPrefix(k), k, String(v));
    else e.setAttribute(k, String(v));
  }
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c) e.appendChild(c);
  }
  return e;
}

const EMPTY: Attrs = {};
const NONE: readonly (Element | null | undefined)[] = [];
const nsOfPrefix = (qname: string): string => (NS as Record<string, string>)[qname.slice(0, qname.indexOf(":"))] ?? NS.w;

/** Plain elements of a package part (relationships, content types), without a prefix. */
export function plain(doc: Document, ns: string, name: string, attrs: Attrs = {}): Element {
  const e = doc.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, String(v));
  return e;
}

export function serialize(doc: Document): string {
  const xml = new XMLSerializer().serializeToString(doc).replace(/^<\?xml[^>]*\?>\s*/, "");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`;
}

/** The element children of `e`, those named `localName` when given. */
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

export const twipsFromMm = (mm: number) => Math.round((mm / 25.4) * 1440);
export const twipsFromCm = (cm: number) => Math.round((cm / 2.54) * 1440);

/** XML text whole, or in pieces to be read one after the other (DocxPackage.textPieces). */
export type XmlText = string | readonly string[];
export const piecesOf = (xml: XmlText): readonly string[] => (typeof xml === "string" ? [xml] : xml);

/**
 * Whether XML text declares a DOCTYPE or an entity (in any letter case): such a part is refused
 * before it is parsed (no entity expansion, ever). Looks only where markup declarations start
 * ("<!"), so a part of megabytes is not run through a case-insensitive pattern; text in pieces is
 * also looked at where two pieces meet.
 */
export function declaresDoctype(xml: XmlText): boolean {
  // The last 8 characters read so far: a declaration ("<!" and 7 letters) begun there ends in the next piece's first 8,
  // or stays in this tail while pieces shorter than that go by.
  let tail = "";
  for (const piece of piecesOf(xml)) {
    if (declaresIn(piece) || (tail !== "" && declaresIn(tail + piece.slice(0, 8)))) return true;
    tail = (tail + piece.slice(-8)).slice(-8);
  }
  return false;
}

function declaresIn(xml: string): boolean {
  for (let i = xml.indexOf("<!"); i !== -1; i = xml.indexOf("<!", i + 2)) {
    const word = xml.slice(i + 2, i + 9).toUpperCase();
    if (word === "DOCTYPE" || word.startsWith("ENTITY")) return true;
  }
  return false;
}
