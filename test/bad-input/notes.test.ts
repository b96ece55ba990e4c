/** Issue #15, item 3: notes from a CSV's ghi_chu column or report data's notes are written, never dropped. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { cchc } from "../cli/run-cchc";
import { tk7 } from "../document/docx-helpers";
import { fixture } from "../helpers";
import { fakeWord } from "../word-fake/fake-word";
import { typeInto } from "../word-fake/officer";

const NEW = ["new", "--template", "tk-7-linh-vuc-2021", "--kind", "6-thang", "--year", "2021", "--agency", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "--agency-level", "tinh"];

describe("notes", () => {
  it("cchc fill writes the ghi_chu column, and extract reads the notes back", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-notes-"));
    const doc = path.join(dir, "bao-cao.docx");
    expect(cchc([...NEW, "-o", doc]).code).toBe(0);
    const csv = path.join(dir, "so-lieu.csv");
    fs.writeFileSync(csv, "ma;so_lieu;ghi_chu\n3.1.3;65;05 TTHC thuộc lĩnh vực tiếp công dân\n7.6.2.a;100;Trừ VB của Đảng ủy\n");
    const out = path.join(dir, "da-dien.docx");
    const r = cchc(["fill", doc, csv, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã ghi 2 ghi chú.");
    const extracted = JSON.parse(cchc(["extract", out, "--json"]).stdout);
    expect(extracted.notes).toEqual({ "3.1.3": "05 TTHC thuộc lĩnh vực tiếp công dân", "7.6.2.a": "Trừ VB của Đảng ủy" });
  });

  it("keeps a note the officer wrote (a conflict, exit 1) unless --overwrite", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-notes-"));
    const doc = path.join(dir, "bao-cao.docx");
    const data = path.join(dir, "du-lieu.json");
    fs.writeFileSync(data, JSON.stringify({ ...fixture("seed-002.json"), notes: { "3.1.3": "Ghi chú của cán bộ" } }));
    expect(cchc([...NEW, "--data", data, "-o", doc]).code).toBe(0);
    // The officer rewrites the note in the document: the tool's own text is no longer there.
    const opened = await DocxReportDocument.open(new Uint8Array(fs.readFileSync(doc)));
    opened.editControl("cchc:note:3.1.3", "Cán bộ sửa tay");
    fs.writeFileSync(doc, await opened.save());
    const report = path.join(dir, "moi.json");
    // Seed 002 writes "Đã kết nối" on heading row 7.6.1, which has no cell: left out here.
    const seed = fixture("seed-002.json");
    const { "7.6.1": _heading, ...values } = seed.values;
    fs.writeFileSync(report, JSON.stringify({ ...seed, values, notes: { "3.1.3": "Ghi chú mới" } }));
    const kept = cchc(["fill", doc, report, "-o", path.join(dir, "a.docx")]);
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain('ghi chú 3.1.3: trong văn bản "Cán bộ sửa tay", ghi chú mới "Ghi chú mới"');
    expect(cchc(["fill", doc, report, "-o", path.join(dir, "b.docx"), "--overwrite"]).code).toBe(0);
    expect(JSON.parse(cchc(["extract", path.join(dir, "b.docx"), "--json"]).stdout).notes["3.1.3"]).toBe("Ghi chú mới");
  });

  it("both renderers write notes alike, and Word keeps the officer's note", async () => {
    const data = { ...fixture("seed-002.json"), notes: {} };
    const fake = fakeWord();
    const word = new WordReportDocument(fake.host);
    await word.insertReport(planReport({ template: tk7, data }), data);
    const docx = await DocxReportDocument.create(tk7, data);
    for (const doc of [word, docx]) {
      expect(await doc.fillNotes(tk7, { "3.1.3": "Theo Quyết định 696/QĐ-UBND" })).toEqual({ written: ["3.1.3"], unchanged: [], conflicts: [], missing: [] });
      expect((await doc.read(tk7)).notes).toEqual({ "3.1.3": "Theo Quyết định 696/QĐ-UBND" });
    }
    typeInto(fake.model, "cchc:note:3.1.3", "Cán bộ ghi");
    expect(await word.fillNotes(tk7, { "3.1.3": "Khác" })).toMatchObject({ written: [], conflicts: [{ code: "3.1.3", inDocument: "Cán bộ ghi", proposed: "Khác" }] });
  });
});
