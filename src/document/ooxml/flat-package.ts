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
 *
 * Written as text through the XmlBuilder (./xml-builder.ts), not as an xmldom tree: a
 * full report's packages took some 200 ms of the pane's time as a tree (Node; an old
 * webview is slower), a few ms as text. The text is what XMLSerializer printed for the
 * tree, character for character (test/word-rules/ooxml-package.test.ts).
 */
import type { Block } from "../plan/types";
import { BlockWriter, TEXT_WIDTH_TWIPS } from "./block-writer";
import { NS, REL } from "./dom";
import { stylesXml } from "./styles-part";
import { textBuilder, XmlBuilder } from "./xml-builder";

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

const utf8 = new TextEncoder();
const byteLength = (s: string) => utf8.encode(s).length;
const b = textBuilder;

/** Body content for a package: Word drops section properties it is given (office-js#3450), so a section break is a page break. */
class PackageWriter extends BlockWriter<string> {
  constructor() {
    super(textBuilder, 1);
  }
  protected textWidth(): number {
    return TEXT_WIDTH_TWIPS;
  }
  sectionBreak(): string {
    return this.pageBreak();
  }
}

const part = (name: string, contentType: string, content: string) => b.el("pkg:part", { "pkg:name": name, "pkg:contentType": contentType }, [b.el("pkg:xmlData", {}, [content])]);
const relationships = (id: string, type: string, target: string) => b.el("Relationships", { xmlns: NS.rel }, [b.el("Relationship", { Id: id, Type: type, Target: target })]);
/** The styles part's root element, without its XML declaration. */
const stylesElement = () => stylesXml().replace(/^<\?xml[^>]*\?>\s*/, "");

/** One package holding the given body content. */
function packageOf(body: readonly string[], styles: string): string {
  const document = b.el("w:document", { "xmlns:w15": NS.w15, "xmlns:w": NS.w }, [b.el("w:body", {}, body)]);
  const parts = [
    part("/_rels/.rels", CONTENT_TYPES.rels, relationships("rId1", REL.officeDocument, "word/document.xml")),
    part("/word/document.xml", CONTENT_TYPES.document, document),
    part("/word/_rels/document.xml.rels", CONTENT_TYPES.rels, relationships("rId1", REL.styles, "styles.xml")),
    part("/word/styles.xml", CONTENT_TYPES.styles, styles),
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>${b.el("pkg:package", { "xmlns:pkg": NS.pkg }, parts)}`;
}

/** A package of body content made directly (the page number for a header: ./page-number.ts). */
export function elementsPackage(make: (b: XmlBuilder<string>) => string[]): string {
  return packageOf(make(textBuilder), stylesElement());
}

/** The blocks as packages of at most `maxBytes` each, in order. */
export function flatPackages(blocks: readonly Block[], maxBytes: number): string[] {
  const writer = new PackageWriter();
  const styles = stylesElement();
  const overhead = byteLength(packageOf([], styles));
  const budget = maxBytes - overhead;
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const block of blocks) {
    const elements = writer.block(block);
    const bytes = elements.reduce((n, e) => n + byteLength(e), 0);
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
