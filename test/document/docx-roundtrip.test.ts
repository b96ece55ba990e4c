import JSZip from "jszip";
import { dataAsShown } from "../../src/document/controls";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { planAppendix, planStandardTable } from "../../src/document/plan/build-plan";
import { template } from "../helpers";
import { docxBytes, documentXml, editDocumentXml, seed002Full, tk7 } from "./docx-helpers";

describe(".docx round trip: plan → .docx → read back", () => {
  it("gives the same values, section texts and header", async () => {
    const data = seed002Full();
    const doc = await DocxReportDocument.open(await docxBytes(data));
    const read = await doc.read(tk7);
    const shown = dataAsShown(tk7, data);
    expect(read.values).toEqual(shown.values);
    expect(read.sections).toEqual(data.sections);
    expect(read.header).toEqual({ ...shown.header, ngay: "15/6/2021" });
    expect(read.notes).toEqual(data.notes);
    expect(read.disagreements).toEqual([]);
    expect(read.missing).toEqual([]);
    expect(read.readByTitle).toEqual([]);
    expect(read.dataPart).toMatchObject({ status: "ok", data: { template: "tk-7-linh-vuc-2021", period: { year: 2021, kind: "6-thang" } } });
  });

  it("writes values in the Vietnamese format and keeps what does not parse exactly as typed", async () => {
    const data = { ...seed002Full(), values: { ...seed002Full().values, "7.6.2": 1050, "3.4.1": "98.4", "4.2.5": "7,89" } };
    const read = await (await DocxReportDocument.open(await docxBytes(data))).read(tk7);
    expect(read.values["7.6.2"]).toBe("1.050");
    expect(read.values["4.2.5"]).toBe("7,89");
    expect(read.values["3.4.1"]).toBe("98.4");
  });

  it("has every control of the plan: a value control inside each value cell's paragraph (w:tc > w:p > w:sdt)", async () => {
    const xml = await documentXml(await docxBytes());
    expect(xml).toMatch(
      /<w:tc>(?:(?!<\/w:tc>).)*<w:p>(?:(?!<\/w:p>).)*<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*<w:alias w:val="3\.1\.3 · Tổng số TTHC đang có hiệu lực"\/><w:tag w:val="cchc:value:3\.1\.3"\/><w:lock w:val="sdtLocked"\/><\/w:sdtPr>/s,
    );
    // Rich-text controls only: Word's collections return no plain-text control (office-js#2160).
    expect(xml).not.toContain("<w:text");
    expect(xml).toContain('<w:tag w:val="cchc:section:II.2"/>');
    expect(xml).toContain('<w:tag w:val="cchc:header:so-ky-hieu"/>');
    expect(xml).toMatch(/<w:tag w:val="cchc:fixed:quoc-hieu"\/><w:lock w:val="sdtContentLocked"\/>/);
  });

  it("lays the page out per Nghị định 30/2020: A4, margins, Times New Roman, sizes", async () => {
    const bytes = await docxBytes();
    const xml = await documentXml(bytes);
    const styles = await (await JSZip.loadAsync(bytes)).file("word/styles.xml")!.async("string");
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(styles).toContain('w:ascii="Times New Roman"');
    // Quốc hiệu 12 pt bold; body 14 pt justified, first-line indent 1,27 cm, 6 pt after; Nơi nhận 12 pt bold italic.
    const style = (id: string) => styles.slice(styles.indexOf(`w:styleId="${id}"`), styles.indexOf("</w:style>", styles.indexOf(`w:styleId="${id}"`)));
    expect(style("CchcQuocHieu")).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/);
    expect(style("CchcBody")).toContain('<w:spacing w:before="0" w:after="120"/><w:ind w:firstLine="720"/><w:jc w:val="both"/>');
    expect(style("CchcBody")).toContain('<w:sz w:val="28"/>');
    expect(style("CchcNoiNhanLabel")).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/><w:sz w:val="24"\/>/);
    // The short rules under the agency's name, the Tiêu ngữ and the trích yếu: empty paragraphs with a bottom border,
    // inset so that the text above keeps its column (the agency's name on two lines, not four).
    for (const rule of ["CchcRuleAgency", "CchcRuleTieuNgu", "CchcRuleTrichYeu"])
      expect(style(rule)).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>.*<w:ind w:left="\d+" w:right="\d+"\/>/);
    expect(style("CchcTieuNgu")).not.toContain("<w:pBdr>");
    expect(style("CchcTieuNgu")).not.toContain("<w:ind");
    expect(xml).toMatch(/Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2021(?:(?!<w:p>).)*<\/w:p><w:p><w:pPr><w:pStyle w:val="CchcRuleTrichYeu"\/>/s);
    // Headings left-aligned; the page number from page 2 (a default header with PAGE, an empty first-page header).
    expect(style("CchcHeading1")).toContain('<w:jc w:val="left"/>');
    expect(xml).toMatch(/<w:headerReference w:type="default" r:id="rIdCchcPage"\/><w:headerReference w:type="first" r:id="rIdCchcFirst"\/>.*<w:titlePg\/><\/w:sectPr>/s);
    const header1 = await (await JSZip.loadAsync(bytes)).file("word/header1.xml")!.async("string");
    expect(header1).toMatch(/<w:jc w:val="center"\/>.*<w:fldSimple w:instr=" PAGE ">.*<w:sz w:val="28"\/>/s);
    expect(xml).toMatch(/<w:pStyle w:val="CchcQuocHieu"\/><\/w:pPr>(?:<w:bookmarkStart [^>]*\/>)?<w:sdt>(?:(?!<\/w:sdt>).)*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/s);
  });
});

