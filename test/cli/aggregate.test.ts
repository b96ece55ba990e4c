import { execFile } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { template } from "../helpers";
import { cchc } from "./run-cchc";

const run = promisify(execFile);
const BIN = path.join(__dirname, "..", "..", "bin", "cchc.js");
const tk7 = template("tk-7-linh-vuc-2021");
const UNITS = 50;
const SEEDED = 17; // this unit's 3.1.3 does not add up

/** Unit i's values: every value row filled, the declared relations kept (except the seeded error). */
function unitValues(i: number): Record<string, string> {
  const v: Record<string, string> = {};
  for (const row of tk7.rows) {
    if (row.group) continue;
    v[row.code] = row.kind === "percent" ? String(40 + (i % 50)) : row.kind === "coded" ? String(row.options[i % row.options.length].value) : row.kind === "fraction" ? `${i % 3}/3` : String(i % 5);
  }
  Object.assign(v, {
    "1.1.1": String(30 + i),
    "1.1.2": String(20 + i),
    "1.2.3": "5",
    "1.2.4": "3",
    "1.3.1": "10",
    "1.3.2": "6",
    "1.3.3": "2",
    "2.4": "2",
    "2.5": "1",
    "3.1.3": String(65 + i + (i === SEEDED ? 1 : 0)),
    "3.1.3.a": String(50 + i),
    "3.1.3.b": "10",
    "3.1.3.c": "5",
    "3.2.1": "12",
    "3.2.2": "10",
    "3.3.1": "2",
    "3.3.2": "1",
    "3.5.1": "40",
    "3.5.2": "12",
    "7.8.1": "8",
    "7.8.2": "4",
    "4.1.4": "",
    "4.1.4.a": "",
    "4.1.4.c": "",
    "4.2.1": "35",
    "4.2.2": "32",
    "4.3.1": "25",
    "4.3.2": "21",
    "7.6.2": String(1000 + 10 * i),
    "7.6.2.a": String(90 + (i % 10)),
    "7.6.2.b": String(5 - (i % 5)),
  });
  return v;
}

async function pool<T>(items: T[], n: number, f: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await f(items[next++]);
    }),
  );
}

