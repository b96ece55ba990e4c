/**
 * Issue #12: the four seed reports, made by the tool from their fixtures and rendered by
 * LibreOffice, print as the forms do: page numbers from page 2 (none on page 1), the rule under
 * the trích yếu, Số and the date on one line with room for a blank number, the appendix's own
 * columns ("Kết quả thống kê" over Đơn vị tính and Số liệu), the "TẠI <CƠ QUAN>" line, values as
 * the officer wrote them, and the plan's appendix on landscape pages. Page images go to
 * test-artifacts/seeds/ (not committed) for a reviewer. Runs whenever soffice is present; in CI
 * (CI=true) it is required.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { ReportData } from "../../src/core/model/report-data";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { fixture, template } from "../helpers";
import { pdftotext, runWithOffice, soffice, which } from "./office-tools";

const run = runWithOffice;
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "seeds");

interface Rendered {
  /** Each page's text with its layout kept (a table row on one line). */
  pages: string[];
  /** Each page's text in reading order (a cell's lines together). */
  raw: string[];
  /** Each page's size in points, "595 x 842" for A4 portrait. */
  sizes: string[];
}

/** The .docx of a fixture, converted to PDF; its pages' text (layout kept) and sizes; PNGs for the reviewer. */
async function render(name: string): Promise<Rendered> {
  if (!soffice || !pdftotext) throw new Error("CI must have soffice and pdftotext (.ci/run installs libreoffice-writer-nogui and poppler-utils)");
  const data = fixture(`${name}.json`) as ReportData;
  const bytes = await (await DocxReportDocument.create(template(data.template), data)).save();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-seed-"));
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, bytes);
  execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { timeout: 150_000, stdio: "pipe" });
  const pdf = path.join(dir, `${name}.pdf`);
  const text = execFileSync(pdftotext, ["-layout", pdf, "-"], { encoding: "utf8" });
  const raw = execFileSync(pdftotext, [pdf, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => `${Math.round(Number(m[1]))} x ${Math.round(Number(m[2]))}`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.copyFileSync(pdf, path.join(ARTIFACTS, `${name}.pdf`));
  if (which("pdftoppm")) execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(ARTIFACTS, name)], { timeout: 60_000 });
  const split = (t: string) => t.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim() !== "");
  return { pages: split(text), raw: split(raw), sizes };
}

const firstLine = (page: string) =>
  page
    .split("\n")
    .find((l) => l.trim() !== "")
    ?.trim() ?? "";
const flat = (s: string) => s.replace(/\s+/g, " ");

/** What every report shows: numbers from page 2 on, in the top margin; none on page 1. */
function expectPageNumbers(r: Rendered): void {
  expect(r.pages.length).toBeGreaterThan(2);
  expect(firstLine(r.pages[0])).not.toMatch(/^\d+$/);
  r.pages.slice(1).forEach((page, i) => expect(firstLine(page)).toBe(String(i + 2)));
}

