import { validate } from "../../../src/core/validation/engine";
import type { Issue } from "../../../src/core/validation/types";
import type { ReportData } from "../../../src/core/model/report-data";
import { fixture, template } from "../../helpers";

const khanhHoa = template("tk-khanh-hoa-2021");
const seed000 = fixture("seed-000.json");
const rules = (issues: Issue[], rule: string) => issues.filter((i) => i.rule === rule);
const withHeader = (data: ReportData, header: Record<string, string | undefined>): ReportData => ({ ...data, header: { ...data.header, ...header } });

describe("header rule (Nghị định 30/2020)", () => {
  const check = (header: Record<string, string | undefined>, mode: "draft" | "final" = "draft") => rules(validate(khanhHoa, withHeader(seed000, header), { mode }), "header");

  it("seed 000's header as printed has no issue, in draft or before signing", () => {
    expect(check({})).toEqual([]);
    expect(check({}, "final")).toEqual([]);
  });

  it("a ký hiệu not of the form <số>/<loại>-<cơ quan> is an error", () => {
    const issues = check({ "so-ky-hieu": "293-BC/CĐKTCN" });
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", target: "so-ky-hieu", message: 'Số, ký hiệu "293-BC/CĐKTCN" không đúng dạng <số>/<tên loại>-<cơ quan ban hành>, ví dụ 293/BC-CĐKTCN.' }),
    ]);
  });

  it("the number may stay blank in a draft only", () => {
    expect(check({ "so-ky-hieu": "/BC-CĐKTCN" })).toEqual([]);
    expect(check({ "so-ky-hieu": "/BC-CĐKTCN" }, "final").map((i) => i.severity)).toEqual(["error"]);
  });

  it("a plan's ký hiệu on a report is a warning", () => {
    expect(check({ "so-ky-hieu": "293/KH-CĐKTCN" }).map((i) => `${i.severity} ${i.target}`)).toEqual(["warning so-ky-hieu"]);
  });

  it("a date that does not exist", () => {
    expect(check({ ngay: "31/4/2021" })).toEqual([expect.objectContaining({ severity: "error", target: "ngay", message: "Ngày ký …/4/2021 không có thật trên lịch.".replace("…", "31") })]);
  });

  it("a date before the end of the cut-off window (quý I: 14/3)", () => {
    const issues = check({ ngay: "10/3/2021" });
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "error",
        target: "ngay",
        message: "Ngày ký 10/3/2021 sớm hơn ngày chốt số liệu 14/3/2021 của kỳ báo cáo Quý I năm 2021; báo cáo phải ký sau khi chốt số liệu.",
      }),
    ]);
    expect(check({ ngay: "14/3/2021" })).toEqual([]);
  });

  it("the day may stay blank in a draft only; a month before the cut-off month is still too early", () => {
    expect(check({ ngay: "/3/2021" })).toEqual([]);
    expect(check({ ngay: "/3/2021" }, "final").map((i) => i.message)).toEqual(["Ngày ký …/3/2021 còn để trống ngày; chỉ bản dự thảo mới được để trống."]);
    expect(check({ ngay: "/2/2021" }).map((i) => i.severity)).toEqual(["error"]);
  });

  it("a malformed date", () => {
    expect(check({ ngay: "mười lăm tháng ba" }).map((i) => `${i.severity} ${i.target}`)).toEqual(["error ngay"]);
  });

  it("no signer: a warning in a draft, an error before signing", () => {
    expect(check({ "nguoi-ky": "" }).map((i) => `${i.severity} ${i.message}`)).toEqual(["warning Phần đầu văn bản: chưa ghi họ tên người ký."]);
    expect(check({ "nguoi-ky": undefined }, "final").map((i) => i.severity)).toEqual(["error"]);
  });
});

describe("section rule", () => {
  const outlineTexts = (overrides: Record<string, string> = {}) => ({
    "I.1": "Nhà trường đã ban hành Kế hoạch cải cách hành chính năm 2021 số 104/KH-CĐKTCN ngày 25/01/2021.",
    "I.2": "Lãnh đạo nhà trường đã chỉ đạo xây dựng kế hoạch kiểm tra công tác CCHC năm 2021.",
    "I.3": "Quán triệt Nghị quyết của Đại hội Đảng bộ tỉnh Khánh Hòa lần thứ XVIII.",
    "II.2": "Nhà trường đã phân công rõ trách nhiệm của từng đơn vị, cá nhân.",
    "II.3": "Tiếp tục rà soát, sắp xếp tổ chức bộ máy.",
    "II.4": "Tiếp tục rà soát vị trí việc làm.",
    "II.5": "Đẩy mạnh phân cấp nguồn thu và nhiệm vụ chi giữa các đơn vị.",
    "II.6": "Nhà trường đã có sự đầu tư mạnh mẽ trang thiết bị công nghệ thông tin.",
    III: "Vẫn còn một bộ phận nhỏ cán bộ, viên chức chưa nhận thức đầy đủ về cải cách hành chính.",
    IV: "Tiếp tục triển khai Kế hoạch chương trình cải cách hành chính năm 2021.",
    V: "Không có.",
    ...overrides,
  });
  const check = (sections: Record<string, string>, mode: "draft" | "final" = "draft") => rules(validate(khanhHoa, { ...seed000, sections }, { mode }), "section");

  it("seed 000's sections (quý I; II.1 thể chế not written by a đơn vị sự nghiệp) have no issue", () => {
    expect(check(outlineTexts())).toEqual([]);
  });

  it("an empty section, or one still showing its placeholder", () => {
    const issues = check(outlineTexts({ "I.2": "", "II.2": "[Nêu kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính trong kỳ, kèm số liệu.]" }));
    expect(issues.map((i) => `${i.severity} ${i.target} ${i.message}`)).toEqual([
      "warning I.2 Mục I.2 Về kiểm tra công tác cải cách hành chính: chưa có nội dung.",
      "warning II.2 Mục II.2 Cải cách thủ tục hành chính: vẫn còn dòng hướng dẫn của mẫu, cần thay bằng nội dung báo cáo.",
    ]);
    expect(check(outlineTexts({ "I.2": "" }), "final").map((i) => i.severity)).toEqual(["error"]);
  });

  it("an optional section (III, IV, V) deleted is fine; left with its placeholder it would print (an error before signing); left empty, a warning", () => {
    const { III: _iii, IV: _iv, V: _v, ...seed002Like } = outlineTexts();
    expect(check(seed002Like, "final")).toEqual([]);
    const placeholder = check(outlineTexts({ V: "[Nêu kiến nghị, đề xuất với cấp trên (nếu có).]" }), "final");
    expect(placeholder.map((i) => `${i.severity} ${i.target} ${i.message}`)).toEqual([
      'error V Mục V Kiến nghị, đề xuất: vẫn còn dòng hướng dẫn của mẫu. Mục này không bắt buộc: viết nội dung, hoặc bỏ cả đề mục và dòng hướng dẫn khỏi văn bản (trong công cụ: nút "Bỏ mục này", thẻ Nội dung).',
    ]);
    expect(check(outlineTexts({ IV: "" }), "final").map((i) => `${i.severity} ${i.target}`)).toEqual(["warning IV"]);
  });

  it("a sở writes II.1 Cải cách thể chế; a đơn vị sự nghiệp does not", () => {
    const so = { ...seed000, agency: { name: "Sở X", level: "tinh" as const }, sections: outlineTexts() };
    expect(rules(validate(khanhHoa, so), "section").map((i) => i.target)).toEqual(["II.1"]);
  });
});
