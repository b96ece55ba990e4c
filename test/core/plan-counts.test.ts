/**
 * The year's plan feeds the report (issue #16): its tasks counted, those done, and the report rows
 * that take the counts named by the templates (`fromPlan`), checked by the `plan` rule.
 */
import { planCounts, planFor, valuesFromPlan, withPlanValues } from "../../src/core/plan-counts";
import { validate } from "../../src/core/validation/engine";
import { fixture, template, withValues } from "../helpers";

const plan = template("kh-phan-cong-2021");
// Seed 004, the Sở GDĐT Sóc Trăng plan for 2021, as printed: 50 tasks, no progress yet.
const seed004 = fixture("seed-004.json");

describe("the plan's counts", () => {
  it("seed 004 as printed: 50 tasks (3.a and 3.b are task 3's products), none done", () => {
    expect(planCounts(plan, seed004)).toEqual({ tasks: 50, done: 0, year: 2021 });
  });

  it("a task is done when it and every product under it are Hoàn thành", () => {
    const progress = withValues(seed004, { "1": "Hoàn thành", "2": "2", "3": "Hoàn thành", "3.a": "Hoàn thành", "3.b": "Đang làm", "4": "Đang làm" });
    expect(planCounts(plan, progress).done).toBe(2);
    expect(planCounts(plan, withValues(progress, { "3.b": "Hoàn thành" })).done).toBe(3);
  });

  it("each report template names the rows it feeds", () => {
    const counts = { tasks: 50, done: 12, year: 2021 };
    expect(valuesFromPlan(template("tk-7-linh-vuc-2021"), counts)).toEqual({ "1.1.1": "50", "1.1.2": "12" });
    expect(valuesFromPlan(template("tk-2-cap-2025"), counts)).toEqual({ "1.1.1": "50", "1.1.2": "12" });
    expect(valuesFromPlan(template("tk-khanh-hoa-2021"), counts)).toEqual({ "1.1.a": "50", "1.1.b": "12" });
  });
});

describe("a plan given for a report", () => {
  it("counts a plan of the report's year; refuses a report instead of a plan, and another year's plan", () => {
    expect(planFor(seed004, plan, 2021)).toEqual({ ok: true, counts: { tasks: 50, done: 0, year: 2021 } });
    expect(planFor(fixture("seed-002.json"), template("tk-7-linh-vuc-2021"), 2021)).toEqual({ ok: false, reason: "not-plan" });
    expect(planFor(seed004, plan, 2022)).toEqual({ ok: false, reason: "other-year" });
  });

  it("its counts go where nothing is given; a given value is kept, and listed when it differs", () => {
    expect(withPlanValues({ "1.1.1": "48", "1.1.2": "" }, { "1.1.1": "50", "1.1.2": "12" })).toEqual({
      values: { "1.1.1": "48", "1.1.2": "12" },
      kept: [{ code: "1.1.1", given: "48", planned: "50" }],
    });
    expect(withPlanValues({ "1.1.1": 50 }, { "1.1.1": "50" }).kept).toEqual([]);
  });
});

describe("the plan rule", () => {
  const tk7 = template("tk-7-linh-vuc-2021");
  it("seed 002 (35 tasks set, 21 done) against a plan of 50 and 12: a warning on each, with the reason", () => {
    const issues = validate(tk7, fixture("seed-002.json"), { plan: { tasks: 50, done: 12, year: 2021 } }).filter((i) => i.rule === "plan");
    expect(issues.map((i) => [i.severity, i.target, i.message])).toEqual([
      [
        "warning",
        "1.1.1",
        "Dòng 1.1.1 Số nhiệm vụ đề ra trong kế hoạch = 35, nhưng kế hoạch CCHC năm 2021 đề ra 50 nhiệm vụ. Nếu trong năm có giao thêm hoặc điều chỉnh kế hoạch, hãy giải trình trong cột Ghi chú.",
      ],
      [
        "warning",
        "1.1.2",
        'Dòng 1.1.2 Số nhiệm vụ đã hoàn thành = 21, nhưng kế hoạch CCHC năm 2021 có 12 nhiệm vụ đã hoàn thành (mọi sản phẩm ở mức "Hoàn thành"). Hãy cập nhật tiến độ trong kế hoạch, hoặc số liệu của dòng này.',
      ],
    ]);
  });

  it("no issue when the report agrees with the plan, or when no plan is given", () => {
    expect(validate(tk7, fixture("seed-002.json"), { plan: { tasks: 35, done: 21, year: 2021 } }).filter((i) => i.rule === "plan")).toEqual([]);
    expect(validate(tk7, fixture("seed-002.json")).filter((i) => i.rule === "plan")).toEqual([]);
  });
});
