/** `period`: a cumulative row (lũy kế) does not fall below the previous period's value. */
import { parseValue } from "../../grammar/value";
import { vi } from "../../../strings";
import type { CheckContext, Issue } from "../types";
import type { Template } from "../../model/template";
import { n, rowRef } from "./refs";

/**
 * The previous period's code for each row: the same code on the same template; across the change
 * of forms on 1/7/2025 (tk-7-linh-vuc-2021 → tk-2-cap-2025, rows renumbered) the template's map;
 * null when the previous report's template cannot be compared.
 */
export function previousCodeOf(template: Template, previousTemplate: string): ((code: string) => string | undefined) | null {
  if (previousTemplate === template.id) return (code) => code;
  const map = template.data.previousTemplate;
  if (map?.id === previousTemplate) return (code) => map.codes[code];
  return null;
}

export function checkPeriod(ctx: CheckContext): Issue[] {
  const prev = ctx.previous;
  if (!prev) return [];
  const codeBefore = previousCodeOf(ctx.template, prev.template);
  if (!codeBefore) {
    // Not silent: the officer asked for a comparison that cannot be made.
    return [{ severity: "info", rule: "period", target: null, targetKind: null, area: null, message: vi.check.periodOtherTemplate(prev.template, ctx.template.id) }];
  }
  const out: Issue[] = [];
  for (const row of ctx.template.rows) {
    if (!row.cumulative || row.group) continue;
    const now = ctx.parsed.get(row.code);
    const beforeCode = codeBefore(row.code);
    if (beforeCode === undefined) continue;
    const before = parseValue(prev.values[beforeCode], row);
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
