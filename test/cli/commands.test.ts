import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { FIXTURES } from "../helpers";
import { cchc } from "./run-cchc";

const seed002 = path.join(FIXTURES, "seed-002.json");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "cchc-cmd-"));
const NEW = ["new", "--template", "tk-7-linh-vuc-2021", "--kind", "6-thang", "--year", "2021", "--agency", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "--agency-level", "tinh"];
const oneLine = (stderr: string) => {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

function newReport(dir: string, withData = true): string {
  const out = path.join(dir, "bao-cao.docx");
  const r = cchc([...NEW, ...(withData ? ["--data", seed002] : []), "-o", out]);
  expect(r.code).toBe(0);
  return out;
}

async function editValue(file: string, code: string, from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  const re = new RegExp(`(<w:tag w:val="cchc:value:${code.replace(/\./g, "\\.")}"/>(?:(?!<w:t ).)*<w:t xml:space="preserve">)${from}<`, "s");
  expect(re.test(xml)).toBe(true);
  zip.file("word/document.xml", xml.replace(re, `$1${to}<`));
  fs.writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
}

describe("cchc templates", () => {
  it("lists the templates with id, version, title, kinds and agency levels", () => {
    const r = cchc(["templates", "--json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.map((t: { id: string }) => t.id)).toEqual(["tk-khanh-hoa-2021", "tk-7-linh-vuc-2021", "tk-2-cap-2025", "kh-phan-cong-2021", "bang-ho-so-tthc"]);
    expect(list[2]).toMatchObject({ version: "1.0.0", levels: ["tinh", "xa", "su-nghiep"] });
    expect(cchc(["templates"]).stdout).toContain("tk-2-cap-2025 (phiên bản 1.0.0)");
  });
});

describe("cchc new → check → extract", () => {
  it("writes a report .docx filled from the data, which checks and extracts back to the same values", () => {
    const dir = tmp();
    const file = newReport(dir);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    const second = path.join(dir, "thu-2.docx");
    expect(JSON.parse(cchc([...NEW, "--data", seed002, "-o", second, "--json"]).stdout)).toEqual({
      output: second,
      template: "tk-7-linh-vuc-2021",
      period: { year: 2021, kind: "6-thang" },
      agency: { name: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", level: "tinh" },
      values: 77,
    });
    const check = cchc(["check", file, "--json"]);
    expect(check.code).toBe(0);
    const issues = JSON.parse(check.stdout).issues;
    expect(issues.filter((i: { rule: string }) => i.rule === "section").length).toBeGreaterThan(0); // sections still show placeholders
    const extract = cchc(["extract", file]);
    expect(extract.code).toBe(0);
    const data = JSON.parse(extract.stdout);
    expect(data.values["3.1.3"]).toBe("65");
    expect(data.values["7.6.2"]).toBe("1.050");
    expect(data.values["3.4.1"]).toBe("98,4");
    expect(data.header["so-ky-hieu"]).toBe("/BC-SKHCN");
    const out = path.join(dir, "so-lieu.json");
    expect(cchc(["extract", file, "-o", out]).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, "utf8")).values).toEqual(data.values);
  });

  it("extracts a document whose tags were lost through the titles", async () => {
    const dir = tmp();
    const file = newReport(dir);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml.replace(/<w:tag w:val="[^"]*"\/>/g, ""));
    fs.writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
    const r = cchc(["extract", file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).values["3.1.3"]).toBe("65");
    expect(r.stderr).toContain("được đọc theo tiêu đề");
  });

  it("refuses bad options, unknown templates, and never overwrites an existing file", () => {
    const dir = tmp();
    const file = newReport(dir);
    for (const args of [
      [...NEW.slice(0, 5), "quy-5", ...NEW.slice(6), "-o", path.join(dir, "x.docx")],
      ["new", "--template", "tk-khong-co", ...NEW.slice(3), "-o", path.join(dir, "y.docx")],
      [...NEW, "-o", file],
      [...NEW.slice(0, 9), "-o", path.join(dir, "z.docx")],
    ]) {
      const r = cchc(args);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
    }
    expect(cchc([...NEW, "-o", file]).stderr).toContain("đã có; chọn tên khác");
  });
});

describe("cchc fill", () => {
  it("fills from CSV (semicolons, Vietnamese headers), reporting codes with no cell", () => {
    const dir = tmp();
    const file = newReport(dir, false);
    const csv = path.join(dir, "so-lieu.csv");
    fs.writeFileSync(csv, "Mã chỉ tiêu;Số liệu;Ghi chú\n3.1.3;2027;\n3.1.3.a;1.200;\n1.4.2;Kết hợp;Khảo sát kết hợp\n9.9;5;\n");
    const out = path.join(dir, "da-dien.docx");
    const r = cchc(["fill", file, csv, "-o", out]);
    expect(r.code).toBe(1); // 9.9 has no cell
    expect(r.stdout).toContain("điền 3 chỉ tiêu");
    expect(r.stdout).toContain("Không có ô số liệu cho các mã: 9.9.");
    const data = JSON.parse(cchc(["extract", out]).stdout);
    // As written in the CSV: the option by its label ("Kết hợp"), kept (issue #12).
    expect(data.values).toMatchObject({ "3.1.3": "2.027", "3.1.3.a": "1.200", "1.4.2": "Kết hợp" });
  });

  it("fills from Excel (.xlsx)", async () => {
    const dir = tmp();
    const file = newReport(dir, false);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Số liệu");
    ws.addRow(["ma", "so_lieu"]);
    ws.addRow(["4.2.1", 35]);
    ws.addRow(["4.2.5", 7.89]);
    ws.addRow(["5.1.1", "02/02"]);
    const xlsx = path.join(dir, "so-lieu.xlsx");
    await wb.xlsx.writeFile(xlsx);
    const out = path.join(dir, "da-dien.docx");
    const r = cchc(["fill", file, xlsx, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).written.sort()).toEqual(["4.2.1", "4.2.5", "5.1.1"]);
    expect(JSON.parse(cchc(["extract", out]).stdout).values).toMatchObject({ "4.2.1": "35", "4.2.5": "7,89", "5.1.1": "02/02" });
  });

  it("never overwrites a value the officer typed, unless --overwrite", async () => {
    const dir = tmp();
    const file = newReport(dir);
    await editValue(file, "3.1.3", "65", "70"); // the officer typed 70 in Word
    const json = path.join(dir, "moi.json");
    fs.writeFileSync(json, JSON.stringify({ "3.1.3": "66", "1.1.1": "36" }));
    const out = path.join(dir, "a.docx");
    const r = cchc(["fill", file, json, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3.1.3: trong văn bản "70", số liệu mới "66"');
    expect(JSON.parse(cchc(["extract", out]).stdout).values).toMatchObject({ "3.1.3": "70", "1.1.1": "36" });
    const forced = path.join(dir, "b.docx");
    expect(cchc(["fill", file, json, "-o", forced, "--overwrite"]).code).toBe(0);
    expect(JSON.parse(cchc(["extract", forced]).stdout).values["3.1.3"]).toBe("66");
  });

  it("unusable inputs: a CSV without a code column, an unknown file type, the same file as output", () => {
    const dir = tmp();
    const file = newReport(dir);
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, "a,b\n1,2\n");
    const txt = path.join(dir, "so-lieu.txt");
    fs.writeFileSync(txt, "x");
    for (const args of [
      ["fill", file, bad, "-o", path.join(dir, "o1.docx")],
      ["fill", file, txt, "-o", path.join(dir, "o2.docx")],
      ["fill", file, bad, "-o", file],
    ]) {
      const r = cchc(args);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
    }
    expect(cchc(["fill", file, bad, "-o", path.join(dir, "o3.docx")]).stderr).toContain("không tìm thấy cột mã chỉ tiêu");
  });
});

describe("cchc on files that are not reports", () => {
  it("a text file named .docx, and a .docx without our data part", async () => {
    const dir = tmp();
    const fake = path.join(dir, "gia.docx");
    fs.writeFileSync(fake, "không phải docx");
    let r = cchc(["extract", fake]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain("không phải là tệp Word");
    const zip = new JSZip();
    zip.file("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Công văn</w:t></w:r></w:p></w:body></w:document>');
    const plain = path.join(dir, "cong-van.docx");
    fs.writeFileSync(plain, await zip.generateAsync({ type: "uint8array" }));
    r = cchc(["check", plain]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cong-van.docx không do công cụ này tạo và không có bảng phụ lục số liệu theo mẫu nào");
  });
});

describe("cchc new and the templates' validity dates (issue #12)", () => {
  const base = ["--agency", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "--agency-level", "tinh"];
  it("refuses the two-level form for quý I/2025 and the 2021 form for 2026 (exit 2), naming the dates and the form to use", () => {
    const early = cchc(["new", "--template", "tk-2-cap-2025", "--kind", "quy-1", "--year", "2025", ...base, "-o", path.join(tmp(), "a.docx")]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain("mẫu tk-2-cap-2025 chỉ dùng cho số liệu từ 01/07/2025, không dùng cho kỳ quý I năm 2025; dùng mẫu: tk-khanh-hoa-2021, tk-7-linh-vuc-2021.");
    const late = cchc(["new", "--template", "tk-7-linh-vuc-2021", "--kind", "6-thang", "--year", "2026", ...base, "-o", path.join(tmp(), "b.docx")]);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain("mẫu tk-7-linh-vuc-2021 chỉ dùng cho số liệu đến 30/06/2025, không dùng cho kỳ 6 tháng đầu năm 2026; dùng mẫu: tk-2-cap-2025.");
  });

  it("new --data: another unit's or period's data is refused, never relabelled; codes the form has no row for are said and kept in the data part", async () => {
    const dir = tmp();
    const other = cchc([
      "new",
      "--template",
      "tk-7-linh-vuc-2021",
      "--kind",
      "nam",
      "--year",
      "2021",
      "--agency",
      "UBND huyện Sơn Tịnh",
      "--agency-level",
      "huyen",
      "--data",
      seed002,
      "-o",
      path.join(dir, "x.docx"),
    ]);
    expect(other.code).toBe(2);
    oneLine(other.stderr);
    expect(other.stderr).toContain("là số liệu của báo cáo khác với báo cáo đang tạo");
    expect(fs.existsSync(path.join(dir, "x.docx"))).toBe(false);
    const data = JSON.parse(fs.readFileSync(seed002, "utf8"));
    data.values["3.1.33"] = "5";
    data.notes = { ...data.notes, "3.1.34": "ghi chú của một mã không có" };
    const file = path.join(dir, "la.json");
    fs.writeFileSync(file, JSON.stringify(data));
    const out = path.join(dir, "y.docx");
    const r = cchc([...NEW, "--data", file, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Mẫu không có ô cho các mã sau; số liệu và ghi chú của chúng vẫn giữ trong phần dữ liệu của tệp, không in ra: 3.1.33, 3.1.34.");
    const part = await (await JSZip.loadAsync(fs.readFileSync(out))).file("customXml/item1.xml")!.async("string");
    expect(part).toContain('"3.1.34":"ghi chú của một mã không có"');
    // Seed 002's 3.1.3 as printed still reads back.
    expect(JSON.parse(cchc(["extract", out, "--json"]).stdout).values["3.1.3"]).toBe("65");
  });

  it("JSON not in UTF-8 is refused (Vietnamese letters would be lost), UTF-16 with its mark is read; a number JSON cannot carry exactly is refused", () => {
    const dir = tmp();
    const text = fs.readFileSync(seed002, "utf8");
    // A byte per letter, as Windows-1258 writes it: "ô" is the one byte 0xF4, not UTF-8 (letters outside Latin-1 become "?").
    const latin = path.join(dir, "cp1258.json");
    fs.writeFileSync(latin, Buffer.from(Array.from(text, (c) => (c.charCodeAt(0) > 0xff ? "?" : c)).join(""), "latin1"));
    const bad = cchc(["check", latin]);
    expect(bad.code).toBe(2);
    oneLine(bad.stderr);
    expect(bad.stderr).toContain("không dùng bảng mã UTF-8");
    const utf16 = path.join(dir, "unicode.json");
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(cchc(["check", utf16, "--json"]).code).not.toBe(2);
    const big = path.join(dir, "so-lon.json");
    fs.writeFileSync(big, text.replace('"3.1.1": "07"', '"3.1.1": 12345678901234567890'));
    const r = cchc(["check", big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("values.3.1.1: số này quá lớn (hoặc vô hạn) để giữ đúng từng chữ số");
  });

  it("a mistyped option is said in Vietnamese, in one line: an unknown option, a missing value, a value to a flag", () => {
    const cases: [string[], string][] = [
      [["check", seed002, "--frob"], "cchc: tham số không đúng: không có tùy chọn --frob (xem README hoặc chạy cchc không kèm tham số để xem cách dùng)"],
      [[...NEW.slice(0, 7), "--year", "-o", "y.docx"], 'cchc: tham số không đúng: tùy chọn --year cần một giá trị đi ngay sau nó (một giá trị bắt đầu bằng "-" thì viết dạng --year=giá-trị)'],
      [["check", seed002, "--json=yes"], "cchc: tham số không đúng: tùy chọn --json không nhận giá trị"],
    ];
    for (const [args, said] of cases) {
      const r = cchc(args);
      expect([r.code, r.stderr.trim()]).toEqual([2, said]);
    }
  });

  it("extract writes JSON only to a .json name", () => {
    const dir = tmp();
    const doc = newReport(dir);
    const r = cchc(["extract", doc, "-o", path.join(dir, "ra.docx")]);
    expect([r.code, r.stderr.trim()]).toEqual([2, `cchc: ${path.join(dir, "ra.docx")}: extract ghi số liệu báo cáo dạng JSON; hãy đặt tên tệp ra có đuôi .json.`]);
    expect(fs.existsSync(path.join(dir, "ra.docx"))).toBe(false);
  });
});
