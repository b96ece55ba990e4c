/** Issue #18, point 6: a saved report gets a name saying what it is, not bao-cao-cchc.docx for every file. */
import { agencyAbbreviation, reportFileName } from "../../src/taskpane/components/workbench/file-name";
import { fixture } from "../helpers";

describe("the proposed file name", () => {
  it("takes the agency's short name from its ký hiệu (seeds 000, 002, 003)", () => {
    expect(reportFileName(fixture("seed-002.json"))).toBe("BC-CCHC-6T-2021-SKHCN.docx");
    expect(reportFileName(fixture("seed-003.json"))).toBe("BC-CCHC-6T-2021-BQLKDL.docx");
    // 293/BC-CĐKTCN: the Đ goes as D, for a name every system accepts.
    expect(reportFileName(fixture("seed-000.json"))).toMatch(/^BC-CCHC-Q1-2021-CDKTCN\.docx$/);
  });

  it("without a ký hiệu, the initials of the agency's name before its place; a plan is KH", () => {
    const agency = { name: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", level: "tinh" as const };
    expect(agencyAbbreviation({ agency })).toBe("SKHCN");
    expect(reportFileName({ agency, period: { year: 2026, kind: "ke-hoach" } })).toBe("KH-CCHC-2026-SKHCN.docx");
    expect(reportFileName({ agency: { name: "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng", level: "tinh" }, period: { year: 2025, kind: "nam" } })).toBe("BC-CCHC-NAM-2025-SGDDT.docx");
  });
});
