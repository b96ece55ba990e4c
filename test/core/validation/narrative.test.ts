/**
 * Issue #13: the narrative rules on the seeds' own words (as printed, test/fixtures/narrative/)
 * and on one crafted slip each. Every warning on a seed is pinned here with why it stands.
 */
import * as fs from "fs";
import * as path from "path";
import type { ReportData } from "../../../src/core/model/report-data";
import { validate } from "../../../src/core/validation/engine";
import type { Issue } from "../../../src/core/validation/types";
import { FIXTURES, fixture, template } from "../../helpers";

const narrative = (seed: string): Record<string, string> =>
  (JSON.parse(fs.readFileSync(path.join(FIXTURES, "narrative", `seed-${seed}.json`), "utf8")) as { sections: Record<string, string> }).sections;
const withNarrative = (seed: string, edit: (s: Record<string, string>) => Record<string, string> = (s) => s): ReportData => ({ ...fixture(`seed-${seed}.json`), sections: edit(narrative(seed)) });
const narrativeIssues = (data: ReportData): Issue[] => validate(template(data.template), data).filter((i) => i.rule.startsWith("narrative"));
const key = (i: Issue) => `${i.rule} ${i.target}`;

describe("the narrative rules on the seeds as printed (issue #13)", () => {
  it("seed 000 (quý I/2021, dated 15/3/2021), 002 (6 tháng 2021) and 004 (the plan) read clean", () => {
    for (const seed of ["000", "002", "004"]) expect(narrativeIssues(withNarrative(seed))).toEqual([]);
  });

  it("seed 003 (6 tháng 2021, undated): one date after the data window (14/6/2021), the only warning, and a defensible one", () => {
    const issues = narrativeIssues(withNarrative("003"));
    // "kế hoạch số 13/KH-BQLKDL-NB ngày 15/06/2021": the report has no date, and 15/6 is after the
    // 6-month data window of Nghị định 09/2019 (15/12–14/6): the officer checks it belongs to the period.
    expect(issues.map((i) => `${key(i)} ${i.message}`)).toEqual([
      'narrative-date I.1 Mục I.1 Về kế hoạch và tổ chức, chỉ đạo, điều hành cải cách hành chính: "Về kiểm tra cải cách hành chính: - Theo kế hoạch số 13/KH-BQLKDL-NB ngày 15/06/2021 về việc kiểm tra công tác cải cách hành chính năm 2021" ghi ngày 15/6/2021, sau ngày 14/6/2021 là ngày cuối của kỳ lấy số liệu (Nghị định 09/2019/NĐ-CP; báo cáo chưa ghi ngày). Kiểm tra lại ngày này, hoặc việc này có thuộc kỳ báo cáo không.',
    ]);
    // Dated 30/6/2021, the same report has nothing to say.
    const dated = withNarrative("003");
    expect(narrativeIssues({ ...dated, header: { ...dated.header, ngay: "30/6/2021" } })).toEqual([]);
  });
});

describe("one crafted slip each is found exactly once (seed 002, dated 15/6/2021)", () => {
  const at = (id: string, sentence: string) => (s: Record<string, string>) => ({ ...s, [id]: `${s[id] ?? ""}\n${sentence}` });

  it("narrative-period: a stale period left from last year's report; a later period, a comparison and a plain year are not slips", () => {
    const issues = narrativeIssues(withNarrative("002", at("I.1", "Trong quý III/2020, Sở đã ban hành kế hoạch kiểm tra.")));
    expect(issues.map(key)).toEqual(["narrative-period I.1"]);
    expect(issues[0].message).toBe(
      'Mục I.1 Về kế hoạch và tổ chức, chỉ đạo, điều hành cải cách hành chính: "Trong quý III/2020, Sở đã ban hành kế hoạch kiểm tra" nói về quý III năm 2020 như kỳ đang báo cáo, nhưng báo cáo này là 6 tháng đầu năm 2021. Có thể còn sót từ báo cáo kỳ trước: kiểm tra lại câu này.',
    );
    expect(narrativeIssues(withNarrative("002", at("I.1", "Trong 6 tháng đầu năm 2020 Sở đã tổ chức 2 lớp.")))).toHaveLength(1);
    for (const fine of ["Trong quý III/2021, Sở sẽ kiểm tra 3 phòng.", "Số hồ sơ tăng so với trong quý III/2020.", "Những tiêu chí trong năm 2020 chưa đạt được."]) {
      expect(narrativeIssues(withNarrative("002", at("I.1", fine)))).toEqual([]);
    }
  });

  it("the same words repeated in a section (a pasted block) are one slip, said once", () => {
    const issues = narrativeIssues(withNarrative("002", at("I.1", "Trong quý III/2020, Sở đã ban hành kế hoạch kiểm tra. ".repeat(500))));
    expect(issues.map(key)).toEqual(["narrative-period I.1"]);
  });

  it("narrative-date: a date after the report's date, not a deadline, and a plan of year N dated early in N−1", () => {
    const after = narrativeIssues(withNarrative("002", at("II.2", "Sở đã ban hành Quyết định số 99/QĐ-SKHCN ngày 20/7/2021 về công bố TTHC.")));
    expect(after.map(key)).toEqual(["narrative-date II.2"]);
    expect(after[0].message).toContain("ghi ngày 20/7/2021, sau ngày 15/6/2021 của báo cáo");
    expect(narrativeIssues(withNarrative("002", at("II.2", "Các phòng hoàn thành trước ngày 30/9/2021.")))).toEqual([]);
    const early = narrativeIssues(withNarrative("002", at("I.1", "Sở ban hành Kế hoạch số 01/KH-SKHCN ngày 10/01/2020 về cải cách hành chính năm 2021.")));
    expect(early.map(key)).toEqual(["narrative-date I.1"]);
    expect(early[0].message).toContain("là kế hoạch năm 2021 nhưng ghi ngày 10/1/2020");
  });

  it("narrative-number: a count in the text that the appendix row contradicts, through the abbreviations; agreeing or ambiguous words say nothing", () => {
    // Seed 002's 2.1 Số VBQPPL đã ban hành/tham mưu ban hành = 0.
    const issues = narrativeIssues(withNarrative("002", at("II.1", "Trong kỳ, Sở đã tham mưu ban hành 05 văn bản quy phạm pháp luật.")));
    expect(issues.map(key)).toEqual(["narrative-number II.1"]);
    expect(issues[0].message).toBe(
      'Mục II.1 Cải cách thể chế: "Trong kỳ, Sở đã tham mưu ban hành 05 văn bản quy phạm pháp luật" không khớp với dòng 2.1 Số VBQPPL đã ban hành/tham mưu ban hành ở phụ lục = 0. Kiểm tra lại số trong câu hoặc ở phụ lục.',
    );
    expect(narrativeIssues(withNarrative("002", at("II.1", "Trong kỳ, Sở đã tham mưu ban hành 0 văn bản quy phạm pháp luật.")))).toEqual([]);
    expect(narrativeIssues(withNarrative("002", at("II.1", "Sở có 05 văn bản quy phạm pháp luật đang áp dụng.")))).toEqual([]);
  });
});
