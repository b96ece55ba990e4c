import { dataAsShown } from "../../src/document/controls";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { DocxPackage } from "../../src/document/docx/read-docx";
import { planAppendix, planReport, planStandardTable } from "../../src/document/plan/build-plan";
import { WordReportDocument, WordRequirementError } from "../../src/document/word/word-document";
import { MARK_COLOR, NEUTRAL_COLOR } from "../../src/document/word/draw";
import { template } from "../helpers";
import { fakeWord } from "../word-fake/fake-word";
import { logicalFromDocx, logicalFromFake } from "../word-fake/logical";
import { controlsInOrder, effectiveFormat, paragraphsIn } from "../word-fake/model";
import { seed002Full, tk7 } from "./docx-helpers";

const shown = () => dataAsShown(tk7, seed002Full());

async function wordWithReport(options: Parameters<typeof fakeWord>[0] = {}) {
  const fake = fakeWord(options);
  const doc = new WordReportDocument(fake.host);
  const data = shown();
  await doc.insertReport(planReport({ template: tk7, data }), data);
  return { fake, doc, data };
}

describe("the Word renderer on the fake", () => {
  it("inserts the whole report in two syncs: one to find where, one for the package (OOXML under the batch budget)", async () => {
    const { fake } = await wordWithReport();
    expect(fake.stats.syncs).toBe(2);
    expect(fake.model.xmlParts).toHaveLength(1);
  });

  it("produces the same logical document as the .docx renderer (tags, titles, texts, table shape)", async () => {
    const { fake } = await wordWithReport();
    const data = shown();
    const bytes = await (await DocxReportDocument.create(tk7, data)).save();
    const docx = logicalFromDocx(await (await DocxPackage.open(bytes)).xml("word/document.xml"));
    const word = logicalFromFake(fake.model);
    expect(word.controls.length).toBeGreaterThan(300);
    expect(word.controls).toEqual(docx.controls);
    expect(word.tables).toEqual(docx.tables);
    expect(word.text).toEqual(docx.text);
  });

  it("puts each value in an inline rich-text control inside the cell's paragraph, locks fixed text, formats per Nghị định 30", async () => {
    const { fake } = await wordWithReport();
    const table = fake.model.body.find((b) => b.kind === "table" && b.rows.length > 100);
    if (!table || table.kind !== "table") throw new Error("no appendix table");
    const row = table.rows.find((r) => paragraphsIn(r[3].blocks)[0].parts.some((p) => p.kind === "cc" && p.tag === "cchc:value:3.1.3"))!;
    const cc = paragraphsIn(row[3].blocks)[0].parts.find((p) => p.kind === "cc")!;
    expect(cc).toMatchObject({ type: "RichText", text: "65", cannotDelete: true, cannotEdit: false, title: "3.1.3 · Tổng số TTHC đang có hiệu lực" });
    // Seed 002's form: "Kết quả thống kê" spans Đơn vị tính and Số liệu over two heading rows.
    expect(table.headerRowCount).toBe(2);
    const quocHieu = controlsInOrder(fake.model).find((c) => c.tag === "cchc:fixed:quoc-hieu")!;
    expect(quocHieu).toMatchObject({ cannotEdit: true, cannotDelete: true });
    const header = fake.model.body.find((b) => b.kind === "table")!;
    expect(header.kind === "table" && header.borders).toBe("none");
    const body = fake.model.body.find((b) => b.kind === "bcc" && b.tag === "cchc:section:II.2");
    expect(body && body.kind === "bcc" && effectiveFormat(fake.model, paragraphsIn(body.blocks)[0])).toMatchObject({
      font: { name: "Times New Roman", size: 14 },
      alignment: "Justified",
      spaceAfter: 6,
    });
  });

  it("reads everything back in two syncs (controls, then the data part's XML): values, sections, header, reconciled with the data part", async () => {
    const { fake, doc, data } = await wordWithReport();
    const before = fake.stats.syncs;
    const read = await doc.read(tk7);
    expect(fake.stats.syncs - before).toBe(2);
    expect(read.values).toEqual(data.values);
    expect(read.sections).toEqual(seed002Full().sections);
    expect(read.header).toEqual(data.header);
    expect(read.disagreements).toEqual([]);
    expect(read.missing).toEqual([]);
  });

  it("fills values in three syncs (a snapshot in two, the writes in one), never overwriting what the officer typed", async () => {
    const fake = fakeWord({ latencyMs: 5 });
    const doc = new WordReportDocument(fake.host);
    const empty = { ...shown(), values: {} };
    await doc.insertReport(planReport({ template: tk7, data: empty }), empty);
    let before = fake.stats.syncs;
    const first = await doc.fillValues(tk7, { "3.1.3": "65", "1.1.1": 35 });
    expect(fake.stats.syncs - before).toBeLessThanOrEqual(3);
    expect([...first.written].sort()).toEqual(["1.1.1", "3.1.3"]);
    // The officer types 70 over 65 in Word.
    const cc = controlsInOrder(fake.model).find((c) => c.tag === "cchc:value:3.1.3")!;
    if (cc.kind === "cc") cc.text = "70";
    expect((await doc.read(tk7)).disagreements).toEqual([{ target: "3.1.3", kind: "value", inDocument: "70", inDataPart: "65" }]);
    before = fake.stats.syncs;
    const second = await doc.fillValues(tk7, { "3.1.3": "2.027", "1.1.1": "36" });
    expect(fake.stats.syncs - before).toBeLessThanOrEqual(3);
    expect(second.conflicts).toEqual([{ code: "3.1.3", inDocument: "70", proposed: "2.027" }]);
    expect(second.written).toEqual(["1.1.1"]);
    // The officer kept 70. The data part now shows 70 but remembers it was typed: a later fill asks again.
    const again = await doc.fillValues(tk7, { "3.1.3": "2.027" });
    expect(again).toMatchObject({ written: [], conflicts: [{ code: "3.1.3", inDocument: "70", proposed: "2.027" }] });
    const third = await doc.fillValues(tk7, { "3.1.3": 2027 }, { overwrite: true });
    expect(third.written).toEqual(["3.1.3"]);
    const after = await doc.read(tk7);
    expect(after.values["3.1.3"]).toBe("2.027");
    expect(after.disagreements).toEqual([]);
  });

  it("reports a control the officer deleted", async () => {
    const { fake, doc } = await wordWithReport();
    const table = fake.model.body.find((b) => b.kind === "table" && b.rows.length > 100);
    if (!table || table.kind !== "table") throw new Error("no table");
    for (const r of table.rows) for (const c of r) for (const p of paragraphsIn(c.blocks)) p.parts = p.parts.filter((x) => !(x.kind === "cc" && x.tag === "cchc:value:3.1.3"));
    expect((await doc.read(tk7)).missing).toEqual(["cchc:value:3.1.3"]);
  });

  it("repairs a control the officer removed, wrapping the text left in the cell, touching nothing else", async () => {
    const { fake, doc } = await wordWithReport();
    const textBefore = logicalFromFake(fake.model).text;
    const table = fake.model.body.find((b) => b.kind === "table" && b.rows.length > 100);
    if (!table || table.kind !== "table") throw new Error("no table");
    // Word's "Remove content control" keeps the text.
    for (const r of table.rows)
      for (const c of r) for (const p of paragraphsIn(c.blocks)) p.parts = p.parts.map((x) => (x.kind === "cc" && x.tag === "cchc:value:3.1.3" ? { kind: "text", text: x.text } : x));
    expect((await doc.read(tk7)).missing).toEqual(["cchc:value:3.1.3"]);
    const before = fake.stats.syncs;
    expect(await doc.repair(tk7)).toEqual(["cchc:value:3.1.3"]);
    // Two to read; the appendix table's OOXML; its controls unlocked 300 a sync, the last with the table put back.
    const controls = controlsInOrder(fake.model).filter((c) => /^cchc:(label|value|note):/.test(c.tag)).length;
    expect(fake.stats.syncs - before).toBe(3 + Math.ceil(controls / 300));
    const read = await doc.read(tk7);
    expect(read.missing).toEqual([]);
    expect(read.values["3.1.3"]).toBe("65");
    expect(logicalFromFake(fake.model).text).toBe(textBefore);
  });

  it("repairs a section control the officer removed (keeping its paragraphs) or deleted with its text", async () => {
    // Reform areas without sub-sections a), b)… (an area written in them may lose its own text on purpose).
    const { fake, doc } = await wordWithReport();
    const II3 = "Sở đã kiện toàn 02 phòng chuyên môn.";
    await doc.fillSections(tk7, { "II.3": II3 });
    const textBefore = logicalFromFake(fake.model).text;
    const i = fake.model.body.findIndex((b) => b.kind === "bcc" && b.tag === "cchc:section:II.3");
    const kept = fake.model.body[i];
    if (kept.kind !== "bcc") throw new Error("no section");
    fake.model.body.splice(i, 1, ...kept.blocks);
    const j = fake.model.body.findIndex((b) => b.kind === "bcc" && b.tag === "cchc:section:II.5");
    fake.model.body.splice(j, 1);
    expect((await doc.read(tk7)).missing).toEqual(["cchc:section:II.3", "cchc:section:II.5"]);
    const before = fake.stats.syncs;
    expect(await doc.repair(tk7)).toEqual(["cchc:section:II.3", "cchc:section:II.5"]);
    expect(fake.stats.syncs - before).toBe(4);
    const read = await doc.read(tk7);
    expect(read.missing).toEqual([]);
    expect(read.sections["II.3"]).toBe(II3);
    expect(read.sections["II.2"]).toBe(seed002Full().sections!["II.2"]);
    expect(logicalFromFake(fake.model).text).toBe(textBefore);
  });

  it("repairs a deleted appendix row in its place", async () => {
    const { fake, doc } = await wordWithReport();
    const table = fake.model.body.find((b) => b.kind === "table" && b.rows.length > 100);
    if (!table || table.kind !== "table") throw new Error("no table");
    const index = table.rows.findIndex((r) => paragraphsIn(r[3].blocks)[0].parts.some((p) => p.kind === "cc" && p.tag === "cchc:value:1.1.2"));
    table.rows.splice(index, 1);
    expect((await doc.read(tk7)).missing).toEqual(["cchc:label:1.1.2", "cchc:value:1.1.2", "cchc:note:1.1.2"]);
    expect(await doc.repair(tk7)).toEqual(["cchc:label:1.1.2", "cchc:value:1.1.2", "cchc:note:1.1.2"]);
    const tags = controlsInOrder(fake.model).map((c) => c.tag);
    expect(tags.indexOf("cchc:value:1.1.1")).toBeLessThan(tags.indexOf("cchc:value:1.1.2"));
    expect(tags.indexOf("cchc:value:1.1.2")).toBeLessThan(tags.indexOf("cchc:value:1.1.3"));
    const read = await doc.read(tk7);
    expect(read.missing).toEqual([]);
    expect(read.values["1.1.2"]).toBe("21");
  });

  it("selects a control and marks problem controls", async () => {
    const { fake, doc } = await wordWithReport();
    expect(await doc.select("cchc:value:3.1.3")).toBe(true);
    const target = controlsInOrder(fake.model).find((c) => c.tag === "cchc:value:3.1.3")!;
    expect(fake.model.selected).toBe(target.id);
    expect(await doc.select("cchc:value:9.9")).toBe(false);
    await doc.mark(["cchc:value:3.1.3"]);
    expect(target.color).toBe(MARK_COLOR);
    expect(controlsInOrder(fake.model).filter((c) => c.color === MARK_COLOR)).toHaveLength(1);
    await doc.unmark();
    expect(target.color).toBe(NEUTRAL_COLOR);
  });

  it("inserts only the appendix, or one standard table at the cursor", async () => {
    const fake = fakeWord();
    const doc = new WordReportDocument(fake.host);
    const data = shown();
    await doc.insertAppendix(planAppendix({ template: tk7, data }), data);
    expect((await doc.read(tk7)).missing).toEqual([]);
    const hs = template("bang-ho-so-tthc");
    const hsData = { ...data, template: hs.id, values: { "1": "93", "1.1": "28", "1.2": "17", "1.3": "48" } };
    await doc.insertTableAtCursor(planStandardTable({ template: hs, data: hsData }));
    const tags = controlsInOrder(fake.model).map((c) => c.tag);
    expect(tags).toContain("cchc:value:2.5");
  });
});

