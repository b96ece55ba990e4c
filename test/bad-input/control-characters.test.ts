/**
 * Issue #15, item 1: text a document cannot carry (C0 control characters other than tab and
 * line breaks) is refused at the model's edge, the same way for the CLI, the importers and the
 * pane's documents — never written into document.xml, where it made a file nothing can open.
 */
import * as fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { UnsafeTextError } from "../../src/core/text-safety";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { valuesFromCsv } from "../../src/import/read-values";
import { cchc } from "../cli/run-cchc";
import { seed002Full, tk7 } from "../document/docx-helpers";
import { FIXTURES, fixture } from "../helpers";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "cchc-ctl-"));
const NEW = ["new", "--template", "tk-7-linh-vuc-2021", "--kind", "6-thang", "--year", "2021", "--agency", "Sở KH&CN", "--agency-level", "tinh"];

describe("control characters", () => {
  it("cchc fill refuses a value holding U+000B, exit 2, one Vietnamese line naming the cell, and writes nothing", () => {
    const dir = tmp();
    const doc = path.join(dir, "bao-cao.docx");
    // Seed 002's own unit: report data of another unit is refused by new (test/cli/commands.test.ts).
    const own = NEW.map((a) => (a === "Sở KH&CN" ? "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi" : a));
    expect(cchc([...own, "--data", path.join(FIXTURES, "seed-002.json"), "-o", doc]).code).toBe(0);
    const values = path.join(dir, "so-lieu.json");
    fs.writeFileSync(values, JSON.stringify({ "3.1.3": "a\u000bb" }));
    const out = path.join(dir, "ra.docx");
    const r = cchc(["fill", doc, values, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("cchc: Số liệu ô 3.1.3 có ký tự điều khiển U+000B ở vị trí 2 (thường do dán từ phần mềm khác); văn bản Word không chứa được ký tự này. Hãy xóa ký tự đó rồi làm lại.");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("cchc new refuses report data whose section holds U+0001, naming the field", () => {
    const dir = tmp();
    const data = path.join(dir, "du-lieu.json");
    fs.writeFileSync(data, JSON.stringify({ ...fixture("seed-002.json"), sections: { "II.2": "Đoạn\u0001một" } }));
    const out = path.join(dir, "bao-cao.docx");
    const r = cchc([...NEW, "--data", data, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sections.II.2");
    expect(r.stderr).toContain("ký tự điều khiển U+0001 ở vị trí 5");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("the CSV importer refuses it, naming the line", () => {
    expect(() => valuesFromCsv("ma;so_lieu\n3.1.3;6\u00085\n")).toThrow(/Số liệu ô 3\.1\.3 có ký tự điều khiển U\+0008/);
  });

  it("the .docx renderer refuses it in a fill and in a new report, leaving the document readable", async () => {
    const doc = await DocxReportDocument.create(tk7, seed002Full());
    await expect(doc.fillValues(tk7, { "3.1.3": "6\u001f5" })).rejects.toThrow(UnsafeTextError);
    await expect(doc.fillSections(tk7, { "II.2": "x\u0000y" })).rejects.toThrow(UnsafeTextError);
    await expect(DocxReportDocument.create(tk7, { ...seed002Full(), header: { "nguoi-ky": "Nguyễn\u000cVăn" } })).rejects.toThrow(/Ô «Phần đầu · họ tên người ký» có ký tự điều khiển U\+000C/);
    const read = await (await DocxReportDocument.open(await doc.save())).read(tk7);
    expect(read.values["3.1.3"]).toBe("65");
  });

  it("any section text through fill → save → read is kept (as written, trimmed, line breaks as \\n) or refused", async () => {
    const doc = await DocxReportDocument.create(tk7, { ...seed002Full(), sections: {} });
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), async (text) => {
        let refused = false;
        try {
          await doc.fillSections(tk7, { V: text }, { overwrite: true });
        } catch (e) {
          if (!(e instanceof UnsafeTextError)) throw e;
          refused = true;
        }
        const expected = text
          .replace(/\r\n|\r/g, "\n")
          .replace(/\u00a0/g, " ")
          .trim();
        if (refused || expected === "" || /^\[[^\]]*\]$/.test(expected)) return;
        const read = await (await DocxReportDocument.open(await doc.save())).read(tk7);
        expect(read.sections.V).toBe(expected);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("any note through fill → save → read is kept (as written, trimmed, brackets and all) or refused", async () => {
    const doc = await DocxReportDocument.create(tk7, { ...seed002Full(), notes: {} });
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), async (text) => {
        let refused = false;
        try {
          await doc.fillNotes(tk7, { "3.1.3": text }, { overwrite: true });
        } catch (e) {
          if (!(e instanceof UnsafeTextError)) throw e;
          refused = true;
        }
        const expected = text
          .replace(/\r\n|\r/g, "\n")
          .replace(/\u00a0/g, " ")
          .trim();
        // Only a blank note is no note; a bracketed one is the officer's too.
        if (refused || expected === "") return;
        const read = await (await DocxReportDocument.open(await doc.save())).read(tk7);
        expect(read.notes["3.1.3"]).toBe(expected);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