describe("header fields", () => {
  it("prints agency names, quyền hạn and chức vụ in upper case, as Nghị định 30 requires", async () => {
    const data = { ...seed002Full(), header: { ...seed002Full().header, "co-quan-ban-hanh": "Sở Khoa học và Công nghệ", "quyen-han": "KT. Giám đốc", "chuc-vu": "Phó Giám đốc" } };
    const read = await (await DocxReportDocument.open(await docxBytes(data))).read(tk7);
    expect(read.header["co-quan-ban-hanh"]).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(read.header["quyen-han"]).toBe("KT. GIÁM ĐỐC");
    expect(read.header["chuc-vu"]).toBe("PHÓ GIÁM ĐỐC");
    expect(read.header["nguoi-ky"]).toBe("Nguyễn Văn Thành");
    expect(read.disagreements).toEqual([]);
  });

  it("reports a header field changed in the document but not in the data part", async () => {
    const bytes = await editDocumentXml(await docxBytes(), (xml) => xml.replace("Nguyễn Văn Thành", "Trần Văn Bình"));
    const read = await (await DocxReportDocument.open(bytes)).read(tk7);
    expect(read.disagreements).toEqual([{ target: "nguoi-ky", kind: "header", inDocument: "Trần Văn Bình", inDataPart: "Nguyễn Văn Thành" }]);
  });
});