describe("requirement sets", () => {
  it("refuses hosts below WordApi 1.3 with a clear error", () => {
    expect(() => new WordReportDocument(fakeWord({ wordApi: ["1.1", "1.2"] }).host)).toThrow(WordRequirementError);
  });

  it("without WordApi 1.5, uses rich-text controls holding the same text", async () => {
    const { fake, doc, data } = await wordWithReport({ wordApi: ["1.1", "1.2", "1.3", "1.4"] });
    expect(controlsInOrder(fake.model).every((c) => c.type === "RichText")).toBe(true);
    expect((await doc.read(tk7)).values).toEqual(data.values);
  });

  it("without WordApi 1.4 (Office 2019), keeps the data part through the Common API", async () => {
    const { fake, doc, data } = await wordWithReport({ wordApi: ["1.1", "1.2", "1.3"] });
    expect(fake.model.xmlParts).toHaveLength(1);
    const read = await doc.read(tk7);
    expect(read.dataPart).toMatchObject({ status: "ok" });
    expect(read.values).toEqual(data.values);
    const fill = await doc.fillValues(tk7, { "1.1.1": "36" });
    expect(fill.written).toEqual(["1.1.1"]);
    expect((await doc.read(tk7)).disagreements).toEqual([]);
  });

  it("reads a document without a data part in one sync, reporting no data part", async () => {
    const { fake, doc } = await wordWithReport();
    fake.model.xmlParts = [];
    const before = fake.stats.syncs;
    const read = await doc.read(tk7);
    expect(fake.stats.syncs - before).toBe(1);
    expect(read.dataPart).toBeNull();
    expect(read.values["3.1.3"]).toBe("65");
  });
});

