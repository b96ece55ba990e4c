/** Writes a real .docx (jszip + @xmldom/xmldom): the plan's body, styles, page setup and the data part. */
import JSZip from "jszip";
import type { ReportData } from "../../core/model/report-data";
import { pageNumberParagraph } from "../ooxml/page-number";
import { dataPartXml, DATA_PART_NS } from "../data-part";
import type { DocumentPlan } from "../plan/types";
import { el, newDocument, NS, plain, REL, serialize } from "../ooxml/dom";
import { HEADER_RELS } from "../ooxml/block-writer";
import { documentXmlText } from "../ooxml/document-text";
import { domBuilder } from "../ooxml/xml-builder";
import { stylesXml } from "../ooxml/styles-part";

export const DOCUMENT_PART = "word/document.xml";
export const DATA_ITEM = "customXml/item1.xml";

/**
 * The headers: the page number (Arabic, 14 pt, upright, centred in the top margin, as Nghị định
 * 30/2020 Phụ lục I asks) and an empty one for the first page, which shows no number.
 */
export function headerXml(pageNumber: boolean): string {
  const doc = newDocument(NS.w, "w:hdr");
  doc.documentElement!.appendChild(pageNumber ? pageNumberParagraph(domBuilder(doc)) : el(doc, "w:p", {}, [el(doc, "w:pPr", {}, [el(doc, "w:jc", { "w:val": "center" })])]));
  return serialize(doc);
}

function settingsXml(): string {
  const doc = newDocument(NS.w, "w:settings");
  doc.documentElement!.appendChild(el(doc, "w:defaultTabStop", { "w:val": 720 }));
  doc.documentElement!.appendChild(el(doc, "w:themeFontLang", { "w:val": "vi-VN" }));
  return serialize(doc);
}

export function relationships(rels: { id: string; type: string; target: string }[]): string {
  const doc = newDocument(NS.rel, "Relationships");
  for (const r of rels) doc.documentElement!.appendChild(plain(doc, NS.rel, "Relationship", { Id: r.id, Type: r.type, Target: r.target }));
  return serialize(doc);
}

function contentTypes(): string {
  const doc = newDocument(NS.ct, "Types");
  const root = doc.documentElement!;
  root.appendChild(plain(doc, NS.ct, "Default", { Extension: "rels", ContentType: "application/vnd.openxmlformats-package.relationships+xml" }));
  root.appendChild(plain(doc, NS.ct, "Default", { Extension: "xml", ContentType: "application/xml" }));
  const overrides: [string, string][] = [
    ["/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
    ["/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"],
    ["/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"],
    ["/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"],
    ["/word/header2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"],
    ["/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"],
  ];
  for (const [part, type] of overrides) root.appendChild(plain(doc, NS.ct, "Override", { PartName: part, ContentType: type }));
  return serialize(doc);
}

export function itemPropsXml(): string {
  const doc = newDocument(NS.ds, "ds:datastoreItem");
  doc.documentElement!.setAttributeNS(NS.ds, "ds:itemID", "{8E5C2B71-4F0A-4C0B-9A8E-3D1C6F2A7B90}");
  doc.documentElement!.appendChild(el(doc, "ds:schemaRefs", {}, [el(doc, "ds:schemaRef", { "ds:uri": DATA_PART_NS })]));
  return serialize(doc);
}

/** The parts of a new document, as text, before zipping. */
export function docxParts(plan: DocumentPlan, data: ReportData): Record<string, string> {
  return {
    "[Content_Types].xml": contentTypes(),
    "_rels/.rels": relationships([{ id: "rId1", type: REL.officeDocument, target: "word/document.xml" }]),
    [DOCUMENT_PART]: documentXmlText(plan),
    "word/styles.xml": stylesXml(),
    "word/settings.xml": settingsXml(),
    "word/_rels/document.xml.rels": relationships([
      { id: "rId1", type: REL.styles, target: "styles.xml" },
      { id: "rId2", type: REL.settings, target: "settings.xml" },
      { id: "rId3", type: REL.customXml, target: "../customXml/item1.xml" },
      { id: HEADER_RELS.pageNumber, type: REL.header, target: "header1.xml" },
      { id: HEADER_RELS.firstPage, type: REL.header, target: "header2.xml" },
    ]),
    "word/header1.xml": headerXml(true),
    "word/header2.xml": headerXml(false),
    [DATA_ITEM]: dataPartXml(data),
    "customXml/itemProps1.xml": itemPropsXml(),
    "customXml/_rels/item1.xml.rels": relationships([{ id: "rId1", type: REL.customXmlProps, target: "itemProps1.xml" }]),
  };
}

const utf8 = new TextEncoder();

export async function zipParts(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  // [Content_Types].xml first, as Office writes it.
  for (const name of Object.keys(parts).sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0))) {
    // Encoded here (natively) rather than by jszip's own UTF-8 encoder, the slowest step of writing.
    const part = parts[name];
    zip.file(name, typeof part === "string" ? utf8.encode(part) : part);
  }
  // Level 1: a third of level 6's time for a report (the bench's docx-write), a few KB larger.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

export async function writeDocx(plan: DocumentPlan, data: ReportData): Promise<Uint8Array> {
  return zipParts(docxParts(plan, data));
}
