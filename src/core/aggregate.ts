/**
 * Consolidating unit reports of one template and period into the provincial
 * summary: counts and money are summed; a percentage is recomputed from its
 * base where the template declares one, otherwise it is the unweighted mean
 * (labelled as such); coded rows are counted per option; fractions add their
 * parts. Pure: the command line feeds it what it read.
 */
import { parseValue } from "./grammar/value";
import type { ReportData } from "./model/report-data";
import type { Indicator, Template } from "./model/template";

export type AggregateMethod = "sum" | "weighted-mean" | "unweighted-mean" | "option-counts" | "fraction-sum" | "none";

export interface AggregateRow {
  readonly code: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: Indicator["kind"];
  readonly method: AggregateMethod;
  /** The consolidated number (null when no unit reported the row). */
  readonly value: number | null;
  /** Fractions: the totals of both parts. */
  readonly fraction?: { readonly num: number; readonly den: number };
  /** Coded rows: how many units chose each option (by label). */
  readonly counts?: Readonly<Record<string, number>>;
  /** How many units gave a usable value. */
  readonly reported: number;
}

function numberOf(row: Indicator, raw: string | number | undefined): number | null {
  const r = parseValue(raw, row);
  return r.status === "ok" && r.value.number !== undefined ? r.value.number : null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function aggregate(template: Template, units: readonly ReportData[]): AggregateRow[] {
  return template.rows
    .filter((row) => !row.group && row.kind !== "text")
    .map((row): AggregateRow => {
      const base = { code: row.code, label: row.label, unit: row.unit ?? "", kind: row.kind };
      const parsed = units.map((u) => ({ u, r: parseValue(u.values[row.code], row) }));
      const ok = parsed.filter((p) => p.r.status === "ok");
      const numbers = ok.map((p) => (p.r.status === "ok" ? p.r.value.number : undefined)).filter((n): n is number => n !== undefined);
      switch (row.kind) {
        case "count":
        case "money":
          return { ...base, method: "sum", value: numbers.length ? numbers.reduce((a, b) => a + b, 0) : null, reported: numbers.length };
        case "fraction": {
          let num = 0;
          let den = 0;
          for (const p of ok) {
            if (p.r.status !== "ok") continue;
            num += p.r.value.fraction?.num ?? p.r.value.number ?? 0;
            den += p.r.value.fraction?.den ?? 0;
          }
          return { ...base, method: "fraction-sum", value: ok.length ? num : null, fraction: { num, den }, reported: ok.length };
        }
        case "coded": {
          const counts: Record<string, number> = Object.fromEntries(row.options.map((o) => [o.label, 0]));
          for (const p of ok) if (p.r.status === "ok" && p.r.value.option) counts[p.r.value.option.label]++;
          return { ...base, method: "option-counts", value: null, counts, reported: ok.length };
        }
        case "percent": {
          const baseRow = row.base ? template.get(row.base) : undefined;
          if (baseRow) {
            let weighted = 0;
            let weights = 0;
            let reported = 0;
            for (const p of ok) {
              const w = numberOf(baseRow, p.u.values[baseRow.code]);
              if (p.r.status !== "ok" || p.r.value.number === undefined || w === null) continue;
              weighted += p.r.value.number * w;
              weights += w;
              reported++;
            }
            return { ...base, method: "weighted-mean", value: weights > 0 ? round2(weighted / weights) : null, reported };
          }
          return {
            ...base,
            method: "unweighted-mean",
            value: numbers.length ? round2(numbers.reduce((a, b) => a + b, 0) / numbers.length) : null,
            reported: numbers.length,
          };
        }
        default:
          return { ...base, method: "none", value: null, reported: 0 };
      }
    });
}
