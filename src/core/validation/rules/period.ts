/** `period`: a cumulative row (lũy kế) does not fall below the previous period's value. */
import { parseValue } from "../../grammar/value";
import { vi } from "../../../strings";
import type { CheckContext, Issue } from "../types";
import { n, rowRef } from "./refs";

export function checkPeriod(ctx: CheckContext): Issue[] {
  const prev = ctx.previous;
  if (!prev || prev.template !== ctx.template.id) return [];
  const out: Issue[] = [];
  for (const row of ctx.template.rows) {
    if (!row.cumulative || row.group) continue;
    const now = ctx.parsed.get(row.code);
    const before = parseValue(prev.values[row.code], row);
    if (now?.status !== "ok" || before.status !== "ok") continue;
    const a = now.value.number;
    const b = before.value.number;
    if (a === undefined || b === undefined || a >= b) continue;
    out.push({
      severity: "warning",
      rule: "period",
      target: row.code,
      targetKind: "value",
      area: row.area,
      message: vi.check.period(rowRef(row, ctx.data.agency.level), n(a), n(b)),
    });
  }
  return out;
}
