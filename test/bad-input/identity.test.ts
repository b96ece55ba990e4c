/** Issue #15, items 5 and 8: identity — another report's data is refused; options that contradict a document are said; existing outputs refused first. */
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { docxParts, zipParts } from "../../src/document/docx/write-docx";
import { cchc } from "../cli/run-cchc";
import { fixture } from "../helpers";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "cchc-id-"));
const NEW = ["new", "--template", "tk-7-linh-vuc-2021", "--kind", "6-thang", "--year", "2021", "--agency", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "--agency-level", "tinh"];

function report(dir: string): string {
  const doc = path.join(dir, "bao-cao.docx");
  expect(cchc([...NEW, "-o", doc]).code).toBe(0);
  return doc;
}

describe("identity", () => {
  it("fill refuses report data of another period or agency, saying what differs, and writes nothing", () => {
    const dir = tmp();
    const doc = report(dir);
    const other = path.join(dir, "quy-3.json");
    fs.writeFileSync(other, JSON.stringify({ ...fixture("seed-002.json"), period: { year: 2021, kind: "quy-3" }, agency: { name: "Sở Y tế", level: "tinh" } }));
    const out = path.join(dir, "ra.docx");
    const r = cchc(["fill", doc, other, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${other} là số liệu của báo cáo khác với ${doc}: kỳ Báo cáo quý III (Quý III năm 2021), văn bản là Báo cáo 6 tháng (6 tháng đầu năm 2021); cơ quan "Sở Y tế", văn bản của "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi". Không điền.`,
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it("fill on a document without our data part says to make the report first, naming no option fill lacks", () => {
    const dir = tmp();
    const plain = path.join(dir, "thuong.docx");
    const doc = report(dir);
    // A .docx without our data part: the same document with its customXml removed.
    return JSZip.loadAsync(fs.readFileSync(doc)).then(async (zip) => {
      zip.remove("customXml/item1.xml");
      fs.writeFileSync(plain, await zip.generateAsync({ type: "uint8array" }));
      const values = path.join(dir, "v.json");
      fs.writeFileSync(values, '{"3.1.3": "65"}');
      const r = cchc(["fill", plain, values, "-o", path.join(dir, "ra.docx")]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Hãy tạo báo cáo bằng "cchc new"');
      expect(r.stderr).not.toMatch(/--template|--kind/);
    });
  });

  it("extract says when the options contradict the document's own identity (exit 1), and uses the document's", () => {
    const dir = tmp();
    const doc = report(dir);
    const r = cchc(["extract", doc, "--json", "--template", "tk-7-linh-vuc-2021", "--kind", "nam", "--year", "2021", "--agency", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "--agency-level", "tinh"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Thông tin chỉ định khác với chính văn bản: kỳ Báo cáo năm (năm 2021), văn bản là Báo cáo 6 tháng (6 tháng đầu năm 2021)");
    expect(JSON.parse(r.stdout).period).toEqual({ year: 2021, kind: "6-thang" });
  });

  it("extract of a plain Word document lists what the template expects and it lacks (exit 1)", async () => {
    const dir = tmp();
    const plain = path.join(dir, "trong.docx");
    // A blank A4 document with nothing of ours: no control, no data part.
    const parts = docxParts({ templateId: "", templateVersion: "", period: { year: 2021, kind: "nam" }, agency: { name: "", level: "tinh" }, header: {}, blocks: [] }, fixture("seed-002.json"));
    const { "customXml/item1.xml": _data, "customXml/itemProps1.xml": _props, "customXml/_rels/item1.xml.rels": _rels, ...rest } = parts;
    fs.writeFileSync(plain, await zipParts(rest));
    const r = cchc(["extract", plain, "--json", "--template", "tk-7-linh-vuc-2021", "--kind", "6-thang", "--year", "2021", "--agency", "Sở A", "--agency-level", "tinh"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cchc:label:1, cchc:note:1, cchc:label:1\.1, .* … \(\d{3}\)/);
  });

  it("refuses an existing output before reading anything (even a missing input)", () => {
    const dir = tmp();
    const out = path.join(dir, "co-roi.docx");
    fs.writeFileSync(out, "x");
    for (const args of [
      ["fill", "/khong/co.docx", "/khong/co.csv", "-o", out],
      ["extract", "/khong/co.docx", "-o", out],
      [...NEW, "-o", out],
      ["aggregate", "/khong/co", "-o", path.join(dir, "x.json")],
    ]) {
      if (args[0] === "aggregate") fs.writeFileSync(path.join(dir, "x.json"), "{}");
      const r = cchc(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/đã có; chọn tên khác để không ghi đè/);
    }
  });
});
