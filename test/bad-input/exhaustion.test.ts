/**
 * Issue #15, item 4: every input is bounded before it is read — parts the reader never uses are
 * never inflated, the entry count is read before the entries, a file's size is checked before it
 * is read, Excel workbooks are bounded before exceljs inflates them, an aggregate unit sheet holds
 * only the template's rows. Times and memory are measured in the bench (npm run bench -- refusal).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { DocxPackage } from "../../src/document/docx/read-docx";
import { valuesFromXlsx } from "../../src/import/read-values";
import { cchc } from "../cli/run-cchc";
import { docxBytes, tk7 } from "../document/docx-helpers";
import { fixture } from "../helpers";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "cchc-exh-"));

/** The report with an extra entry stored uncompressed, then one byte of `marker` flipped in the zip's bytes. */
async function withFlippedByte(part: string, content: string, marker: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await docxBytes());
  zip.file(part, content, { compression: "STORE" });
  const bytes = await zip.generateAsync({ type: "uint8array" });
  const at = Buffer.from(bytes).indexOf(Buffer.from(marker));
  expect(at).toBeGreaterThan(0);
  bytes[at] ^= 0x20;
  return bytes;
}

describe("bounded before read", () => {
  it("never inflates a part it does not use: a damaged media entry does not stop reading, filling or saving", async () => {
    const bytes = await withFlippedByte("word/media/image1.bin", "MEDIA-PAYLOAD-0123456789", "MEDIA-PAYLOAD");
    const doc = await DocxReportDocument.open(bytes);
    expect((await doc.read(tk7)).values["3.1.3"]).toBe("65");
    await doc.fillValues(tk7, { "1.1.1": "36" }, { overwrite: true });
    const saved = await JSZip.loadAsync(await doc.save(), { checkCRC32: false });
    // Copied as it was, damaged byte and all: the tool neither read it nor "repaired" it.
    expect(await saved.file("word/media/image1.bin")!.async("string")).toBe("mEDIA-PAYLOAD-0123456789");
  });

  it("refuses a part it reads whose bytes do not match its CRC-32, instead of reading altered text", async () => {
    const zip = await JSZip.loadAsync(await docxBytes());
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml, { compression: "STORE" });
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const at = Buffer.from(bytes).indexOf(Buffer.from(">65<"));
    bytes[at + 1] = "7".charCodeAt(0);
    const pkg = await DocxPackage.open(bytes);
    await expect(pkg.text("word/document.xml")).rejects.toMatchObject({ code: "corrupt-part", message: expect.stringContaining("mã kiểm tra CRC không khớp") });
  });

  it("reads the entry count before the entries (a zip claiming 2,000 entries)", async () => {
    const zip = new JSZip();
    for (let i = 0; i < 2000; i++) zip.file(`e/${i}`, "");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(DocxPackage.open(bytes)).rejects.toMatchObject({ code: "too-many-entries" });
  });

  it("checks a file's size before reading it: a 60 MB JSON and a 31 MB .docx are refused at once", () => {
    const dir = tmp();
    const json = path.join(dir, "lon.json");
    fs.writeFileSync(json, "");
    fs.truncateSync(json, 60 * 1024 * 1024);
    const r = cchc(["check", json]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`cchc: tệp ${json} quá lớn (60 MB); chỉ nhận tệp đến 5 MB. Tệp không được đọc.`);
    const docx = path.join(dir, "lon.docx");
    fs.writeFileSync(docx, "");
    fs.truncateSync(docx, 31 * 1024 * 1024);
    expect(cchc(["check", docx]).stderr).toContain("quá lớn (31 MB); chỉ nhận tệp đến 30 MB");
  });

  it("bounds an Excel workbook before exceljs inflates it (a part of 70 MB of zeros)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("a").addRow(["ma", "so_lieu"]);
    const zip = await JSZip.loadAsync(new Uint8Array(await wb.xlsx.writeBuffer()));
    zip.file("xl/media/bom.bin", new Uint8Array(70 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    await expect(valuesFromXlsx(bomb)).rejects.toThrow("tệp Excel không được đọc: Thành phần xl/media/bom.bin khi giải nén vượt quá 16 MB");
  });

  it("writes an aggregate unit sheet with the template's rows only, however many codes a unit file holds", async () => {
    const dir = tmp();
    const data = fixture("seed-002.json");
    const junk = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`99.${i}`, "1"]));
    fs.writeFileSync(path.join(dir, "don-vi.json"), JSON.stringify({ ...data, values: { ...data.values, ...junk } }));
    const out = path.join(dir, "tong-hop.xlsx");
    cchc(["aggregate", dir, "-o", out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const unit = wb.worksheets.find((w) => w.name.startsWith("Sở Khoa học"))!;
    expect(unit.rowCount).toBeLessThanOrEqual(tk7.rows.length + 2);
  });
});
