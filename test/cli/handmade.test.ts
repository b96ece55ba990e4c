/**
 * `cchc extract`, `check` and `aggregate` on reports typed by hand (the seeds'
 * tables as Word writes them), through the real binary.
 */
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { handmadeDocx, printedSeed } from "../handmade/handmade-docx";
import { FIXTURES } from "../helpers";
import { cchc } from "./run-cchc";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-handmade-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  for (const seed of ["000", "002"] as const) fs.writeFileSync(file(`seed-${seed}.docx`), await handmadeDocx(printedSeed(seed)));
  const zip = new JSZip();
  zip.file("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Công văn</w:t></w:r></w:p></w:body></w:document>');
  fs.writeFileSync(file("cong-van.docx"), await zip.generateAsync({ type: "uint8array" }));
  const noTitle = printedSeed("002");
  fs.writeFileSync(file("khong-trich-yeu.docx"), await handmadeDocx({ ...noTitle, trichYeu: [], appendixHead: noTitle.appendixHead.slice(0, -1) }));
});

describe("cchc on reports typed by hand", () => {
  it("extract: seed 002 read with no options, its printed values as typed, how it was read on stderr", () => {
    const r = cchc(["extract", file("seed-002.docx")]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data).toMatchObject({ template: "tk-7-linh-vuc-2021", period: { kind: "6-thang", year: 2021 }, agency: { name: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", level: "tinh" } });
    expect(data.values).toMatchObject({ "1.1.3": "09", "1.2.1": "0", "3.1.3": "65", "5.1.1": "02/02", "7.6.1": "Đã kết nối", "7.6.2": "1.050" });
    expect(r.stderr).toContain("nhận ra mẫu tk-7-linh-vuc-2021 (121 dòng khớp), 6 tháng đầu năm 2021");
    expect(r.stderr).toContain("Mã in khác mẫu (đọc theo tên chỉ tiêu): 1.1.1 → 1.2.1, 1.1.2 → 1.2.2, 1.1.3 → 1.2.3, 1.1.4 → 1.2.4.");
  });

  it("extract: an option given wins over what the document says, and is said", () => {
    const r = cchc(["extract", file("seed-002.docx"), "--agency-level", "huyen", "--agency", "Sở KH&CN"]);
    expect(JSON.parse(r.stdout).agency).toEqual({ name: "Sở KH&CN", level: "huyen" });
    expect(r.stderr).toContain("cấp của cơ quan: theo tùy chọn dòng lệnh");
  });

  it("extract: a report that does not say its period asks for --kind and --year (exit 2, one line)", () => {
    const r = cchc(["extract", file("khong-trich-yeu.docx")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("không nhận ra được kỳ báo cáo từ văn bản; hãy chỉ rõ --kind và --year.");
    const given = cchc(["extract", file("khong-trich-yeu.docx"), "--kind", "6-thang", "--year", "2021"]);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout).period).toEqual({ kind: "6-thang", year: 2021 });
  });

  it("check: seed 000 as typed gives no error", () => {
    const r = cchc(["check", file("seed-000.docx"), "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.counts.error).toBe(0);
    // 4.3.b (141 present) > 4.3.a (140 given): the seed's own warning.
    expect(out.issues.map((i: { rule: string; target: string }) => `${i.rule} ${i.target}`)).toContain("le 4.3.b");
  });

  it("aggregate: a report typed by hand with one the tool made; the summary says which was read by hand", () => {
    const made = file("cong-cu.docx");
    const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, "seed-002.json"), "utf8"));
    const json = file("don-vi-khac.json");
    fs.writeFileSync(json, JSON.stringify({ ...data, agency: { ...data.agency, name: "Sở Tư pháp tỉnh Quảng Ngãi" } }));
    const identity = ["--template", "tk-7-linh-vuc-2021", "--kind", "6-thang", "--year", "2021", "--agency", "Sở Tư pháp tỉnh Quảng Ngãi", "--agency-level", "tinh"];
    expect(cchc(["new", ...identity, "--data", json, "-o", made]).code).toBe(0);
    const sub = file("don-vi");
    fs.mkdirSync(sub);
    fs.copyFileSync(made, path.join(sub, "cong-cu.docx"));
    fs.copyFileSync(file("seed-002.docx"), path.join(sub, "seed-002.docx"));
    const out = file("tong-hop.json");
    const r = cchc(["aggregate", sub, "-o", out]);
    expect(r.stdout).toContain("Đã tổng hợp 2/2 báo cáo theo mẫu tk-7-linh-vuc-2021");
    expect(r.stdout).toContain("1 báo cáo được đọc từ văn bản soạn tay (không do công cụ này tạo):");
    const summary = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(summary.handmade).toEqual([path.join(sub, "seed-002.docx")]);
    const row = (code: string) => summary.rows.find((x: { code: string }) => x.code === code);
    expect(row("1.1.1").value).toBe(70);
    expect(row("3.1.3").value).toBe(130);
  });
});

describe("cchc adopt", () => {
  it("takes seed 002 over; the result is read by extract as the tool's own, with no option", () => {
    const out = file("da-chuyen.docx");
    const r = cchc(["adopt", file("seed-002.docx"), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã chuyển");
    expect(r.stdout).toContain("Gắn ô cho 95 dòng số liệu (77 dòng đã có số liệu), 121 ô ghi chú và 9 mục nội dung.");
    const back = cchc(["extract", out]);
    expect(back.code).toBe(0);
    expect(back.stderr).toBe("");
    expect(JSON.parse(back.stdout).values).toMatchObject({ "1.1.3": "09", "1.2.1": "0", "5.1.1": "02/02", "7.6.2": "1.050" });
  });

  it("lists what it left (exit 1), refuses a report that is already structured and a document with no appendix (exit 2)", () => {
    const left = cchc(["adopt", file("seed-000.docx"), "-o", file("000-chuyen.docx")]);
    expect(left.code).toBe(1);
    expect(left.stdout).toContain("1.1.b: ô có nhiều đoạn văn");
    const again = cchc(["adopt", file("da-chuyen.docx"), "-o", file("lan-hai.docx")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("đã là báo cáo có cấu trúc");
    expect(fs.existsSync(file("lan-hai.docx"))).toBe(false);
    const none = cchc(["adopt", file("cong-van.docx"), "-o", file("cong-van-2.docx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("cong-van.docx không do công cụ này tạo và không có bảng phụ lục số liệu theo mẫu nào");
  });
});

describe("cchc check --previous with a .docx", () => {
  it("the previous period as a report the tool made, or one typed by hand: cumulative rows checked against it", async () => {
    const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, "seed-002.json"), "utf8"));
    const current = file("hien-tai.json");
    fs.writeFileSync(current, JSON.stringify(data));
    // The previous period said 3 units were autonomous (6.3, cumulative): this period's 01/01 is fewer.
    const json = file("ky-truoc.json");
    fs.writeFileSync(json, JSON.stringify({ ...data, values: { ...data.values, "6.3": "3" } }));
    const made = file("ky-truoc.docx");
    const identity = ["--template", "tk-7-linh-vuc-2021", "--kind", "6-thang", "--year", "2021", "--agency", data.agency.name, "--agency-level", "tinh"];
    expect(cchc(["new", ...identity, "--data", json, "-o", made]).code).toBe(0);
    const typed = file("ky-truoc-soan-tay.docx");
    fs.writeFileSync(typed, await handmadeDocx(printedSeed("002", { valueCells: { "6.3": "3" } }), { valueCells: { "6.3": "3" } }));
    for (const previous of [made, typed]) {
      const r = cchc(["check", current, "--json", "--previous", previous]);
      expect(
        JSON.parse(r.stdout)
          .issues.filter((i: { rule: string }) => i.rule === "period")
          .map((i: { target: string }) => i.target),
      ).toEqual(["6.3"]);
      expect(r.stderr).toBe(previous === typed ? `${typed}: đọc từ báo cáo soạn tay (mẫu tk-7-linh-vuc-2021, 77 số liệu; xem chi tiết bằng cchc extract ${typed}).\n` : "");
    }
  });
});

describe("--plan: the year's plan feeds the report", () => {
  const plan = () => {
    const p = JSON.parse(fs.readFileSync(path.join(FIXTURES, "seed-004.json"), "utf8"));
    const f = file("ke-hoach.json");
    if (!fs.existsSync(f)) fs.writeFileSync(f, JSON.stringify({ ...p, values: { "1": "Hoàn thành", "2": "Hoàn thành", "3": "Đang làm" } }));
    return f;
  };
  const identity = ["--template", "tk-7-linh-vuc-2021", "--kind", "nam", "--year", "2021", "--agency", "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng", "--agency-level", "tinh"];

  it("new --plan: 1.1.1 and 1.1.2 from the plan; check --plan agrees, and warns once a figure differs", () => {
    const out = file("bao-cao-nam.docx");
    const r = cchc(["new", ...identity, "--plan", plan(), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Lấy từ kế hoạch: 1.1.1 = 50, 1.1.2 = 2.");
    expect(JSON.parse(cchc(["extract", out]).stdout).values).toMatchObject({ "1.1.1": "50", "1.1.2": "2" });
    const agree = JSON.parse(cchc(["check", out, "--json", "--plan", plan()]).stdout);
    expect(agree.issues.filter((i: { rule: string }) => i.rule === "plan")).toEqual([]);
    const data = JSON.parse(cchc(["extract", out]).stdout);
    const other = file("so-lieu-khac.json");
    fs.writeFileSync(other, JSON.stringify({ ...data, values: { ...data.values, "1.1.1": "48" } }));
    const differs = JSON.parse(cchc(["check", other, "--json", "--plan", plan()]).stdout);
    expect(differs.issues.filter((i: { rule: string }) => i.rule === "plan").map((i: { target: string }) => i.target)).toEqual(["1.1.1"]);
  });

  it("fill --plan alone fills the rows it feeds, never over what the officer typed; a plan of another year is refused", () => {
    const blank = file("bao-cao-trong.docx");
    expect(cchc(["new", ...identity, "-o", blank]).code).toBe(0);
    const filled = file("bao-cao-da-dien-kh.docx");
    const r = cchc(["fill", blank, "--plan", plan(), "-o", filled]);
    expect(r.code).toBe(0);
    expect(JSON.parse(cchc(["extract", filled]).stdout).values).toMatchObject({ "1.1.1": "50", "1.1.2": "2" });
    const nextYear = ["--template", "tk-7-linh-vuc-2021", "--kind", "quy-1", "--year", "2022", "--agency", "Sở GDĐT", "--agency-level", "tinh"];
    const refused = cchc(["new", ...nextYear, "--plan", plan(), "-o", file("nam-sau.docx")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("là kế hoạch CCHC năm 2021, không dùng cho báo cáo năm 2022.");
  });
});