describe("cchc aggregate", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-agg-"));
  const docs = path.join(dir, "bao-cao");
  const jsons = path.join(dir, "so-lieu");

  beforeAll(async () => {
    fs.mkdirSync(docs);
    fs.mkdirSync(jsons);
    const ids = Array.from({ length: UNITS }, (_, i) => i);
    await pool(ids, 4, async (i) => {
      const name = `don-vi-${String(i).padStart(2, "0")}`;
      const blank = path.join(dir, `${name}-trong.docx`);
      await run(process.execPath, [BIN, "new", "--template", tk7.id, "--kind", "6-thang", "--year", "2021", "--agency", `Sở thứ ${i}`, "--agency-level", "tinh", "-o", blank]);
      const values = path.join(dir, `${name}.json`);
      fs.writeFileSync(values, JSON.stringify(unitValues(i)));
      await run(process.execPath, [BIN, "fill", blank, values, "-o", path.join(docs, `${name}.docx`)]);
      await run(process.execPath, [BIN, "extract", path.join(docs, `${name}.docx`), "-o", path.join(jsons, `${name}.json`)]);
    });
    // One truncated file and one report of another template sit among them.
    const good = fs.readFileSync(path.join(docs, "don-vi-00.docx"));
    fs.writeFileSync(path.join(docs, "hong.docx"), good.subarray(0, good.length >> 1));
    await run(process.execPath, [
      BIN,
      "new",
      "--template",
      "tk-khanh-hoa-2021",
      "--kind",
      "6-thang",
      "--year",
      "2021",
      "--agency",
      "Trường khác mẫu",
      "--agency-level",
      "su-nghiep",
      "-o",
      path.join(docs, "khac-mau.docx"),
    ]);
    // A zip bomb, XML with entities, and a Word file that is not a report.
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const zipOf = async (xml: string) => {
      const zip = new JSZip();
      zip.file("word/document.xml", xml);
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    };
    fs.writeFileSync(path.join(docs, "bom.docx"), await zipOf(`<w:document ${W}><w:body>${"a".repeat(40 * 1024 * 1024)}</w:body></w:document>`));
    fs.writeFileSync(path.join(docs, "thuc-the.docx"), await zipOf(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document ${W}><w:body>&a;</w:body></w:document>`));
    fs.writeFileSync(path.join(docs, "cong-van.docx"), await zipOf(`<w:document ${W}><w:body><w:p><w:r><w:t>Công văn</w:t></w:r></w:p></w:body></w:document>`));
  }, 300_000);

  const expectTotals = (rows: { code: string; value: number | null; counts?: Record<string, number>; fraction?: { num: number; den: number }; method: string }[]) => {
    const row = (code: string) => rows.find((r) => r.code === code)!;
    const sum = (f: (i: number) => number) => Array.from({ length: UNITS }, (_, i) => f(i)).reduce((a, b) => a + b, 0);
    expect(row("3.1.3").value).toBe(sum((i) => 65 + i) + 1);
    expect(row("1.1.1").value).toBe(sum((i) => 30 + i));
    expect(row("7.6.2").value).toBe(sum((i) => 1000 + 10 * i));
    const weighted = sum((i) => (90 + (i % 10)) * (1000 + 10 * i)) / sum((i) => 1000 + 10 * i);
    expect(row("7.6.2.a")).toMatchObject({ method: "weighted-mean", value: Math.round(weighted * 100) / 100 });
    expect(row("3.3.3")).toMatchObject({ method: "unweighted-mean", value: Math.round((sum((i) => 40 + (i % 50)) / UNITS) * 100) / 100 });
    expect(row("1.4.2").counts).toEqual({ "Trực tuyến": 17, "Phát phiếu": 17, "Kết hợp": 16 });
    expect(row("5.1.1").fraction).toEqual({ num: sum((i) => i % 3), den: 3 * UNITS });
  };

  it("consolidates 50 unit reports with exact totals, listing the seeded error, the unreadable file and the other template", async () => {
    const out = path.join(dir, "tong-hop.json");
    const r = cchc(["aggregate", docs, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Đã tổng hợp 50/55 báo cáo theo mẫu tk-7-linh-vuc-2021, kỳ 6 tháng đầu năm 2021.");
    expect(r.stdout).toMatch(/bom\.docx: Thành phần word\/document\.xml khi giải nén vượt quá 16 MB/);
    expect(r.stdout).toMatch(/thuc-the\.docx: Thành phần word\/document\.xml có khai báo DOCTYPE\/ENTITY/);
    expect(r.stdout).toMatch(/cong-van\.docx: không có phần dữ liệu của báo cáo CCHC \(không do công cụ này tạo\) và không có bảng phụ lục số liệu theo mẫu nào/);
    expect(r.stdout).toMatch(/don-vi-17\.docx \(Sở thứ 17\): sum 3\.1\.3/);
    expect(r.stdout).toMatch(/hong\.docx: Tệp \.docx bị hỏng/);
    expect(r.stdout).toMatch(/khac-mau\.docx: báo cáo theo mẫu tk-khanh-hoa-2021/);
    const summary = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(summary.units).toBe(50);
    expectTotals(summary.rows);
    expect(summary.problems).toHaveLength(6);
  }, 120_000);

  it("gives the same totals from the extracted report-data files, and writes Excel with a sheet per unit", async () => {
    const out = path.join(dir, "tong-hop.xlsx");
    const r = cchc(["aggregate", jsons, "-o", out, "--json"]);
    expect(r.code).toBe(1); // the seeded error
    expect(JSON.parse(r.stdout)).toMatchObject({ aggregated: 50, problems: [expect.objectContaining({ problem: "sum 3.1.3" })] });
    const json = path.join(dir, "tong-hop-2.json");
    cchc(["aggregate", jsons, "-o", json]);
    expectTotals(JSON.parse(fs.readFileSync(json, "utf8")).rows);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(["Tổng hợp", "Đơn vị cần xem lại", "Sở thứ 0"]);
    expect(wb.worksheets).toHaveLength(52);
    const first = wb.worksheets[0];
    expect(first.getRow(1).values).toEqual([undefined, "Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu tổng hợp", "Cách tính", "Số đơn vị báo cáo"]);
    // A unit's sheet names the unit in full and its file (a sheet's name is cut at 31 characters).
    const unit = wb.worksheets[2];
    expect(unit.getRow(1).values).toEqual([undefined, "Đơn vị", "Sở thứ 0", expect.stringMatching(/don-vi-00\.json$/)]);
    expect(unit.getRow(2).values).toEqual([undefined, "Mã", "Chỉ tiêu", "Số liệu"]);
  }, 120_000);

  it("writes CSV, and refuses an unknown output type or an empty folder", () => {
    const out = path.join(dir, "tong-hop.csv");
    expect(cchc(["aggregate", jsons, "-o", out]).code).toBe(1);
    // For Excel: a byte order mark, Vietnamese headers, and the units to look at again (issue #15).
    const csv = fs.readFileSync(out, "utf8");
    expect(csv.split("\n")[0]).toBe("\uFEFFMã,Chỉ tiêu,Đơn vị tính,Số liệu tổng hợp,Cách tính,Số đơn vị báo cáo");
    expect(csv).toContain("\nĐơn vị cần xem lại\nTệp,Đơn vị,Vấn đề\n");
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-empty-"));
    for (const args of [
      ["aggregate", jsons, "-o", path.join(dir, "x.pdf")],
      ["aggregate", empty, "-o", path.join(dir, "y.json")],
    ]) {
      const r = cchc(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  }, 60_000);
});