describe("the four seeds, rendered by LibreOffice (issue #12)", () => {
  run(
    "seed 000 (Khánh Hòa Phụ lục 2, quý I/2021): page numbers, Số and date on one line, the form's columns and the TẠI line",
    async () => {
      const r = await render("seed-000");
      expectPageNumbers(r);
      const all = r.pages.join("\n");
      // Số and the date on one row of the header table.
      expect(all).toMatch(/Số: 293\/BC-CĐKTCN\s+Khánh Hòa, ngày 15 tháng 3 năm 2021/);
      // The agency's name keeps its column: two lines, not four.
      expect(all).toMatch(/TRƯỜNG CAO ĐẲNG KỸ THUẬT/);
      const appendix = flat(r.raw.slice(r.raw.findIndex((p) => p.includes("Phụ lục 2"))).join("\n"));
      expect(appendix).toContain("TẠI TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ NHA TRANG");
      expect(appendix).toContain("Kết quả thống kê");
      expect(appendix).toContain("Đơn vị thực hiện");
      expect(appendix).toContain("(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)");
      // Khánh Hòa's form has no Ghi chú column.
      expect(appendix).not.toContain("Ghi chú");
      expect(r.sizes.every((s) => s === "595 x 842")).toBe(true);
    },
    240_000,
  );

  run(
    "seed 002 (7 lĩnh vực, 6 tháng 2021): room for the blank number, values as printed (09, 02/02, 01/01), Cơ quan chủ trì before Ghi chú",
    async () => {
      const r = await render("seed-002");
      expectPageNumbers(r);
      const all = r.pages.join("\n");
      expect(all).toMatch(/Số:\s{6,}\/BC-SKHCN\s+Quảng Ngãi, ngày 15 tháng 6 năm 2021/);
      const appendix = r.pages.slice(r.pages.findIndex((p) => p.includes("PHỤ LỤC"))).join("\n");
      const head = flat(r.raw.slice(r.raw.findIndex((p) => p.includes("PHỤ LỤC"))).join("\n"));
      expect(head).toContain("TẠI SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI");
      expect(head).toContain("Kết quả thống kê");
      expect(head.indexOf("Cơ quan chủ")).toBeGreaterThan(0);
      expect(head.indexOf("Cơ quan chủ")).toBeLessThan(head.indexOf("Ghi chú"));
      // 1.1.3 Số văn bản chỉ đạo CCHC đã ban hành: the label wraps, its row's line keeps code, unit and value.
      expect(appendix).toMatch(/^1\.1\.3\s+Văn bản\s+09$/m);
      expect(appendix).toMatch(/^5\.1\.1 .*\s02\/02$/m);
      expect(appendix).toMatch(/^5\.1\.2\s+01\/01$/m);
      // The reform areas' sub-sections, a) to đ), as the seed writes them (each a heading over its own text).
      const body = flat(
        r.raw
          .slice(
            0,
            r.raw.findIndex((p) => p.includes("PHỤ LỤC")),
          )
          .join("\n"),
      );
      expect(body).toContain("1. Cải cách thể chế");
      expect(body).toContain("a) Công tác xây dựng, thẩm định và ban hành văn bản quy phạm pháp");
      expect(body).toContain("đ) Kết quả thực hiện cơ chế một cửa, một cửa liên thông");
      expect(body).toContain("[Nêu kết quả thực hiện cơ chế một cửa, một cửa liên thông trong kỳ, kèm số liệu.]");
      expect(body.indexOf("1. Cải cách thể chế")).toBeLessThan(body.indexOf("a) Công tác xây dựng"));
    },
    240_000,
  );

  run(
    "seed 003 (Khánh Hòa Phụ lục 2, 6 tháng 2021): the TẠI line, the form's text in Đơn vị thực hiện, Nơi nhận one per line, portrait A4",
    async () => {
      const r = await render("seed-003");
      expectPageNumbers(r);
      const appendix = flat(r.raw.slice(r.raw.findIndex((p) => p.includes("Phụ lục 2"))).join("\n"));
      expect(appendix).toContain("TẠI BAN QUẢN LÝ KHU DU LỊCH BÁN ĐẢO CAM RANH");
      expect(appendix).toContain("Kết quả thống kê");
      expect(appendix).toContain("Sở Nội vụ báo cáo kết quả thực hiện của tỉnh");
      // Nơi nhận: one recipient per line, each at the start of its own line.
      const all = r.pages.join("\n");
      for (const line of ["- Sở Nội vụ tỉnh KH;", "- Sở TT&TT tỉnh KH;", "- Lưu VT, TC (Li)."]) expect(all).toMatch(new RegExp(`^\\s*${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
      expect(r.sizes.every((s) => s === "595 x 842")).toBe(true);
    },
    240_000,
  );

  run(
    "seed 004 (the plan, 2021): body pages portrait, the appendix on landscape pages in its five columns and Tiến độ, the title with its year",
    async () => {
      const r = await render("seed-004");
      expectPageNumbers(r);
      const first = r.raw.findIndex((p) => p.includes("Phân công nhiệm vụ"));
      expect(first).toBeGreaterThan(0);
      expect(r.sizes.slice(0, first).every((s) => s === "595 x 842")).toBe(true);
      expect(r.sizes.slice(first).every((s) => s === "842 x 595")).toBe(true);
      const appendix = flat(r.raw.slice(first).join("\n"));
      expect(appendix).toContain("Phân công nhiệm vụ và triển khai thực hiện CCHC năm 2021");
      for (const heading of ["Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ"]) expect(appendix).toContain(heading);
      // The legend once, in the heading (repeated on each page); not on every row.
      expect(appendix.split("Hoàn thành").length - 1).toBe(r.raw.length - first);
      expect(appendix).toContain("1. Lập kế hoạch CCHC năm 2021.");
    },
    240_000,
  );
});
