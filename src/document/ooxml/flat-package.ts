/**
 * A plan's blocks as Flat OPC packages for Word's `insertOoxml` (WordApi 1.1), written
 * by the same BodyWriter and styles part as the .docx: both renderers produce one
 * document by construction. Each package carries /_rels/.rels, the document part,
 * its relationships and the styles part, as "Create better add-ins for Word with
 * Office Open XML" describes (learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 *
 * A report is cut at block boundaries into packages of at most `maxBytes` each, so
 * that one sync never carries more than the batch budget (a block is never split:
 * one larger than the budget is refused).
 */
import { DOMParser, Document, Element, XMLSerializer } from "@xmldom/xmldom";
import type { Block } from "../plan/types";
import { BodyWriter } from "./body-writer";
import { el, newDocument, NS, REL, serialize } from "./dom";
import { stylesXml } from "./styles-part";

export class PackageTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(`one block of the document is ${bytes} bytes of OOXML, over the ${maxBytes}-byte budget of one insert`);
    this.name = "PackageTooLargeError";
  }
}

const CONTENT_TYPES = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
};

const byteLength = (s: string) => new TextEncoder().encode(s).length;

function part(pkg: Document, name: string, contentType: string, content: Element): Element {
  const data = el(pkg, "pkg:xmlData");
  data.appendChild(pkg.importNode(content, true));
  return el(pkg, "pkg:part", { "pkg:name": name, "pkg:contentType": contentType }, [data]);
}

function relationships(id: string, type: string, target: string): Element {
  const doc = newDocument(NS.rel, "Relationships");
  const r = doc.createElementNS(NS.rel, "Relationship");
  r.setAttribute("Id", id);
  r.setAttribute("Type", type);
  r.setAttribute("Target", target);
  doc.documentElement!.appendChild(r);
  return doc.documentElement!;
}

/** One package holding the given body elements (already written with `writer`'s document). */
function packageOf(body: Element[], styles: Element): string {
  const docXml = newDocument(NS.w, "w:document");
  const root = docXml.documentElement!;
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:w15", NS.w15);
  const b = el(docXml, "w:body");
  for (const e of body) b.appendChild(docXml.importNode(e, true));
  root.appendChild(b);
  const pkg = newDocument(NS.pkg, "pkg:package");
  pkg.insertBefore(pkg.createProcessingInstruction("mso-application", 'progid="Word.Document"'), pkg.documentElement);
  const p = pkg.documentElement!;
  p.appendChild(part(pkg, "/_rels/.rels", CONTENT_TYPES.rels, relationships("rId1", REL.officeDocument, "word/document.xml")));
  p.appendChild(part(pkg, "/word/document.xml", CONTENT_TYPES.document, root));
  p.appendChild(part(pkg, "/word/_rels/document.xml.rels", CONTENT_TYPES.rels, relationships("rId1", REL.styles, "styles.xml")));
  p.appendChild(part(pkg, "/word/styles.xml", CONTENT_TYPES.styles, styles));
  return serialize(pkg);
}

/** A package of body elements made directly (the page number for a header: ./page-number.ts). */
export function elementsPackage(make: (doc: Document) => Element[]): string {
  const doc = newDocument(NS.w, "w:document");
  const styles = new DOMParser().parseFromString(stylesXml(), "text/xml").documentElement!;
  return packageOf(make(doc), styles);
}

/** The blocks as packages of at most `maxBytes` each, in order. */
export function flatPackages(blocks: readonly Block[], maxBytes: number): string[] {
  const doc = newDocument(NS.w, "w:document");
  const writer = new BodyWriter(doc);
  const styles = new DOMParser().parseFromString(stylesXml(), "text/xml").documentElement!;
  const serializer = new XMLSerializer();
  const overhead = byteLength(packageOf([], styles));
  const budget = maxBytes - overhead;
  const chunks: Element[][] = [];
  let current: Element[] = [];
  let size = 0;
  for (const block of blocks) {
    const elements = writer.block(block);
    const bytes = elements.reduce((n, e) => n + byteLength(serializer.serializeToString(e)), 0);
    if (bytes > budget) throw new PackageTooLargeError(bytes + overhead, maxBytes);
    if (size + bytes > budget && current.length > 0) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(...elements);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks.map((c) => packageOf(c, styles));
}
