/**
 * `narrative-period`: the text names, as the current period, one of an earlier year than the
 * report's — "Trong quý III/2020" in the quý III/2021 report, left over from copying last period's
 * report. Only "trong <quý / 6 tháng / 9 tháng> <year>" counts: citations ("Kế hoạch … ngày
 * 25/01/2021"), comparisons ("so với năm 2020") and a plain "năm 2020" are not slips. A later
 * period ("Trong quý III/2021, Ban quản lý sẽ…") is a plan, not a slip.
 */
import { periodInfo } from "../../../period";
import { vi } from "../../../../strings";
import type { CheckContext, Issue } from "../../types";
import { oncePerWords, quoteAround, writtenSections } from "./text";

const ROMAN: Record<string, string> = { i: "I", ii: "II", iii: "III", iv: "IV", "1": "I", "2": "II", "3": "III", "4": "IV" };
const PERIOD = /(?<![\p{L}])trong\s+(quý\s+(iv|i{1,3}|[1-4])|6\s+tháng\s+(đầu|cuối)\s+năm|9\s+tháng(?:\s+đầu)?\s+năm)\s*(?:năm\s+|\/\s*)?(\d{4})\b/giu;
const COMPARISON = /(so với|cùng kỳ|hơn)\s*$/iu;

/** "quý III/2020", "6 tháng đầu năm 2020", as the message names them. */
function named(m: RegExpExecArray): string {
  const year = m[4];
  if (m[2]) return `quý ${ROMAN[m[2].toLowerCase()]} năm ${year}`;
  return `${m[1]
    .replace(/\s+năm$/iu, "")
    .replace(/\s+/g, " ")
    .toLocaleLowerCase("vi")} năm ${year}`;
}

export function checkNarrativePeriod(ctx: CheckContext): Issue[] {
  if (ctx.data.period.kind === "ke-hoach") return [];
  const year = ctx.data.period.year;
  const title = periodInfo(ctx.data.period).title;
  const out: Issue[] = [];
  for (const s of writtenSections(ctx)) {
    const once = oncePerWords();
    for (const m of s.text.matchAll(PERIOD)) {
      const exec = m as unknown as RegExpExecArray;
      if (Number(m[4]) >= year) continue;
      if (COMPARISON.test(s.text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
      if (!once(m[0])) continue;
      out.push({
        severity: "warning",
        rule: "narrative-period",
        target: s.id,
        targetKind: "section",
        area: "sections",
        find: m[0],
        message: vi.check.narrativePeriod(s.id, s.heading, quoteAround(s.text, m.index!, m.index! + m[0].length), named(exec), title),
      });
    }
  }
  return out;
}
