/**
 * The .docx converts in LibreOffice and the PDF shows the header, the sections
 * and the appendix with Vietnamese numbers. Runs whenever soffice is present;
 * in CI (CI=true) soffice is required, so a missing install fails the run.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dataAsShown } from "../../src/document/controls";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { readDocxReport } from "../../src/document/docx/read-report";
import { docxBytes, seed002Full, tk7 } from "./docx-helpers";
import { pdftotext, runWithOffice, soffice } from "./office-tools";

const run = runWithOffice;

describe("LibreOffice", () => {
  run(
    "converts the report to PDF, and the PDF shows header, sections and appendix with Vietnamese numbers",
    async () => {
      if (!soffice || !pdftotext) throw new Error("CI must have soffice and pdftotext (.ci/run installs libreoffice-writer-nogui and poppler-utils)");
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-lo-"));
      const file = path.join(dir, "bao-cao.docx");
      fs.writeFileSync(file, await docxBytes());
      execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], {
        timeout: 120_000,
        stdio: "pipe",
      });
      const text = execFileSync(pdftotext, [path.join(dir, "bao-cao.pdf"), "-"], { encoding: "utf8" });
      const flat = text.replace(/\s+/g, " ");
      for (const expected of [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "Số:",
        "/BC-SKHCN",
        "Quảng Ngãi, ngày 15 tháng 6 năm 2021",
        "BÁO CÁO",
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
        "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
        "Sở đã tiếp nhận 93 hồ sơ",
        "Nơi nhận:",
        "Nguyễn Văn Thành",
        "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
        "Tổng số TTHC đang có hiệu lực",
        "1.050",
        "98,4",
        "7,89",
      ]) {
        expect(flat).toContain(expected);
      }
    },
    180_000,
  );

  run(
    "re-saved by LibreOffice, the report reads back whole: values, notes, Nơi nhận, a section's paragraphs; and fills again",
    async () => {
      if (!soffice) throw new Error("CI must have soffice (.ci/run installs libreoffice-writer-nogui)");
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-lo-"));
      const file = path.join(dir, "bao-cao.docx");
      const data = { ...seed002Full(), notes: { "3.1.3": "05 TTHC thuộc lĩnh vực tiếp công dân" } };
      fs.writeFileSync(file, await docxBytes(data));
      const out = path.join(dir, "lo");
      execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, file], { timeout: 120_000, stdio: "pipe" });
      const resaved = new Uint8Array(fs.readFileSync(path.join(out, "bao-cao.docx")));
      // LibreOffice 7.4 drops inline controls' tags and titles (our bookmarks carry them) and moves a section's paragraphs 2+ out of its control.
      const expected = dataAsShown(tk7, data);
      for (const read of [await (await DocxReportDocument.open(resaved)).read(tk7), await readDocxReport(resaved, () => tk7)]) {
        expect(read.values).toEqual(expected.values);
        expect(read.notes).toEqual(expected.notes);
        expect(read.sections).toEqual(data.sections);
        expect(read.header["noi-nhan"]).toBe(data.header!["noi-nhan"]);
        expect(read.missing).toEqual([]);
        expect(read.disagreements).toEqual([]);
      }
      const doc = await DocxReportDocument.open(resaved);
      expect((await doc.fillSections(tk7, { "II.2": "Mới một.\nMới hai." }, { overwrite: true })).written).toEqual(["II.2"]);
      const again = await (await DocxReportDocument.open(await doc.save())).read(tk7);
      expect(again.sections["II.2"]).toBe("Mới một.\nMới hai.");
      expect(again.missing).toEqual([]);
    },
    180_000,
  );
});
