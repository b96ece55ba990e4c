import * as path from "path";
import { FIXTURES, fixture, withValues } from "../helpers";
import { cchc, tempFile } from "./run-cchc";

const seed002 = path.join(FIXTURES, "seed-002.json");
const oneLineNoStack = (stderr: string) => {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^cchc: /);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe("cchc check on a valid report", () => {
  it("lists issues in Vietnamese by area with counts, exit 0 when there is no error", () => {
    const r = cchc(["check", seed002]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Báo cáo: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi — 6 tháng đầu năm 2021 — mẫu tk-7-linh-vuc-2021");
    expect(r.stdout).toContain("Công tác chỉ đạo, điều hành (2)");
    expect(r.stdout).toContain("Cảnh báo  Dòng 1.3.2 Số nhiệm vụ đã hoàn thành đúng hạn: chưa có số liệu.");
    expect(r.stdout).toContain("Kết quả kiểm tra: 0 lỗi, 5 cảnh báo, 0 lưu ý.");
    expect(r.stderr).toBe("");
  });

  it("--json prints exactly one JSON object with issues and counts", () => {
    const r = cchc(["check", seed002, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["issues", "counts"]);
    expect(out.counts).toEqual({ error: 0, warning: 5, info: 0 });
    expect(out.issues[0]).toEqual({
      severity: "warning",
      rule: "required",
      target: "1.3.2",
      message: "Dòng 1.3.2 Số nhiệm vụ đã hoàn thành đúng hạn: chưa có số liệu.",
    });
    expect(out.issues.every((i: object) => Object.keys(i).join() === "severity,rule,target,message")).toBe(true);
  });

  it("--final (kiểm tra trước khi ký) turns empty rows into errors: exit 1", () => {
    const r = cchc(["check", seed002, "--final"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Báo cáo chưa thể ký: còn lỗi cần sửa.");
    expect(r.stdout).toContain("Lỗi");
  });
});

describe("cchc check on an invalid report", () => {
  it("a sub-total that does not add up: exit 1 and the sum issue", () => {
    const file = tempFile("sai.json", JSON.stringify(withValues(fixture("seed-002.json"), { "3.1.3": "2.027" })));
    const r = cchc(["check", file, "--json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.counts.error).toBe(1);
    expect(out.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([
      {
        severity: "error",
        rule: "sum",
        target: "3.1.3",
        message: "Dòng 3.1.3 Tổng số TTHC đang có hiệu lực = 2.027, nhưng các dòng trong đó cộng lại = 65 (3.1.3.a = 65, 3.1.3.b = 0, 3.1.3.c = 0). Hai số phải bằng nhau.",
      },
    ]);
  });

  it("--previous checks cumulative rows against the previous period", () => {
    const prev = tempFile("truoc.json", JSON.stringify(withValues(fixture("seed-002.json"), { "6.3": "3" })));
    const out = JSON.parse(cchc(["check", seed002, "--json", "--previous", prev]).stdout);
    expect(out.issues.filter((i: { rule: string }) => i.rule === "period").map((i: { target: string }) => i.target)).toEqual(["6.3"]);
  });

  it("--template-file validates against a user's template", () => {
    const tpl = tempFile(
      "mau.json",
      JSON.stringify({
        id: "mau-xa",
        version: "1.0.0",
        title: "Mẫu xã",
        description: "Mẫu thử của xã",
        layout: "statistics",
        kinds: ["nam"],
        levels: ["xa"],
        appendixLabel: "Phụ lục",
        appendixTitle: "THỐNG KÊ",
        rows: [
          { code: "1", label: "Tổng số hồ sơ", unit: "Hồ sơ", area: "thu-tuc-hanh-chinh" },
          { code: "1.a", label: "Trực tuyến", unit: "Hồ sơ" },
          { code: "1.b", label: "Trực tiếp", unit: "Hồ sơ" },
        ],
        relations: [{ type: "sum", total: "1" }],
      }),
    );
    const data = tempFile("xa.json", JSON.stringify({ template: "mau-xa", agency: { name: "UBND xã A", level: "xa" }, period: { year: 2025, kind: "nam" }, values: { "1": 10, "1.a": 4, "1.b": 5 } }));
    const r = cchc(["check", data, "--json", "--template-file", tpl]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues.map((i: { rule: string }) => i.rule)).toEqual(["sum"]);
  });
});

describe("cchc check on unusable input: exit 2, one clear line, no stack trace", () => {
  it.each([
    ["not JSON", () => tempFile("hong.json", "{ values: "), /không phải JSON hợp lệ/],
    ["unknown template", () => tempFile("mau-la.json", JSON.stringify({ ...fixture("seed-002.json"), template: "tk-khong-co" })), /dùng mẫu "tk-khong-co" không có sẵn/],
    ["schema violation", () => tempFile("cap-sai.json", JSON.stringify({ ...fixture("seed-002.json"), agency: { name: "X", level: "quan" } })), /không đúng định dạng số liệu báo cáo: agency\.level/],
    ["missing file", () => "/khong/co/tep.json", /không đọc được tệp \/khong\/co\/tep\.json: không có tệp này/],
  ])("%s", (_name, makeFile, expected) => {
    const r = cchc(["check", makeFile(), "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    oneLineNoStack(r.stderr);
    expect(r.stderr).toMatch(expected);
  });

  it("no file, unknown command, unknown option", () => {
    for (const args of [["check"], ["kiemtra", "a.json"], ["check", seed002, "--bogus"]]) {
      const r = cchc(args);
      expect(r.code).toBe(2);
      oneLineNoStack(r.stderr);
    }
  });

  it("no arguments prints the usage and exits 2; --help exits 0", () => {
    expect(cchc([]).code).toBe(2);
    const help = cchc(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("cchc check <báo-cáo.docx|số-liệu.json> [--final] [--json]");
    for (const command of ["templates", "new", "fill", "extract"]) expect(help.stdout).toContain(`cchc ${command}`);
  });
});

describe("cchc check reads the narrative (issue #13)", () => {
  const slip = { ...fixture("seed-002.json"), sections: { "I.1": "Trong quý III/2020, Sở đã ban hành kế hoạch kiểm tra." } };
  it("on report data and on the .docx made from it: the same narrative-period issue, with the words it quotes", () => {
    const data = tempFile("loi-ky.json", JSON.stringify(slip));
    const fromData = JSON.parse(cchc(["check", data, "--json"]).stdout).issues.filter((i: { rule: string }) => i.rule.startsWith("narrative"));
    expect(fromData).toEqual([expect.objectContaining({ severity: "warning", rule: "narrative-period", target: "I.1", find: "Trong quý III/2020" })]);
    const docx = path.join(path.dirname(data), "loi-ky.docx");
    expect(cchc(["new", "--template", "tk-7-linh-vuc-2021", "--kind", "6-thang", "--year", "2021", "--agency", slip.agency.name, "--agency-level", "tinh", "--data", data, "-o", docx]).code).toBe(0);
    const fromDocx = JSON.parse(cchc(["check", docx, "--json"]).stdout).issues.filter((i: { rule: string }) => i.rule.startsWith("narrative"));
    expect(fromDocx).toEqual(fromData);
  });
});
