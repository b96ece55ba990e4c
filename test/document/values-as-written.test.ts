/**
 * Issue #12: values keep the form the officer wrote — seed 002 as printed ("09", "02/02", "01/01",
 * "04", "7,89", "1.050") — in the document and in the data part, on both renderers.
 */
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { tk7 } from "./docx-helpers";
import type { ReportData } from "../../src/core/model/report-data";
import type { Template } from "../../src/core/model/template";
import { fixture, template } from "../helpers";
import { fakeWord } from "../word-fake/fake-word";

/** The report made by each renderer: Word (on the fake) and the .docx (saved and opened again). */
async function bothRenderers(template: Template, data: ReportData) {
  const word = new WordReportDocument(fakeWord().host);
  await word.insertReport(planReport({ template, data }), data);
  const docx = await DocxReportDocument.open(await (await DocxReportDocument.create(template, data)).save());
  return [word, docx];
}

describe("values as written (seed 002)", () => {
  const seed = fixture("seed-002.json");
  const { "7.6.1": _heading, ...values } = seed.values;
  const data = { ...seed, values };
  const printed = { "1.1.3": "09", "2.3": "04", "5.1.1": "02/02", "5.1.2": "01/01", "6.3": "01/01", "4.2.5": "7,89", "7.6.2": "1.050", "3.4.1": "98,4", "4.1.1": "01" };

  it("both renderers show every value of the seed exactly as printed, and agree with their data part", async () => {
    for (const doc of await bothRenderers(tk7, data)) {
      const read = await doc.read(tk7);
      expect(read.values).toMatchObject(printed);
      for (const [code, v] of Object.entries(values)) expect({ code, value: read.values[code] }).toEqual({ code, value: String(v) });
      expect(read.disagreements).toEqual([]);
    }
  });

  it("a fill keeps what is written too: 02/02 stays 02/02, only a missing grouping dot is added", async () => {
    const docx = await DocxReportDocument.create(tk7, { ...data, values: {} });
    await docx.fillValues(tk7, { "5.1.1": "02/02", "1.1.3": "09", "7.6.2": "1050" });
    expect((await docx.read(tk7)).values).toMatchObject({ "5.1.1": "02/02", "1.1.3": "09", "7.6.2": "1.050" });
  });
});

describe("seed 000 as printed: 'Không' in count rows, and the notes of heading rows too (issue #12)", () => {
  const khanhHoa = template("tk-khanh-hoa-2021");
  const data = fixture("seed-000.json");

  it("both renderers show the values as printed and read back every note the officer wrote, 1.1 and 1.3 (heading rows) included", async () => {
    expect(Object.keys(data.notes ?? {})).toEqual(expect.arrayContaining(["1.1", "1.2", "1.3", "1.5", "1.6", "1.7", "1.3.1.a"]));
    for (const doc of await bothRenderers(khanhHoa, data)) {
      const read = await doc.read(khanhHoa);
      expect(read.values).toMatchObject({ "1.3.2.a": "Không", "1.3.2.b": "Không", "1.3.1.a": "16", "4.3.b": "141" });
      expect(read.notes).toEqual(data.notes);
      expect(read.disagreements).toEqual([]);
    }
  });
});

describe("seed 003: what the officer wrote after a label (1.1, 1.3) is the row's note (issue #12)", () => {
  it("reads back through the .docx as written", async () => {
    const khanhHoa = template("tk-khanh-hoa-2021");
    const data = fixture("seed-003.json");
    const read = await (await DocxReportDocument.open(await (await DocxReportDocument.create(khanhHoa, data)).save())).read(khanhHoa);
    expect(read.notes).toEqual({ "1.1": "02/QĐ-BQLKDL ngày 28/01/2021 v.v ban hành Kế hoạch cải cách hành chính năm 2021", "1.3": "Dự kiến thực hiện trong Quý III/2021" });
    expect(read.values).toEqual(expect.objectContaining(Object.fromEntries(Object.entries(data.values).map(([k, v]) => [k, String(v)]))));
  });
});
