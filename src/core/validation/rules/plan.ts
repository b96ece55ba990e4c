/**
 * `plan`: the rows the year's plan feeds (Số nhiệm vụ đề ra trong kế hoạch, … đã hoàn thành) agree
 * with the plan given (--plan). A warning with its reason, never an error: the report may count
 * tasks added during the year, or a plan revised since.
 */
import { vi } from "../../../strings";
import type { CheckContext, Issue } from "../types";
import { n, rowRef } from "./refs";

export function checkPlan(ctx: CheckContext): Issue[] {
  const plan = ctx.plan;
  if (!plan) return [];
  const out: Issue[] = [];
  for (const row of ctx.template.rows) {
    if (!row.fromPlan) continue;
    const parsed = ctx.parsed.get(row.code);
    if (parsed?.status !== "ok" || parsed.value.number === undefined) continue;
    const expected = row.fromPlan === "tasks" ? plan.tasks : plan.done;
    if (parsed.value.number === expected) continue;
    out.push({
      severity: "warning",
      rule: "plan",
      target: row.code,
      targetKind: "value",
      area: row.area,
      message: (row.fromPlan === "tasks" ? vi.check.planTasks : vi.check.planDone)(rowRef(row, ctx.data.agency.level), n(parsed.value.number), n(expected), plan.year),
    });
  }
  return out;
}
