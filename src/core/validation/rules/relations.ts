/**
 * Rules over declared relations between rows: `sum` (children add up to their
 * total) and `le` (a part does not exceed its whole; shares of one total stay
 * within 100 %). The engine is generic: which rows are related is template data.
 */
import { appliesTo, Indicator } from "../../model/template";
import type { Relation } from "../../model/template-schema";
import { vi } from "../../../strings";
import type { CheckContext, Issue } from "../types";
import { n, rowRef } from "./refs";

const SUMMABLE = new Set(["count", "money"]);
const EPSILON = 1e-9;

type Amount = { state: "value"; value: number } | { state: "empty"; counts: boolean } | { state: "unusable" };

/** The number a row contributes, or why it contributes none. */
function amount(ctx: CheckContext, row: Indicator): Amount {
  const r = ctx.parsed.get(row.code);
  if (!r || r.status === "invalid") return { state: "unusable" };
  if (r.status === "empty") {
    // An empty row this agency does not report stands for 0; an empty row it should report leaves the sum open.
    const counts = !appliesTo(row, ctx.data.agency.level) || row.optional;
    return { state: "empty", counts };
  }
  return r.value.number === undefined ? { state: "unusable" } : { state: "value", value: r.value.number };
}

function defaultParts(ctx: CheckContext, total: Indicator): Indicator[] {
  return total.children.map((c) => ctx.template.get(c)!).filter((c) => !c.group && c.unit === total.unit && SUMMABLE.has(c.kind));
}

function list(ctx: CheckContext, rows: Indicator[], withValues: boolean): string {
  return rows
    .map((r) => {
      const a = amount(ctx, r);
      return withValues && a.state === "value" ? `${r.code} = ${n(a.value)}` : r.code;
    })
    .join(", ");
}

function checkSum(ctx: CheckContext, rel: Extract<Relation, { type: "sum" }>): Issue[] {
  const total = ctx.template.get(rel.total)!;
  const t = amount(ctx, total);
  if (t.state !== "value") return [];
  const parts = rel.parts ? rel.parts.map((c) => ctx.template.get(c)!) : defaultParts(ctx, total);
  if (parts.length === 0) return [];
  let sum = 0;
  let open = false;
  for (const p of parts) {
    const a = amount(ctx, p);
    if (a.state === "unusable") return [];
    if (a.state === "value") sum += a.value;
    else if (!a.counts) open = true;
  }
  const tooBig = sum > t.value + EPSILON;
  if (Math.abs(sum - t.value) <= EPSILON || (open && !tooBig)) return [];
  const severity = rel.severity ?? defaultSeverity(rel.basis);
  const ref = rowRef(total, ctx.data.agency.level);
  const filled = parts.filter((p) => amount(ctx, p).state === "value");
  const message = severity === "error" ? vi.check.sum(ref, n(t.value), n(sum), list(ctx, filled, true)) : vi.check.sumWarning(ref, n(t.value), n(sum), list(ctx, filled, true));
  return [{ severity, rule: "sum", target: total.code, targetKind: "value", area: total.area, message }];
}

/** Parts together above the bound; the target is the largest part, the row most likely mistyped. */
function checkBound(ctx: CheckContext, partCodes: readonly string[], bound: number, makeMessage: (parts: Indicator[], sum: number) => string, severity: "error" | "warning"): Issue[] {
  const parts = partCodes.map((c) => ctx.template.get(c)!);
  let sum = 0;
  let largest: { row: Indicator; value: number } | null = null;
  const filled: Indicator[] = [];
  for (const p of parts) {
    const a = amount(ctx, p);
    if (a.state !== "value") continue;
    filled.push(p);
    sum += a.value;
    if (!largest || a.value > largest.value) largest = { row: p, value: a.value };
  }
  if (!largest || sum <= bound + EPSILON) return [];
  return [
    {
      severity,
      rule: "le",
      target: largest.row.code,
      targetKind: "value",
      area: largest.row.area,
      message: makeMessage(filled, sum),
    },
  ];
}

/** The form's arithmetic is an error; a plausible relation a warning. */
const defaultSeverity = (basis: "form" | "plausible"): "error" | "warning" => (basis === "form" ? "error" : "warning");

function checkLe(ctx: CheckContext, rel: Extract<Relation, { type: "le" }>): Issue[] {
  const whole = ctx.template.get(rel.whole)!;
  const w = amount(ctx, whole);
  if (w.state !== "value") return [];
  const level = ctx.data.agency.level;
  const severity = rel.severity ?? defaultSeverity(rel.basis);
  const warn = severity === "warning";
  return checkBound(
    ctx,
    rel.parts,
    w.value,
    (parts, sum) => {
      const wholeRef = rowRef(whole, level);
      if (parts.length === 1) {
        const partRef = rowRef(parts[0], level);
        return warn ? vi.check.leOneWarning(partRef, n(sum), wholeRef, n(w.value), rel.reason) : vi.check.leOne(partRef, n(sum), wholeRef, n(w.value));
      }
      const partsList = list(ctx, parts, true);
      return warn ? vi.check.leManyWarning(partsList, n(sum), wholeRef, n(w.value), rel.reason) : vi.check.leMany(partsList, n(sum), wholeRef, n(w.value));
    },
    severity,
  );
}

function checkShares(ctx: CheckContext, rel: Extract<Relation, { type: "shares" }>): Issue[] {
  return checkBound(ctx, rel.parts, 100, (parts, sum) => vi.check.shares(list(ctx, parts, true), n(sum)), rel.severity ?? defaultSeverity(rel.basis));
}

export function checkRelations(ctx: CheckContext): Issue[] {
  return ctx.template.relations.flatMap((rel) => {
    switch (rel.type) {
      case "sum":
        return checkSum(ctx, rel);
      case "le":
        return checkLe(ctx, rel);
      case "shares":
        return checkShares(ctx, rel);
    }
  });
}
