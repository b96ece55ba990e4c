/** Shared by the rule tests: seed 002's report on the fake, and raw access to the fake's context. */
import type { ReportData } from "../../src/core/model/report-data";
import type { Template } from "../../src/core/model/template";
import { dataAsShown } from "../../src/document/controls";
import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { seed002Full, tk7 } from "../document/docx-helpers";
import { fakeWord, FakeOptions, FakeWord } from "../word-fake/fake-word";

export { tk7 };

/** Seed 002 as the document shows it (values in Vietnamese format, the body texts an officer wrote). */
export const seedShown = (): ReportData => dataAsShown(tk7, seed002Full());

/** Seed 002's identity with nothing filled: a blank report. */
export const blankShown = (): ReportData => {
  const d = seedShown();
  return { ...d, values: {}, notes: {}, sections: {}, header: {} };
};

export async function wordReport(options: FakeOptions = {}, data: ReportData = seedShown(), template: Template = tk7) {
  const fake = fakeWord(options);
  const doc = new WordReportDocument(fake.host);
  await doc.insertReport(planReport({ template, data }), data);
  return { fake, doc, data };
}

/** Runs a batch against the fake as an add-in would, with the fake's context seen as any Word context. */
export function run<T>(fake: FakeWord, batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  return fake.host.run(batch);
}

/** A minimal Flat OPC package around body XML (for the fake-side tests, written by hand on purpose: it is the input under test). */
export function pkg(bodyXml: string, stylesXml = ""): string {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const styleParts = stylesXml
    ? `<pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData><w:styles ${w}>${stylesXml}</w:styles></pkg:xmlData></pkg:part>`
    : "";
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document ${w}><w:body>${bodyXml}</w:body></w:document></pkg:xmlData></pkg:part>${styleParts}</pkg:package>`;
}

/** An inline control in a paragraph, as OOXML. */
export const inlineControlXml = (tag: string, text: string, plain = false) =>
  `<w:p><w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/>${plain ? "<w:text/>" : ""}</w:sdtPr><w:sdtContent><w:r><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt></w:p>`;

/** A block control around paragraphs, as OOXML. */
export const blockControlXml = (tag: string, lines: string[]) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${lines.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join("")}</w:sdtContent></w:sdt>`;
