/**
 * Issue #18, "ready means ready": every placeholder left in the document blocks "sẵn sàng để ký"
 * and is named — căn cứ (every seed opens with one), a "Kính gửi:" with nothing after it, header
 * fields, sections — in the pane's check and in `cchc check --final` alike; the pane writes the
 * header fields (fillHeader) by the fill rule on both renderers.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { documentIssues } from "../../src/document/controls";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { validate } from "../../src/core/validation/engine";
import { leafSections, outlineFor } from "../../src/core/outline";
import { cchc } from "../cli/run-cchc";
import { tk7 } from "../document/docx-helpers";
import { fixture } from "../helpers";
import { fakeWord } from "../word-fake/fake-word";
import { typeInto } from "../word-fake/officer";

/** Seed 002 signed: its number and day given, every section written. */
function signedSeed002(withoutCanCu: boolean) {
  const seed = fixture("seed-002.json");
  const { "can-cu": canCu, ...header } = seed.header!;
  const sections = Object.fromEntries(
    leafSections(outlineFor(seed.period))
      .filter((s) => s.fixedText === undefined)
      .map((s) => [s.id, `Nội dung mục ${s.id}.`]),
  );
  const { "7.6.1": _heading, ...values } = seed.values;
  return { ...seed, values, sections, header: { ...(withoutCanCu ? header : { ...header, "can-cu": canCu }), "so-ky-hieu": "135/BC-SKHCN" } };
}

describe("ready means ready (issue #18)", () => {
  it("a report whose căn cứ is still the placeholder is not ready to sign, and the message names căn cứ", async () => {
    const data = signedSeed002(true);
    const doc = await DocxReportDocument.create(tk7, data);
    const read = await doc.read(tk7);
    expect(read.header["can-cu"]).toBeUndefined();
    const issues = [...documentIssues(read, "final"), ...validate(tk7, read.data!, { mode: "final" })];
    const errors = issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => i.message)).toContain("Phần đầu văn bản: chưa ghi căn cứ (văn bản yêu cầu báo cáo).");
    // The same document with seed 002's own căn cứ has no error of the header.
    const full = await DocxReportDocument.create(tk7, signedSeed002(false));
    const fullRead = await full.read(tk7);
    expect(fullRead.header["can-cu"]).toBe("Thực hiện Công văn số 135/UBND-NC ngày 12/01/2021 của UBND tỉnh về việc báo cáo cải cách hành chính (CCHC) định kỳ năm 2021,");
    expect([...documentIssues(fullRead, "final"), ...validate(tk7, fullRead.data!, { mode: "final" })].filter((i) => i.rule === "header")).toEqual([]);
  });

  it("cchc check --final on that .docx exits 1, names căn cứ, and does not say ready", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-ready-"));
    const file = path.join(dir, "bao-cao.docx");
    fs.writeFileSync(file, await (await DocxReportDocument.create(tk7, signedSeed002(true))).save());
    const r = cchc(["check", file, "--final"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Phần đầu văn bản: chưa ghi căn cứ (văn bản yêu cầu báo cáo).");
    expect(r.stdout).not.toContain("sẵn sàng để ký: không còn lỗi");
  });

  it("a 'Kính gửi:' left with nothing after it blocks signing; a draft gets a warning", async () => {
    const data = { ...signedSeed002(false), header: { ...signedSeed002(false).header, "kinh-gui": "Sở Nội vụ tỉnh Quảng Ngãi" } };
    const doc = await DocxReportDocument.create(tk7, data);
    doc.editControl("cchc:header:kinh-gui", " ");
    const read = await doc.read(tk7);
    expect(documentIssues(read, "final")).toContainEqual(expect.objectContaining({ severity: "error", rule: "header", target: "kinh-gui" }));
    expect(documentIssues(read, "draft")).toContainEqual(expect.objectContaining({ severity: "warning", target: "kinh-gui" }));
  });

  it("both renderers write căn cứ and Nơi nhận over their placeholder and default, and keep what the officer typed", async () => {
    const data = { ...fixture("seed-002.json"), header: { ...signedSeed002(true).header, "noi-nhan": "" } };
    const fake = fakeWord();
    const word = new WordReportDocument(fake.host);
    await word.insertReport(planReport({ template: tk7, data }), data);
    const docx = await DocxReportDocument.create(tk7, data);
    const fields = {
      "can-cu": "Thực hiện Công văn số 135/UBND-NC ngày 12/01/2021 của UBND tỉnh",
      "noi-nhan": "- Sở Nội vụ;\n- GĐ, các PGĐ Sở;\n- Lưu: VT, VP.",
    };
    for (const doc of [word, docx]) {
      expect(await doc.fillHeader(tk7, fields)).toEqual({ written: ["can-cu", "noi-nhan"], unchanged: [], conflicts: [], missing: [] });
      const read = await doc.read(tk7);
      expect(read.header).toMatchObject(fields);
      expect(read.disagreements).toEqual([]);
      // No "Kính gửi" line in this report: nothing to write into, said as missing.
      expect((await doc.fillHeader(tk7, { "kinh-gui": "Sở Nội vụ" })).missing).toEqual(["kinh-gui"]);
    }
    typeInto(fake.model, "cchc:header:can-cu", "Căn cứ của cán bộ");
    expect(await word.fillHeader(tk7, { "can-cu": "Khác" })).toMatchObject({ written: [], conflicts: [{ code: "can-cu", inDocument: "Căn cứ của cán bộ", proposed: "Khác" }] });
    expect((await word.fillHeader(tk7, { "can-cu": "Khác" }, { overwrite: true })).written).toEqual(["can-cu"]);
  });
});
