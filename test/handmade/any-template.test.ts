/**
 * Every report template's form, typed by hand with values in every row, is recognised
 * (template, period, level) and read: at least 95 % of its printed values, none invented.
 * The seeds cover two forms (tk-khanh-hoa-2021, tk-7-linh-vuc-2021); these are the others,
 * and the seeds' forms printed the other seed's way, for periods the seeds do not have.
 */
import type { ReportData } from "../../src/core/model/report-data";
import { appliesTo, Template } from "../../src/core/model/template";
import { builtInTemplates } from "../../src/core/templates/registry";
import { scanBody } from "../../src/document/docx/scan-body";
import { readHandmade } from "../../src/document/handmade/read-handmade";
import { template } from "../helpers";
import { documentXml, printedForm, SeedStyle } from "./handmade-docx";

/** A value of the row's kind, different from row to row. */
function valueFor(t: Template, code: string, i: number): string {
  const row = t.get(code)!;
  switch (row.kind) {
    case "percent":
      return `${90 + (i % 10)},5`;
    case "coded":
      return row.options[i % row.options.length].label;
    case "fraction":
      return `${i % 3}/3`;
    case "text":
      return "Đã kết nối";
    default:
      return String(i % 13);
  }
}

interface Case {
  readonly id: string;
  readonly data: Omit<ReportData, "values" | "template">;
  readonly style: SeedStyle;
}

const body = [
  "Thực hiện Công văn số 15/UBND-NC ngày 05/01/2026 của UBND tỉnh về việc báo cáo cải cách hành chính định kỳ,",
  "đơn vị báo cáo kết quả thực hiện như sau:",
  "I. Công tác chỉ đạo, điều hành CCHC",
  "1. Về tổ chức, chỉ đạo, điều hành cải cách hành chính",
  "Đã ban hành kế hoạch.",
];

const CASES: readonly Case[] = [
  {
    id: "tk-2-cap-2025",
    data: { agency: { name: "UBND xã Hòa Thắng", level: "xa" }, period: { kind: "6-thang", year: 2026 } },
    style: {
      trichYeu: ["Công tác cải cách hành chính 6 tháng đầu năm 2026"],
      appendixHead: ["PHỤ LỤC", "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"],
      kemTheo: "(Kèm theo Báo cáo số /BC-UBND ngày /6/2026 của UBND xã Hòa Thắng)",
      printing: "quang-ngai",
    },
  },
  {
    id: "tk-7-linh-vuc-2021",
    data: { agency: { name: "Sở Tư pháp tỉnh Quảng Ngãi", level: "tinh" }, period: { kind: "nam", year: 2024 } },
    style: {
      trichYeu: ["Kết quả công tác cải cách hành chính năm 2024"],
      appendixHead: ["PHỤ LỤC"],
      kemTheo: "(Kèm theo Báo cáo số 20/BC-STP ngày 10/12/2024 của Sở Tư pháp tỉnh Quảng Ngãi)",
      printing: "khanh-hoa",
    },
  },
  {
    id: "tk-khanh-hoa-2021",
    data: { agency: { name: "UBND huyện Cam Lâm", level: "huyen" }, period: { kind: "quy-3", year: 2022 } },
    style: {
      trichYeu: ["Công tác cải cách hành chính quý III năm 2022"],
      appendixHead: ["Phụ lục 2"],
      kemTheo: "(Kèm theo báo cáo số 7/BC-UBND ngày 12 tháng 9 năm 2022 của UBND huyện Cam Lâm)",
      printing: "quang-ngai",
    },
  },
  {
    id: "kh-phan-cong-2021",
    data: { agency: { name: "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng", level: "tinh" }, period: { kind: "ke-hoach", year: 2021 } },
    style: {
      docName: "KẾ HOẠCH",
      trichYeu: ["Cải cách hành chính năm 2021"],
      appendixHead: ["PHỤ LỤC"],
      kemTheo: "(Kèm theo Kế hoạch số /KH-SGDĐT ngày /01/2021 của Sở Giáo dục và Đào tạo tỉnh Sóc Trăng)",
      printing: "khanh-hoa",
    },
  },
];

describe("every template's form typed by hand", () => {
  it.each(CASES.map((c) => [c.id, c] as const))("%s", (_, c) => {
    const t = template(c.id);
    const values = Object.fromEntries(t.rows.filter((r) => !r.group && appliesTo(r, c.data.agency.level)).map((r, i) => [r.code, valueFor(t, r.code, i)]));
    const data: ReportData = { ...c.data, template: t.id, values };
    const r = readHandmade(scanBody(documentXml(printedForm(data, t, c.style, body))), builtInTemplates());
    expect(r.template?.id).toBe(t.id);
    expect(r.data?.period).toEqual(c.data.period);
    expect(r.data?.agency).toEqual(c.data.agency);
    const read = r.data!.values;
    const right = Object.keys(values).filter((code) => read[code] === values[code]);
    expect(right.length / Object.keys(values).length).toBeGreaterThanOrEqual(0.95);
    // None invented: every value read is the one printed in that row.
    expect(Object.entries(read).filter(([code, v]) => values[code] !== v)).toEqual([]);
  });
});