describe("filling never overwrites what the officer typed", () => {
  const empty = () => ({ ...seed002Full(), values: {} });

  it("fills empty controls, reports the officer's typed values as conflicts, overwrites only when told", async () => {
    const doc = await DocxReportDocument.open(await docxBytes(empty()));
    const first = await doc.fillValues(tk7, { "3.1.3": "65", "1.1.1": "35" });
    expect([...first.written].sort()).toEqual(["1.1.1", "3.1.3"]);
    // The officer types 70 into 3.1.3 in Word (the data part still says 65).
    const typed = await editDocumentXml(await doc.save(), (xml) => xml.replace(/(<w:tag w:val="cchc:value:3\.1\.3"\/>(?:(?!<w:t ).)*<w:t xml:space="preserve">)65</s, "$170<"));
    const reopened = await DocxReportDocument.open(typed);
    expect((await reopened.read(tk7)).disagreements).toEqual([{ target: "3.1.3", kind: "value", inDocument: "70", inDataPart: "65" }]);
    const second = await reopened.fillValues(tk7, { "3.1.3": "2.027", "1.1.1": "36" });
    expect(second.conflicts).toEqual([{ code: "3.1.3", inDocument: "70", proposed: "2.027" }]);
    expect(second.written).toEqual(["1.1.1"]); // 35 was the add-in's own value, so it is replaced
    expect((await reopened.read(tk7)).values["3.1.3"]).toBe("70");
    // The officer kept 70. The data part now shows 70 but remembers it was typed, also in the saved file.
    const kept = await DocxReportDocument.open(await reopened.save());
    expect(await kept.fillValues(tk7, { "3.1.3": "2.027" })).toMatchObject({ written: [], conflicts: [{ code: "3.1.3", inDocument: "70", proposed: "2.027" }] });
    const third = await reopened.fillValues(tk7, { "3.1.3": "2027" }, { overwrite: true });
    expect(third.written).toEqual(["3.1.3"]);
    const after = await reopened.read(tk7);
    expect(after.values["3.1.3"]).toBe("2.027");
    expect(after.disagreements).toEqual([]);
  });

  it("remembers a value typed over the add-in's while another value was filled", async () => {
    const doc = await DocxReportDocument.open(await docxBytes(empty()));
    await doc.fillValues(tk7, { "3.1.3": "65" });
    const typed = await editDocumentXml(await doc.save(), (xml) => xml.replace(/(<w:tag w:val="cchc:value:3\.1\.3"\/>(?:(?!<w:t ).)*<w:t xml:space="preserve">)65</s, "$170<"));
    const reopened = await DocxReportDocument.open(typed);
    expect((await reopened.fillValues(tk7, { "1.1.1": "36" })).written).toEqual(["1.1.1"]);
    expect(await reopened.fillValues(tk7, { "3.1.3": "80" })).toMatchObject({ written: [], conflicts: [{ code: "3.1.3", inDocument: "70", proposed: "80" }] });
    // Emptied by the officer, the control is free to fill again.
    const emptied = await DocxReportDocument.open(
      await editDocumentXml(await reopened.save(), (xml) => xml.replace(/(<w:tag w:val="cchc:value:3\.1\.3"\/>(?:(?!<w:t ).)*<w:t xml:space="preserve">)70</s, "$1<")),
    );
    expect((await emptied.fillValues(tk7, { "3.1.3": "80" })).written).toEqual(["3.1.3"]);
  });

  it("reports codes the document has no control for", async () => {
    const doc = await DocxReportDocument.open(await docxBytes(empty()));
    expect((await doc.fillValues(tk7, { "9.9": "1" })).missing).toEqual(["9.9"]);
  });
});

describe("documents that lost their tags or controls", () => {
  it("reads a document whose tags were lost (LibreOffice 7.4 keeps only w:alias) through the titles", async () => {
    const stripped = await editDocumentXml(await docxBytes(), (xml) => xml.replace(/<w:tag w:val="[^"]*"\/>/g, ""));
    const read = await (await DocxReportDocument.open(stripped)).read(tk7);
    const data = seed002Full();
    expect(read.values).toEqual(dataAsShown(tk7, data).values);
    expect(read.sections).toEqual(data.sections);
    expect(read.header["so-ky-hieu"]).toBe("/BC-SKHCN");
    expect(read.readByTitle).toContain("value:3.1.3");
    expect(read.missing).toEqual([]);
  });

  it("reports a deleted value control, and repair wraps the cell's remaining text in a new control", async () => {
    // The officer removed the control but kept its text (Word: "Remove content control").
    const bytes = await editDocumentXml(await docxBytes(), (xml) =>
      xml.replace(/<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*<w:tag w:val="cchc:value:3\.1\.3"\/>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>(.*?)<\/w:sdtContent><\/w:sdt>/s, "$1"),
    );
    const doc = await DocxReportDocument.open(bytes);
    expect((await doc.read(tk7)).missing).toEqual(["cchc:value:3.1.3"]);
    const before = (await documentXml(bytes)).replace(/<[^>]+>/g, "");
    expect(await doc.repair(tk7)).toEqual(["cchc:value:3.1.3"]);
    const saved = await doc.save();
    const after = await DocxReportDocument.open(saved);
    const read = await after.read(tk7);
    expect(read.missing).toEqual([]);
    expect(read.values["3.1.3"]).toBe("65");
    // No other text changed: the document's text is the same, only wrapped again.
    expect((await documentXml(saved)).replace(/<[^>]+>/g, "")).toBe(before);
  });

  it("reports a deleted appendix row, and repair puts it back in its place", async () => {
    const bytes = await editDocumentXml(await docxBytes(), (xml) => xml.replace(/<w:tr>(?:(?!<\/w:tr>).)*cchc:value:1\.1\.2"(?:(?!<\/w:tr>).)*<\/w:tr>/s, ""));
    const doc = await DocxReportDocument.open(bytes);
    expect((await doc.read(tk7)).missing).toEqual(["cchc:label:1.1.2", "cchc:value:1.1.2", "cchc:note:1.1.2"]);
    expect(await doc.repair(tk7)).toEqual(["cchc:label:1.1.2", "cchc:value:1.1.2", "cchc:note:1.1.2"]);
    const xml = await documentXml(await doc.save());
    const order = ["cchc:value:1.1.1", "cchc:value:1.1.2", "cchc:value:1.1.3"].map((t) => xml.indexOf(t));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]))).toBe(true);
  });
});

