/**
 * The year's CCHC plan feeds the report: how many tasks it sets (Số nhiệm vụ đề ra trong kế hoạch)
 * and how many are done (đã hoàn thành). A task is a top row of the plan's task table; it is done
 * when it and every row under it (its products) are at the plan's last stage — the option with the
 * highest code, "Hoàn thành" in kh-phan-cong-2021. Which report rows take these counts is template
 * data (`fromPlan` on a row), never a code written here.
 */
import { parseValue } from "./grammar/value";
import type { ReportData } from "./model/report-data";
import type { Template } from "./model/template";

export interface PlanCounts {
  readonly tasks: number;
  readonly done: number;
  /** The plan's year: it feeds that year's reports. */
  readonly year: number;
}

export function planCounts(plan: Template, data: ReportData): PlanCounts {
  const isDone = (code: string): boolean => {
    const row = plan.get(code)!;
    const last = Math.max(...row.options.map((o) => o.value));
    const parsed = parseValue(data.values[code], row);
    return parsed.status === "ok" && parsed.value.option !== undefined && parsed.value.option.value === last;
  };
  const tasks = plan.rows.filter((r) => r.parent === null);
  const done = tasks.filter((t) => isDone(t.code) && plan.rows.every((r) => !r.code.startsWith(`${t.code}.`) || isDone(r.code))).length;
  return { tasks: tasks.length, done, year: data.period.year };
}

/**
 * The counts of a plan given for a report of `reportYear` (`template`: the one its data names); or why it cannot feed it: the file holds a
 * report of another template (not a plan), or the plan of another year.
 */
export function planFor(data: ReportData, template: Template | undefined, reportYear: number): { ok: true; counts: PlanCounts } | { ok: false; reason: "not-plan" | "other-year" } {
  if (!template || template.data.layout !== "assignment") return { ok: false, reason: "not-plan" };
  if (data.period.year !== reportYear) return { ok: false, reason: "other-year" };
  return { ok: true, counts: planCounts(template, data) };
}

/**
 * The plan's counts put where `values` have nothing; a value already there is kept, and listed when
 * it differs from the plan's (the command line says so).
 */
export function withPlanValues<V extends string | number>(
  values: Readonly<Record<string, V>>,
  fromPlan: Readonly<Record<string, string>>,
): { values: Record<string, V | string>; kept: { code: string; given: string; planned: string }[] } {
  const out: Record<string, V | string> = { ...values };
  const kept: { code: string; given: string; planned: string }[] = [];
  for (const [code, planned] of Object.entries(fromPlan)) {
    const given = String(out[code] ?? "").trim();
    if (given === "") out[code] = planned;
    else if (given !== planned) kept.push({ code, given, planned });
  }
  return { values: out, kept };
}

/** The report rows the plan feeds, with their counts (as text, as values are kept). */
export function valuesFromPlan(report: Template, counts: PlanCounts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of report.rows) {
    if (row.fromPlan === "tasks") out[row.code] = String(counts.tasks);
    if (row.fromPlan === "tasks-done") out[row.code] = String(counts.done);
  }
  return out;
}
