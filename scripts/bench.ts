/**
 * npm run bench — speed goals, measured (never as timed tests).
 * Prints one JSON object per line: {"scenario": "…", …, "goal": …, "met": true|false}.
 */
import { performance } from "perf_hooks";
import { validate } from "../src/core/validation/engine";
import { builtInTemplate } from "../src/core/templates/registry";
import type { ReportData } from "../src/core/model/report-data";
import type { Template } from "../src/core/model/template";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const round = (x: number) => Math.round(x * 1000) / 1000;

/** A full report: every value row of the template filled with a value of its kind. */
export function fullReport(template: Template): ReportData {
  const values: Record<string, string> = {};
  for (const row of template.rows) {
    if (row.group) continue;
    values[row.code] =
      row.kind === "percent" ? "98,5" : row.kind === "coded" ? String(row.options[0].value) : row.kind === "fraction" ? "02/02" : row.kind === "money" ? "1.000.000" : "12";
  }
  return { template: template.id, agency: { name: "Sở Thử nghiệm", level: "tinh" }, period: { year: 2021, kind: "6-thang" }, values };
}

function benchValidate(): void {
  const template = builtInTemplate("tk-7-linh-vuc-2021")!;
  const data = fullReport(template);
  for (let i = 0; i < 300; i++) validate(template, data);
  const times: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const t0 = performance.now();
    validate(template, data);
    times.push(performance.now() - t0);
  }
  const med = median(times);
  console.log(
    JSON.stringify({
      scenario: "validate",
      template: template.id,
      valueRows: Object.keys(data.values).length,
      runs: times.length,
      ms: round(med),
      p95Ms: round(percentile(times, 95)),
      goal: "median < 5 ms after warm-up",
      met: med < 5,
    }),
  );
}

benchValidate();
