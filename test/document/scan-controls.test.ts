import { listControls } from "../../src/document/docx/docx-controls";
import { DocxPackage, DocxError } from "../../src/document/docx/read-docx";
import { readDocxReport } from "../../src/document/docx/read-report";
import { scanControls } from "../../src/document/docx/scan-controls";
import { dataAsShown } from "../../src/document/controls";
import { docxBytes, documentXml, editDocumentXml, seed002Full, tk7 } from "./docx-helpers";

async function bothWays(bytes: Uint8Array) {
  const xml = await documentXml(bytes);
  const dom = listControls(await (await DocxPackage.open(bytes)).xml("word/document.xml")).map(({ tag, title, text }) => ({ tag, title, text }));
  return { dom, sax: scanControls(xml) };
}

describe("the streaming scan reads the same controls as the DOM", () => {
  it("on a full report", async () => {
    const { dom, sax } = await bothWays(await docxBytes());
    expect(dom.length).toBeGreaterThan(300);
    expect(sax).toEqual(dom);
  });

  it("on a report whose tags were lost, and with another prefix for the WordprocessingML namespace", async () => {
    const stripped = await editDocumentXml(await docxBytes(), (xml) =>
      xml
        .replace(/<w:tag w:val="[^"]*"\/>/g, "")
        .replace(/(<\/?)w:/g, "$1x:")
        .replace(/ w:/g, " x:")
        .replace(/xmlns:w=/, "xmlns:x="),
    );
    const { dom, sax } = await bothWays(stripped);
    expect(sax).toEqual(dom);
    expect(sax.every((c) => c.tag === "")).toBe(true);
  });

  it("reads the same from the text in pieces as whole, each piece cut anywhere (inside a name, a value, a Vietnamese letter)", async () => {
    const xml = await documentXml(await docxBytes());
    const whole = scanControls(xml);
    const pieces = (await (await DocxPackage.open(await docxBytes())).textPieces("word/document.xml")) as string[];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join("")).toBe(xml);
    expect(scanControls(pieces)).toEqual(whole);
    const cuts = [1, 997, 4096, 33333];
    expect(scanControls(cuts.map((c, i) => xml.slice(i === 0 ? 0 : cuts[i - 1], c)).concat(xml.slice(cuts[cuts.length - 1])))).toEqual(whole);
  });

  it("refuses DOCTYPE and reports broken XML", () => {
    expect(() => scanControls('<!DOCTYPE x [<!ENTITY a "b">]><x/>')).toThrow(DocxError);
    expect(() => scanControls("<w:document><w:body>")).toThrow(DocxError);
    // One Vietnamese sentence: the parser's English ("unclosed tag") is not passed on.
    expect(() => scanControls("<w:document><w:body><w:p></w:body></w:document>")).toThrow(
      "Thành phần word/document.xml bị hỏng (XML không hợp lệ): tệp có thể đã bị cắt dở hoặc bị một công cụ khác sửa; hãy mở bằng Word, lưu lại rồi thử lại.",
    );
  });

  it("readDocxReport gives the values, sections and header of the report", async () => {
    const read = await readDocxReport(await docxBytes(), (id) => (id === tk7.id ? tk7 : undefined));
    expect(read.template?.id).toBe(tk7.id);
    expect(read.values).toEqual(dataAsShown(tk7, seed002Full()).values);
    expect(read.sections).toEqual(seed002Full().sections);
    expect(read.missing).toEqual([]);
  });
});