describe("writing section texts, both renderers alike", () => {
  const noSections = () => ({ ...shown(), sections: {} });
  const texts = {
    "I.1": "Chỉ đạo xây dựng và ban hành Kế hoạch cải cách hành chính năm 2021 (Quyết định số 335/QĐ-SKHCN ngày 17/11/2020).",
    "II.2": "Sở đã tiếp nhận 93 hồ sơ; giải quyết đúng hẹn 63 hồ sơ, trễ hẹn 01 hồ sơ.\nĐang xử lý 25 hồ sơ chưa đến hạn.",
  };

  it("replaces placeholders in three syncs, one paragraph per line, and gives the same document as the .docx renderer", async () => {
    const fake = fakeWord();
    const word = new WordReportDocument(fake.host);
    await word.insertReport(planReport({ template: tk7, data: noSections() }), noSections());
    const docx = await DocxReportDocument.create(tk7, noSections());
    const before = fake.stats.syncs;
    const fromWord = await word.fillSections(tk7, texts);
    expect(fake.stats.syncs - before).toBeLessThanOrEqual(3);
    const fromDocx = await docx.fillSections(tk7, texts);
    for (const result of [fromWord, fromDocx]) expect(result).toEqual({ written: ["I.1", "II.2"], unchanged: [], conflicts: [], missing: [] });
    const section = fake.model.body.find((b) => b.kind === "bcc" && b.tag === "cchc:section:II.2");
    expect(section?.kind === "bcc" && paragraphsIn(section.blocks).map((p) => p.parts.map((x) => x.text).join(""))).toEqual(texts["II.2"].split("\n"));
    expect(section?.kind === "bcc" && effectiveFormat(fake.model, paragraphsIn(section.blocks)[1])).toMatchObject({ font: { name: "Times New Roman", size: 14 }, alignment: "Justified" });
    for (const doc of [word, docx]) {
      const read = await doc.read(tk7);
      expect(read.sections).toEqual(texts);
      expect(read.disagreements).toEqual([]);
    }
    const fromDocxXml = logicalFromDocx(await (await DocxPackage.open(await docx.save())).xml("word/document.xml"));
    expect(logicalFromFake(fake.model).controls).toEqual(fromDocxXml.controls);
  });

  it("never overwrites a section the officer wrote, unless told to — also after the officer kept it once", async () => {
    const fake = fakeWord();
    const doc = new WordReportDocument(fake.host);
    await doc.insertReport(planReport({ template: tk7, data: noSections() }), noSections());
    await doc.fillSections(tk7, { "II.2": "Bản nháp của công cụ." });
    // The officer rewrites II.2 in Word.
    const section = fake.model.body.find((b) => b.kind === "bcc" && b.tag === "cchc:section:II.2");
    if (section?.kind === "bcc") section.blocks = [{ kind: "p", parts: [{ kind: "text", text: "Bản của cán bộ." }], format: paragraphsIn(section.blocks)[0].format }];
    const conflict = { code: "II.2", inDocument: "Bản của cán bộ.", proposed: texts["II.2"] };
    expect(await doc.fillSections(tk7, { "II.2": texts["II.2"], "I.1": texts["I.1"] })).toMatchObject({ written: ["I.1"], conflicts: [conflict] });
    expect(await doc.fillSections(tk7, { "II.2": texts["II.2"] })).toMatchObject({ written: [], conflicts: [conflict] });
    expect((await doc.read(tk7)).sections["II.2"]).toBe("Bản của cán bộ.");
    expect(await doc.fillSections(tk7, { "II.2": texts["II.2"] }, { overwrite: true })).toMatchObject({ written: ["II.2"], conflicts: [] });
    expect((await doc.read(tk7)).sections["II.2"]).toBe(texts["II.2"]);
    expect(await doc.fillSections(tk7, { "IX.9": "không có mục này", "I.1": "" })).toEqual({ written: [], unchanged: [], conflicts: [], missing: ["IX.9"] });
  });
});

