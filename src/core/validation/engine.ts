/**
 * The validation engine: template + report data (+ previous period) → issues.
 * Values are parsed once; each rule reads the same context. Pure: no I/O, no Office.
 */
import { parseValue, ParseResult } from "../grammar/value";
import type { ReportData } from "../model/report-data";
import type { Template } from "../model/template";
import { outlineFor } from "../outline";
import { checkCells } from "./rules/cells";
import { checkHeader } from "./rules/header";
import { checkPeriod } from "./rules/period";
import { checkPlan } from "./rules/plan";
import { checkRelations } from "./rules/relations";
import { checkSections } from "./rules/sections";
import { checkNarrativeDate } from "./rules/narrative/dates";
import { checkNarrativeNumber } from "./rules/narrative/numbers";
import { checkNarrativePeriod } from "./rules/narrative/period-slip";
import type { CheckContext, Issue, RuleCheck, Severity, ValidateOptions } from "./types";

const RULE_CHECKS: readonly RuleCheck[] = [checkHeader, checkSections, checkCells, checkRelations, checkPeriod, checkPlan, checkNarrativePeriod, checkNarrativeDate, checkNarrativeNumber];

export function parseAll(template: Template, data: ReportData): Map<string, ParseResult> {
  const parsed = new Map<string, ParseResult>();
  for (const row of template.rows) {
    if (!row.group) parsed.set(row.code, parseValue(data.values[row.code], row));
  }
  return parsed;
}

export function validate(template: Template, data: ReportData, options: ValidateOptions = {}): Issue[] {
  const ctx: CheckContext = {
    template,
    data,
    mode: options.mode ?? "draft",
    previous: options.previous,
    plan: options.plan,
    outline: outlineFor(data.period),
    parsed: parseAll(template, data),
  };
  return RULE_CHECKS.flatMap((check) => check(ctx));
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}
