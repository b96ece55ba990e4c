/**
 * Values the form's own grammar refuses (a word where a number goes, "98.9" with a decimal point,
 * a percentage over 100, a code the row does not have): never written as a success — the officer
 * is shown them and chooses to write the valid ones only, or to go back.
 */
import type { ReportData } from "../../../core/model/report-data";
import { labelFor, Template } from "../../../core/model/template";
import { validate } from "../../../core/validation/engine";
import type { Rule } from "../../../core/validation/types";

/** The rules that judge one value on its own: its type, its range, its code. */
const OWN_GRAMMAR: ReadonlySet<Rule> = new Set(["type", "range", "code"]);

export interface InvalidValue {
  readonly code: string;
  readonly label: string;
  readonly value: string;
  readonly message: string;
}

/** The values among `candidates` that break their row's own grammar, in template order. */
export function invalidValues(template: Template, data: ReportData, candidates: Readonly<Record<string, string | number>>): InvalidValue[] {
  const issues = validate(template, { ...data, values: { ...data.values, ...candidates }, sections: undefined, header: undefined });
  const out: InvalidValue[] = [];
  for (const row of template.rows) {
    if (!(row.code in candidates)) continue;
    const issue = issues.find((i) => i.target === row.code && i.severity === "error" && OWN_GRAMMAR.has(i.rule));
    if (issue) out.push({ code: row.code, label: labelFor(row, data.agency.level), value: String(candidates[row.code]), message: issue.message });
  }
  return out;
}

/** `values` without the invalid ones. */
export function withoutInvalid<T>(values: Readonly<Record<string, T>>, invalid: readonly InvalidValue[]): Record<string, T> {
  const bad = new Set(invalid.map((i) => i.code));
  return Object.fromEntries(Object.entries(values).filter(([code]) => !bad.has(code)));
}