describe("selecting the words a narrative issue quotes (issue #13)", () => {
  it("Word: searches inside the section's control and selects the words (one more sync); absent words select the control", async () => {
    const { fake, doc } = await wordWithReport();
    // seed002Full's II.2: "Sở đã tiếp nhận 93 hồ sơ; giải quyết đúng hẹn 63 hồ sơ, trễ hẹn 01 hồ sơ."
    const before = fake.stats.syncs;
    expect(await doc.select("cchc:section:II.2", "trễ hẹn 01 hồ sơ")).toBe(true);
    expect(fake.stats.syncs - before).toBeLessThanOrEqual(3);
    expect(fake.model.cursor).toMatchObject({ kind: "found", text: "trễ hẹn 01 hồ sơ" });
    expect(await doc.select("cchc:section:II.2", "Trong quý III/2020")).toBe(true);
    expect(fake.model.cursor).toMatchObject({ kind: "control" });
  });

  it(".docx: the selection tells the words when the control holds them (the workbench's preview marks them)", async () => {
    const doc = await DocxReportDocument.create(tk7, dataAsShown(tk7, seed002Full()));
    const changes: unknown[] = [];
    doc.onChange((c) => changes.push(c));
    await doc.select("cchc:section:II.2", "trễ hẹn 01 hồ sơ");
    await doc.select("cchc:section:II.2", "không có ở đây");
    expect(changes).toEqual([
      { kind: "selection", tag: "cchc:section:II.2", find: "trễ hẹn 01 hồ sơ" },
      { kind: "selection", tag: "cchc:section:II.2", find: undefined },
    ]);
  });
});
