import { countBySeverity, validate } from "../../../src/core/validation/engine";
import type { Issue } from "../../../src/core/validation/types";
import { fixture, template, withValues } from "../../helpers";

const tk7 = template("tk-7-linh-vuc-2021");
const khanhHoa = template("tk-khanh-hoa-2021");
const seed002 = fixture("seed-002.json");

const key = (i: Issue) => `${i.severity} ${i.rule} ${i.target}`;

/** Issues a mutation added and removed, compared to the unmutated report. */
function diff(before: Issue[], after: Issue[]) {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  return { added: after.filter((i) => !b.has(key(i))).map(key), removed: before.filter((i) => !a.has(key(i))).map(key) };
}

describe("seed 002 (Sở KH&CN Quảng Ngãi, 6 tháng 2021) as printed", () => {
  const issues = validate(tk7, seed002);

  it("yields no error in draft mode", () => {
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("warns only about empty rows: 7.6.1 holds its value as the form prints it (Đã kết nối), 7.4 its 01 without a unit (issue #12)", () => {
    expect(issues.filter((i) => i.rule !== "required")).toEqual([]);
    expect(issues.filter((i) => i.rule === "required").map((i) => i.target)).toEqual(["1.3.2", "1.3.3", "3.5.3", "7.8.2", "7.8.4"]);
    expect(tk7.get("7.6.1")).toMatchObject({ group: false, kind: "text", optional: true });
    expect(tk7.get("7.4")).toMatchObject({ kind: "text", unit: undefined });
  });

  it("before signing, empty rows and the blank number become errors", () => {
    const final = validate(tk7, seed002, { mode: "final" });
    const errors = final.filter((i) => i.severity === "error");
    expect(new Set(errors.map((i) => i.rule))).toEqual(new Set(["required", "header"]));
    expect(errors.filter((i) => i.rule === "header").map((i) => i.target)).toEqual(["so-ky-hieu"]);
    expect(final.find((i) => i.target === "1.3.2")!.message).toBe("Dòng 1.3.2 Số nhiệm vụ đã hoàn thành đúng hạn: chưa có số liệu. Cần điền trước khi ký (ghi 0 nếu không có).");
    // A percentage is not told to "ghi 0 nếu không có" (issue #18): it is told how a percentage is written.
    expect(final.find((i) => i.target === "7.8.4")!.message).toMatch(/: chưa có số liệu\. Cần điền trước khi ký \(tỷ lệ %, ví dụ 98,4\)\.$/);
  });

  describe("a single mutation triggers exactly one rule on the expected row", () => {
    const base = validate(tk7, seed002);
    it.each([
      ["1.1.2", "40", "warning le 1.1.2"], // completed > planned (35): rows the form does not print as parts, a warning (issue #13)
      ["3.1.3.a", "60", "error sum 3.1.3"], // 60 + 0 + 0 ≠ 65
      ["3.1.3", "2.027", "error sum 3.1.3"],
      ["3.3.3", "101", "error range 3.3.3"],
      ["4.2.5", "7,891", "error range 4.2.5"],
      ["2.3", "-4", "error range 2.3"],
      ["1.1.3", "9,5", "error range 1.1.3"],
      ["1.4.2", "3", "error code 1.4.2"],
      ["1.5", "Có lẽ", "error code 1.5"],
      ["7.6.2", "Đã kết nối", "error type 7.6.2"],
      ["3.4.1", "98.4", "error type 3.4.1"],
      ["1.2.4", "2", "warning le 1.2.4"], // dealt with > found (0): may include earlier periods' findings
      ["5.1.1", "03/02", "error le 5.1.1"], // numerator > denominator
      ["4.3.2", "26", "warning le 4.3.2"], // present above quota (25): a warning
      ["3.5.1", "70", "warning le 3.5.1"], // integrated on the portal > TTHC in force (65): two sources
      ["9.9", "5", "warning unknown 9.9"],
    ])("%s = %s → %s", (code, value, expected) => {
      const after = validate(tk7, withValues(seed002, { [code]: value }));
      expect(diff(base, after)).toEqual({ added: [expected], removed: [] });
    });

    it("on time + late > assigned (1.3.2 + 1.3.3 ≤ 1.3.1) fills an empty row and warns about it", () => {
      const after = validate(tk7, withValues(seed002, { "1.3.2": "3" }));
      expect(diff(base, after)).toEqual({ added: ["warning le 1.3.2"], removed: ["warning required 1.3.2"] });
    });

    it("shares of one total together above 100 % (7.6.2.a + 7.6.2.b)", () => {
      const start = withValues(seed002, { "7.6.2.a": "40", "7.6.2.b": "50" });
      const after = validate(tk7, withValues(start, { "7.6.2.b": "70" }));
      expect(diff(validate(tk7, start), after)).toEqual({ added: ["error le 7.6.2.b"], removed: [] });
    });

    it("public service units by autonomy level against the number of units (6.1–6.4 ≤ 4.1.4): a warning", () => {
      const start = withValues(seed002, { "4.1.4": "1" });
      expect(validate(tk7, start).filter((i) => i.severity === "error")).toEqual([]);
      const after = validate(tk7, withValues(start, { "6.1": "2" }));
      expect(diff(validate(tk7, start), after)).toEqual({ added: ["warning le 6.1"], removed: [] });
    });
  });

  it("a sum is skipped while the total is empty (4.1.4), and a percentage among the children (4.1.4.d = 50 %) takes no part", () => {
    expect(issues.filter((i) => i.rule === "sum")).toEqual([]);
    const filled = validate(tk7, withValues(seed002, { "4.1.4": "1" }));
    expect(filled.filter((i) => i.rule === "sum")).toEqual([]);
    const wrong = validate(tk7, withValues(seed002, { "4.1.4": "3" }));
    expect(wrong.filter((i) => i.rule === "sum").map(key)).toEqual(["error sum 4.1.4"]);
  });

  it("writes the sum message an officer reads at once, with Vietnamese numbers", () => {
    const after = validate(tk7, withValues(seed002, { "3.1.3": "2.027", "3.1.3.a": "1.200", "3.1.3.b": "500", "3.1.3.c": "252" }));
    expect(after.find((i) => i.rule === "sum")!.message).toBe(
      "Dòng 3.1.3 Tổng số TTHC đang có hiệu lực = 2.027, nhưng các dòng trong đó cộng lại = 1.952 (3.1.3.a = 1.200, 3.1.3.b = 500, 3.1.3.c = 252). Hai số phải bằng nhau.",
    );
  });

  it("names the row, quotes the value and says what is expected", () => {
    const msg = (code: string, value: string) => validate(tk7, withValues(seed002, { [code]: value })).find((i) => i.target === code)!.message;
    expect(msg("1.1.2", "40")).toBe(
      "Dòng 1.1.2 Số nhiệm vụ đã hoàn thành = 40, lớn hơn dòng 1.1.1 Số nhiệm vụ đề ra trong kế hoạch = 35. Số nhiệm vụ hoàn thành có thể gồm cả nhiệm vụ phát sinh ngoài kế hoạch; nếu số liệu đúng, hãy giải trình trong cột Ghi chú.",
    );
    expect(msg("3.3.3", "101")).toBe("Dòng 3.3.3 Tỷ lệ TTHC đã được phê duyệt quy trình nội bộ = 101 %, nhưng tỷ lệ phải từ 0 đến 100 %.");
    expect(msg("1.4.2", "3")).toBe('Dòng 1.4.2 Hình thức khảo sát: "3" không phải là một lựa chọn của dòng này. Chọn một trong: Trực tuyến = 0, Phát phiếu = 1, Kết hợp = 2.');
    expect(msg("3.4.1", "98.4")).toContain("Phần thập phân ghi bằng dấu phẩy, ví dụ 98,9");
    expect(msg("7.6.2", "Đã kết nối")).toContain('"Đã kết nối" không phải là một số');
  });

  it("a cumulative row below the previous period's value is flagged (period)", () => {
    const previous = withValues(seed002, { "6.3": "02/02" });
    const now = validate(tk7, seed002, { previous });
    expect(now.filter((i) => i.rule === "period").map(key)).toEqual(["warning period 6.3"]);
    expect(now.find((i) => i.rule === "period")!.message).toContain("kỳ này = 1, nhỏ hơn kỳ trước = 2");
    expect(validate(tk7, seed002, { previous: seed002 }).filter((i) => i.rule === "period")).toEqual([]);
  });

  it("across 1/7/2025 the previous period on tk-7-linh-vuc-2021 is read through tk-2-cap-2025's code map; another template is said, not ignored", () => {
    const tk2 = template("tk-2-cap-2025");
    // Renumbered rows mean the same: 3.4.2 (cấp xã) was 3.4.3; 5.2.3 (viên chức) was 5.2.4.
    expect(tk2.data.previousTemplate).toMatchObject({ id: "tk-7-linh-vuc-2021", codes: { "3.4.2": "3.4.3", "5.2.3": "5.2.4", "6.3": "6.3" } });
    const now = { ...seed002, template: "tk-2-cap-2025", period: { year: 2025, kind: "6-thang" as const }, values: { "6.3": "01/01" } };
    const previous = withValues({ ...seed002, period: { year: 2025, kind: "quy-1" as const } }, { "6.3": "02/02" });
    const issues = validate(tk2, now, { previous }).filter((i) => i.rule === "period");
    expect(issues.map(key)).toEqual(["warning period 6.3"]);
    expect(issues[0].message).toContain("kỳ này = 1, nhỏ hơn kỳ trước = 2");
    const other = validate(tk7, seed002, { previous: { ...seed002, template: "tk-khanh-hoa-2021" } }).filter((i) => i.rule === "period");
    expect(other.map((i) => `${i.severity} ${i.message}`)).toEqual([
      "info Số liệu kỳ trước dùng mẫu tk-khanh-hoa-2021, kỳ này dùng mẫu tk-7-linh-vuc-2021: hai mẫu không có bảng đối chiếu mã chỉ tiêu, nên không so sánh được các dòng lũy kế.",
    ]);
  });
});

describe("seed 000 (Trường CĐ Kỹ thuật Công nghệ Nha Trang, quý I 2021)", () => {
  const issues = validate(khanhHoa, fixture("seed-000.json"));
  it("staff present above quota (141 > 140) is a warning, not an error", () => {
    const le = issues.filter((i) => i.rule === "le");
    expect(le.map(key)).toEqual(["warning le 4.3.b"]);
    expect(le[0].message).toBe(
      "Dòng 4.3.b Tổng số người làm việc có mặt = 141, lớn hơn dòng 4.3.a Tổng số người làm việc được giao = 140. Số có mặt có thể vượt số được giao trong thời gian chờ tinh giản, điều chuyển; nếu số liệu đúng, hãy giải trình trong cột Ghi chú.",
    );
    expect(countBySeverity(issues).error).toBe(0);
  });
  it("the header as printed is complete and correct (293/BC-CĐKTCN, 15/3/2021 after the 14/3 cut-off)", () => {
    expect(issues.filter((i) => i.rule === "header")).toEqual([]);
  });
  it('"Không" in the count rows 1.3.2.a and 1.3.2.b is none: no type error', () => {
    expect(issues.filter((i) => i.target?.startsWith("1.3.2"))).toEqual([]);
  });
  it("a đơn vị sự nghiệp is not asked for Cải cách thể chế", () => {
    expect(issues.filter((i) => i.area === "the-che")).toEqual([]);
  });
});

describe("seed 003 (BQL KDL bán đảo Cam Ranh, 6 tháng 2021)", () => {
  it("reads 149/149 as 100 % and finds no error", () => {
    const issues = validate(khanhHoa, fixture("seed-003.json"));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(issues.filter((i) => i.rule === "header").map(key)).toEqual(["warning header ngay"]);
  });
});

describe("every seed as printed (issue #13: a report the Sở Nội vụ accepted gives no error)", () => {
  it.each(["seed-000.json", "seed-002.json", "seed-003.json", "seed-004.json"])("%s gives no error", (name) => {
    const data = fixture(name);
    expect(validate(template(data.template), data).filter((i) => i.severity === "error")).toEqual([]);
  });
});