describe("a deleted section control", () => {
  const unwrapSection = (xml: string, id: string) =>
    xml.replace(
      new RegExp(`<w:sdt><w:sdtPr>(?:(?!</w:sdtPr>).)*<w:tag w:val="cchc:section:${id.replace(".", "\\.")}"/>(?:(?!</w:sdtPr>).)*</w:sdtPr><w:sdtContent>(.*?)</w:sdtContent></w:sdt>`, "s"),
      "$1",
    );

  // A reform area with no sub-sections (an area written in a), b)… may lose its own text on purpose: "Bỏ mục này").
  const withII3 = { ...seed002Full(), sections: { ...seed002Full().sections, "II.3": "Sở đã kiện toàn 02 phòng chuyên môn.\nSắp xếp lại Trung tâm Ứng dụng và Dịch vụ KHCN." } };

  it("is reported, and repair wraps the officer's paragraphs left under the heading", async () => {
    const bytes = await editDocumentXml(await docxBytes(withII3), (xml) => unwrapSection(xml, "II.3"));
    const doc = await DocxReportDocument.open(bytes);
    const before = await doc.read(tk7);
    expect(before.missing).toEqual(["cchc:section:II.3"]);
    expect(before.sections["II.3"]).toBeUndefined();
    expect(await doc.repair(tk7)).toEqual(["cchc:section:II.3"]);
    const saved = await doc.save();
    const after = await (await DocxReportDocument.open(saved)).read(tk7);
    expect(after.missing).toEqual([]);
    expect(after.sections["II.3"]).toBe(withII3.sections!["II.3"]);
    expect((await documentXml(saved)).replace(/<[^>]+>/g, "")).toBe((await documentXml(bytes)).replace(/<[^>]+>/g, ""));
  });

  it("deleted with its text: repair puts the placeholder back", async () => {
    const bytes = await editDocumentXml(await docxBytes(), (xml) => xml.replace(/<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*<w:tag w:val="cchc:section:II.5"\/>.*?<\/w:sdtContent><\/w:sdt>/s, ""));
    const doc = await DocxReportDocument.open(bytes);
    expect((await doc.read(tk7)).missing).toEqual(["cchc:section:II.5"]);
    expect(await doc.repair(tk7)).toEqual(["cchc:section:II.5"]);
    const xml = await documentXml(await doc.save());
    expect(xml).toContain('<w:tag w:val="cchc:section:II.5"/>');
    expect(xml).toContain("[Nêu kết quả thực hiện nhiệm vụ cải cách tài chính công trong kỳ, kèm số liệu.]");
  });

  it("an optional section (V) the officer deleted, heading and text, is not missing and is not put back", async () => {
    const bytes = await editDocumentXml(await docxBytes(), (xml) =>
      xml
        .replace(/<w:p><w:pPr><w:pStyle w:val="CchcHeading1"\/><\/w:pPr>(?:(?!<\/w:p>).)*<w:tag w:val="cchc:heading:V"\/>.*?<\/w:p>/s, "")
        .replace(/<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*<w:tag w:val="cchc:section:V"\/>.*?<\/w:sdtContent><\/w:sdt>/s, ""),
    );
    const xmlBefore = await documentXml(bytes);
    expect(xmlBefore).not.toContain('cchc:heading:V"');
    expect(xmlBefore).not.toContain('cchc:section:V"');
    const doc = await DocxReportDocument.open(bytes);
    const read = await doc.read(tk7);
    expect(read.missing).toEqual([]);
    expect(read.sections.V).toBeUndefined();
    expect(await doc.repair(tk7)).toEqual([]);
  });
});

