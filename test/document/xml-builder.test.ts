/**
 * A new report's document.xml is written as text (src/document/ooxml/document-text.ts); an open
 * document gets the same blocks as @xmldom/xmldom elements (BodyWriter). The text must be what
 * XMLSerializer prints for those elements, character for character — so a report made by
 * `cchc new` and one inserted into an open document are the same markup.
 */
import type { ReportData } from "../../src/core/model/report-data";
import { AGENCY_LEVELS } from "../../src/core/model/vocabulary";
import { builtInTemplates } from "../../src/core/templates/registry";
import { dataAsShown } from "../../src/document/controls";
import { BodyWriter } from "../../src/document/ooxml/body-writer";
import { documentXmlText } from "../../src/document/ooxml/document-text";
import { el, newDocument, NS, serialize } from "../../src/document/ooxml/dom";
import { domBuilder, textBuilder } from "../../src/document/ooxml/xml-builder";
import { planReport } from "../../src/document/plan/build-plan";
import type { Block, DocumentPlan } from "../../src/document/plan/types";
import { fixture } from "../helpers";

/** The same document built as elements and serialized: what write-docx did before it wrote text. */
function domDocumentXml(plan: DocumentPlan): string {
  const doc = newDocument(NS.w, "w:document");
  const root = doc.documentElement!;
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:r", NS.r);
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:w15", NS.w15);
  const sectPr = new BodyWriter(doc).sectPr();
  const writer = new BodyWriter(doc, { finalSection: sectPr });
  root.appendChild(el(doc, "w:body", {}, [...plan.blocks.flatMap((b) => writer.block(b)), sectPr]));
  return serialize(doc);
}

/** Text with every character XML escapes, in values, notes, sections and the header. */
const AWKWARD = "A & B <c> \"d\" 'e'\tf\r\ng > h &amp;";

function awkward(data: ReportData): ReportData {
  const values = Object.fromEntries(Object.entries(data.values).map(([k, v], i) => [k, i % 7 === 0 ? `${String(v)} ${AWKWARD}` : v]));
  return { ...data, values, notes: { ...data.notes, "1": AWKWARD }, header: { ...data.header, "nguoi-ky": AWKWARD } };
}

describe("a new document's text is the elements' serialization", () => {
  it.each(["seed-000.json", "seed-002.json", "seed-003.json", "seed-004.json"])("%s, as printed", (name) => {
    const data = fixture(name);
    const template = builtInTemplates().find((t) => t.id === data.template)!;
    const plan = planReport({ template, data: dataAsShown(template, data) });
    expect(documentXmlText(plan)).toBe(domDocumentXml(plan));
    // Seed 002's appendix row 3.1.3 (Tỷ lệ TTHC…) as written into its value control.
    if (name === "seed-002.json") expect(documentXmlText(plan)).toContain('<w:tag w:val="cchc:value:3.1.3"/>');
  });

  it.each(builtInTemplates().flatMap((t) => AGENCY_LEVELS.map((level) => [t.id, level] as const)))("%s for a unit at level %s, every escaped character", (id, level) => {
    const template = builtInTemplates().find((t) => t.id === id)!;
    const seed = fixture(id === "kh-phan-cong-2021" ? "seed-004.json" : "seed-002.json");
    const data = awkward({ ...seed, template: id, agency: { ...seed.agency, level }, sections: { "I.1": AWKWARD, "II.1": `${AWKWARD}\n${AWKWARD}` } });
    const plan = planReport({ template, data });
    const text = documentXmlText(plan);
    expect(text).toBe(domDocumentXml(plan));
    expect(text).toContain("A &amp; B &lt;c&gt;");
  });

  it("sections turning landscape and back: each break carries the ending section's properties, the last w:sectPr the final one's", () => {
    const para = (text: string): Block => ({ type: "paragraph", role: "body", runs: [{ text }] });
    const seed = fixture("seed-004.json");
    const plan: DocumentPlan = {
      ...planReport({ template: builtInTemplates().find((t) => t.id === seed.template)!, data: seed }),
      blocks: [para("một"), { type: "pageBreak", newSection: "landscape" }, para("hai"), { type: "pageBreak", newSection: "portrait" }, para("ba"), { type: "pageBreak", newSection: "landscape" }],
    };
    const text = documentXmlText(plan);
    expect(text).toBe(domDocumentXml(plan));
    expect(text.match(/w:orient="landscape"/g)).toHaveLength(2);
    expect(text.match(/<w:titlePg\/>/g)).toHaveLength(1);
  });

  it("attribute values escape what a parser would otherwise change (quotes, tab, line breaks)", () => {
    const doc = newDocument(NS.w, "w:document");
    const attrs = { "w:val": AWKWARD, "w:id": 7 };
    const dom = domBuilder(doc).el("w:p", {}, [domBuilder(doc).el("w:tag", attrs), domBuilder(doc).textEl("w:t", { "xml:space": "preserve" }, AWKWARD), domBuilder(doc).textEl("w:t", {}, "")]);
    doc.documentElement!.appendChild(dom);
    const text = textBuilder.el("w:p", {}, [textBuilder.el("w:tag", attrs), textBuilder.textEl("w:t", { "xml:space": "preserve" }, AWKWARD), textBuilder.textEl("w:t", {}, "")]);
    expect(serialize(doc)).toContain(text);
    expect(text).toContain("w:val=\"A &amp; B &lt;c&gt; &quot;d&quot; 'e'&#9;f&#13;&#10;g &gt; h &amp;amp;\"");
  });
});
