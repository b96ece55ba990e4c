/** Rules on single cells: required, type, range, code, unknown. */
import { formatViNumber } from "../../grammar/numbers";
import { rangeProblem } from "../../grammar/value";
import { appliesTo, Indicator } from "../../model/template";
import { vi } from "../../../strings";
import type { CheckContext, Issue, Rule, Severity } from "../types";
import { rowRef } from "./refs";

function issue(severity: Severity, rule: Rule, row: Indicator, message: string): Issue {
  return { severity, rule, target: row.code, targetKind: "value", area: row.area, message };
}

const WHAT_BY_KIND: Record<string, string> = {
  count: "một số",
  percent: "một tỷ lệ (%)",
  money: "một số tiền",
  fraction: "một số hoặc số/tổng số",
};

export function checkCells(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  const level = ctx.data.agency.level;
  const c = vi.check;
  for (const row of ctx.template.rows) {
    const raw = ctx.data.values[row.code];
    const text = raw === undefined ? "" : String(raw);
    if (row.group) {
      if (text.trim() !== "") out.push(issue("warning", "unknown", row, c.valueOnGroup(rowRef(row, level), text.trim())));
      continue;
    }
    const ref = rowRef(row, level);
    const result = ctx.parsed.get(row.code);
    if (!result) continue;
    const applies = appliesTo(row, level);
    if (result.status === "empty") {
      if (applies && !row.optional) {
        out.push(ctx.mode === "final" ? issue("error", "required", row, c.requiredFinal(ref, row.kind)) : issue("warning", "required", row, c.requiredDraft(ref)));
      }
      continue;
    }
    if (result.status === "invalid") {
      if (result.rule === "code") {
        const options = row.options.map((o) => `${o.label} = ${o.value}`).join(", ");
        out.push(issue("error", "code", row, c.code(ref, text.trim(), options)));
      } else {
        const msg =
          result.reason === "decimal-dot"
            ? c.typeDecimalDot(ref, text.trim())
            : result.reason === "bad-grouping"
              ? c.typeBadGrouping(ref, text.trim())
              : result.reason === "bad-fraction"
                ? c.typeBadFraction(ref, text.trim())
                : result.reason === "zero-denominator"
                  ? c.typeZeroDenominator(ref, text.trim())
                  : c.typeNotNumber(ref, text.trim(), WHAT_BY_KIND[row.kind] ?? "một số", row.kind);
        out.push(issue("error", "type", row, msg));
      }
      continue;
    }
    const problem = rangeProblem(row.kind, result.value);
    if (problem) {
      const v = formatViNumber(result.value.number ?? 0, 6);
      const msg = {
        negative: c.rangeNegative,
        "not-whole": c.rangeNotWhole,
        "over-100": c.rangeOver100,
        "too-many-decimals": c.rangeDecimals,
        "not-whole-dong": c.rangeNotWholeDong,
      }[problem](ref, v);
      out.push(issue("error", "range", row, msg));
    }
    const f = result.value.fraction;
    if (f && f.num > f.den) {
      out.push(issue("error", "le", row, c.fraction(ref, text.trim(), formatViNumber(f.num), formatViNumber(f.den))));
    }
  }
  for (const [code, raw] of Object.entries(ctx.data.values)) {
    if (ctx.template.get(code) === undefined && String(raw).trim() !== "") {
      out.push({
        severity: "warning",
        rule: "unknown",
        target: code,
        targetKind: "value",
        area: null,
        message: c.unknownCode(code, String(raw).trim(), ctx.template.data.title),
      });
    }
  }
  return out;
}