describe("marking problem controls", () => {
  it("colours the controls with problems and clears the others", async () => {
    const doc = await DocxReportDocument.open(await docxBytes());
    await doc.mark(["cchc:value:3.1.3", "cchc:section:II.2"]);
    let xml = await documentXml(await doc.save());
    expect((xml.match(/<w15:color w:val="C4262E"\/>/g) ?? []).length).toBe(2);
    await doc.mark(["cchc:value:1.1.1"]);
    await doc.unmark();
    xml = await documentXml(await doc.save());
    expect(xml).not.toContain("w15:color");
    expect(await doc.select("cchc:value:3.1.3")).toBe(true);
    expect(await doc.select("cchc:value:9.9")).toBe(false);
  });
});

describe("inserting into a .docx written by hand", () => {
  async function plainDocx(): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      "word/document.xml",
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo viết tay của đơn vị.</w:t></w:r></w:p><w:sectPr/></w:body></w:document>',
    );
    return zip.generateAsync({ type: "uint8array" });
  }

  it("adds the appendix and the data part (with its relationship and content type), keeping the officer's text", async () => {
    const data = dataAsShown(tk7, seed002Full());
    const doc = await DocxReportDocument.open(await plainDocx());
    expect((await doc.read(tk7)).dataPart).toBeNull();
    await doc.insertAppendix(planAppendix({ template: tk7, data }), data);
    const saved = await doc.save();
    const zip = await JSZip.loadAsync(saved);
    expect(await zip.file("word/_rels/document.xml.rels")!.async("string")).toContain('Target="../customXml/item1.xml"');
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/customXml/itemProps1.xml"');
    const read = await (await DocxReportDocument.open(saved)).read(tk7);
    expect(read.dataPart).toMatchObject({ status: "ok" });
    expect(read.values).toEqual(data.values);
    expect(read.missing).toEqual([]);
    expect(await documentXml(saved)).toContain("Báo cáo viết tay của đơn vị.");
  });

  it("adds a standard table at the end (a .docx has no cursor)", async () => {
    const hs = template("bang-ho-so-tthc");
    const doc = await DocxReportDocument.open(await plainDocx());
    const data = { ...seed002Full(), template: hs.id, values: { "1": "93", "1.1": "28", "1.2": "17", "1.3": "48", "2.1": "63", "2.2": "01", "2.3": "03", "2.4": "01", "2.5": "25" } };
    await doc.insertTableAtCursor(planStandardTable({ template: hs, data }));
    const read = await (await DocxReportDocument.open(await doc.save())).read(hs);
    expect(read.values).toMatchObject({ "1": "93", "2.2": "01", "2.5": "25" });
  });
});

describe("telling the workbench what changed", () => {
  it("reports fills that wrote, marks and selections of real controls — and nothing else", async () => {
    const doc = await DocxReportDocument.open(await docxBytes({ ...seed002Full(), values: {} }));
    const changes: unknown[] = [];
    const stop = doc.onChange((c) => changes.push(c));
    await doc.fillValues(tk7, { "3.1.3": "65" });
    await doc.fillValues(tk7, { "3.1.3": "65" }); // nothing new to write
    expect(await doc.select("cchc:value:3.1.3")).toBe(true);
    expect(await doc.select("cchc:value:9.9.9")).toBe(false);
    await doc.mark(["cchc:value:3.1.3"]);
    expect(changes).toEqual([{ kind: "content" }, { kind: "selection", tag: "cchc:value:3.1.3" }, { kind: "content" }]);
    stop();
    await doc.unmark();
    expect(changes).toHaveLength(3);
  });
});
