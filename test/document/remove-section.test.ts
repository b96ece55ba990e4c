/**
 * "Bỏ mục này" (issue #12): an optional section (III, IV, V, which the seeds do not all write)
 * taken out of the document, heading and text, on both renderers — never over the officer's words.
 */
import type { ReportData } from "../../src/core/model/report-data";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { fakeWord } from "../word-fake/fake-word";
import { docxBytes, editDocumentXml, seed002Full, tk7 } from "./docx-helpers";
import { bothRenderers } from "./both-renderers";
import { paragraphsIn } from "../word-fake/model";

describe("taking an optional section out", () => {
  it("V goes, heading and placeholder; nothing is missing; the other sections and values are as they were; asked again, it is gone", async () => {
    for (const [name, doc] of await bothRenderers()) {
      const before = await doc.read(tk7);
      expect(before.present.has("cchc:heading:V")).toBe(true);
      expect(await doc.removeSection(tk7, "V")).toEqual({ status: "remove", tags: ["cchc:heading:V", "cchc:section:V"] });
      const after = await doc.read(tk7);
      expect([name, after.present.has("cchc:heading:V") || after.present.has("cchc:section:V")]).toEqual([name, false]);
      expect(after.missing).toEqual([]);
      expect(after.disagreements).toEqual([]);
      expect(after.sections).toEqual(before.sections);
      expect(after.values).toEqual(before.values);
      expect(await doc.repair(tk7)).toEqual([]);
      expect(await doc.removeSection(tk7, "V")).toEqual({ status: "refused", reason: "absent" });
    }
  });

  it("a section holding the officer's text, or one the report must have, is refused and left as it is", async () => {
    for (const [, doc] of await bothRenderers()) {
      await doc.fillSections(tk7, { IV: "Đề nghị Sở Nội vụ tổ chức tập huấn." });
      expect(await doc.removeSection(tk7, "IV")).toEqual({ status: "refused", reason: "has-text" });
      expect(await doc.removeSection(tk7, "II.3")).toEqual({ status: "refused", reason: "not-optional" });
      const read = await doc.read(tk7);
      expect(read.sections.IV).toBe("Đề nghị Sở Nội vụ tổ chức tập huấn.");
      expect(read.present.has("cchc:section:II.3")).toBe(true);
    }
  });

  it("in a year's report, III's heading (Đánh giá chung) goes with the last of its two sections", async () => {
    const data: ReportData = { ...seed002Full(), period: { year: 2021, kind: "nam" } };
    for (const [, doc] of await bothRenderers(data)) {
      expect(await doc.removeSection(tk7, "III.1")).toEqual({ status: "remove", tags: ["cchc:heading:III.1", "cchc:section:III.1"] });
      expect((await doc.read(tk7)).present.has("cchc:heading:III")).toBe(true);
      expect(await doc.removeSection(tk7, "III.2")).toEqual({ status: "remove", tags: ["cchc:heading:III.2", "cchc:section:III.2", "cchc:heading:III"] });
      const read = await doc.read(tk7);
      expect([...read.present].filter((t) => /:III/.test(t))).toEqual([]);
      expect(read.missing).toEqual([]);
    }
  });
});

describe("the officer's words beside a heading", () => {
  it("text typed after V's heading in its paragraph: refused (has-text) on both renderers, and nothing goes", async () => {
    // Word: the officer types after the heading control; the .docx: the same run after it in the paragraph.
    const word = fakeWord();
    const inWord = new WordReportDocument(word.host);
    const data = seed002Full();
    await inWord.insertReport(planReport({ template: tk7, data }), data);
    const headingPara = paragraphsIn(word.model.body).find((p) => p.parts.some((x) => x.kind === "cc" && x.tag === "cchc:heading:V"))!;
    headingPara.parts.push({ kind: "text", text: " Không có." });
    expect(await inWord.removeSection(tk7, "V")).toEqual({ status: "refused", reason: "has-text" });
    expect((await inWord.read(tk7)).present.has("cchc:heading:V")).toBe(true);

    const bytes = await editDocumentXml(await docxBytes(), (xml) => xml.replace(/(<w:tag w:val="cchc:heading:V"\/>.*?<\/w:sdt>)/s, '$1<w:r><w:t xml:space="preserve"> Không có.</w:t></w:r>'));
    const docx = await DocxReportDocument.open(bytes);
    expect(await docx.removeSection(tk7, "V")).toEqual({ status: "refused", reason: "has-text" });
    expect((await docx.read(tk7)).present.has("cchc:heading:V")).toBe(true);
  });
});
