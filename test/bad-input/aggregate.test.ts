/** Issue #15, item 7: aggregate follows each real path once and counts a unit once. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cchc } from "../cli/run-cchc";
import { fixture } from "../helpers";

describe("aggregate", () => {
  it("follows a symbolic link loop once and counts a unit given twice once, listing both files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-agg-"));
    const units = path.join(dir, "don-vi");
    fs.mkdirSync(units);
    const data = fixture("seed-002.json");
    fs.writeFileSync(path.join(units, "a.json"), JSON.stringify(data));
    fs.writeFileSync(path.join(units, "b-ban-sao.json"), JSON.stringify(data));
    fs.writeFileSync(path.join(units, "c.json"), JSON.stringify({ ...data, agency: { name: "Sở Y tế tỉnh Quảng Ngãi", level: "tinh" } }));
    // A loop: a link inside the folder to the folder itself, and a second link to a.json.
    fs.symlinkSync(units, path.join(units, "vong"));
    fs.symlinkSync(path.join(units, "a.json"), path.join(units, "lien-ket.json"));
    const out = path.join(dir, "tong-hop.json");
    const r = cchc(["aggregate", units, "-o", out, "--json"]);
    const result = JSON.parse(r.stdout);
    expect(result.files).toBe(3);
    expect(result.aggregated).toBe(2);
    expect(result.problems).toEqual([
      { file: path.join(units, "b-ban-sao.json"), agency: data.agency.name, problem: `cùng đơn vị và kỳ với tệp ${path.join(units, "a.json")}; chỉ tính một lần (tệp đó)` },
    ]);
    const summary = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(summary.rows.find((x: { code: string }) => x.code === "3.1.3").value).toBe(130);
  });

  it("refuses a walk gone too deep (a folder given by mistake) at once, with one line", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-deep-"));
    let deep = dir;
    for (let i = 0; i < 18; i++) deep = path.join(deep, `c${i}`);
    fs.mkdirSync(deep, { recursive: true });
    fs.writeFileSync(path.join(deep, "a.json"), JSON.stringify(fixture("seed-002.json")));
    const r = cchc(["aggregate", dir, "-o", path.join(dir, "th.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("cchc: thư mục lồng nhau quá 16 cấp; có lẽ đã chỉ nhầm thư mục. Hãy chỉ đúng thư mục chứa báo cáo của các đơn vị.");
  });
});
