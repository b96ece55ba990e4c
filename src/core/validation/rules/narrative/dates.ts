/**
 * `narrative-date`: a date in the text after the report's own date (or, undated, after the end of
 * its data window) — a typed-over year, or a copy. Deadlines are not: a date after "trước ngày",
 * "đến ngày", "hạn", "dự kiến", "sẽ"…, and the sections about the period to come (IV) and plans.
 * Also a plan or programme "năm N" dated in the first half of N−1 or earlier ("Kế hoạch … năm
 * 2024" dated 10/01/2023): almost surely a typed-over year.
 */
import { compareDates, CivilDate, daysInMonth, formatDate, isRealDate, parseSigningDate, periodInfo } from "../../../period";
import { vi } from "../../../../strings";
import type { CheckContext, Issue } from "../../types";
import { lowerBound, oncePerWords, quoteAround, writtenSections } from "./text";

const DATE = /(?<!\d)(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
const FUTURE_WORDS = /(trước|đến|tới|hạn|hết|dự kiến|sẽ|chậm nhất|từ|kể từ|kéo dài|thời hạn)\s+(ngày\s*)?$/iu;
const PLAN_YEAR = /(kế hoạch|chương trình)\b[^.;()]{0,80}?năm\s+(\d{4})/giu;

interface Found {
  readonly date: CivilDate;
  readonly start: number;
  readonly end: number;
}

function datesIn(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(DATE)) {
    const date = m[1] ? { day: +m[1], month: +m[2], year: +m[3] } : { day: +m[4], month: +m[5], year: +m[6] };
    if (isRealDate(date)) out.push({ date, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The report's date; with the day left blank, the month's last day; undated, the end of its data window. */
function reportDate(ctx: CheckContext): { date: CivilDate; dated: boolean } | null {
  const p = parseSigningDate(ctx.data.header?.ngay);
  if (p.status === "ok" && p.day !== undefined) return { date: { year: p.year, month: p.month, day: p.day }, dated: true };
  if (p.status === "ok") return { date: { year: p.year, month: p.month, day: daysInMonth(p.year, p.month) }, dated: true };
  const to = periodInfo(ctx.data.period).cutoff?.to;
  return to ? { date: to, dated: false } : null;
}

export function checkNarrativeDate(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  const limit = ctx.data.period.kind === "ke-hoach" ? null : reportDate(ctx);
  for (const s of writtenSections(ctx)) {
    const dates = datesIn(s.text);
    const starts = dates.map((d) => d.start);
    const once = oncePerWords();
    const issue = (find: string, message: string): Issue => ({ severity: "warning", rule: "narrative-date", target: s.id, targetKind: "section", area: "sections", message, find });
    if (limit && !s.id.startsWith("IV")) {
      for (const d of dates) {
        if (compareDates(d.date, limit.date) <= 0) continue;
        if (FUTURE_WORDS.test(s.text.slice(Math.max(0, d.start - 25), d.start))) continue;
        if (!once(s.text.slice(d.start, d.end))) continue;
        const quote = quoteAround(s.text, d.start, d.end);
        out.push(
          issue(
            s.text.slice(d.start, d.end),
            limit.dated
              ? vi.check.narrativeDateAfter(s.id, s.heading, quote, formatDate(d.date), formatDate(limit.date))
              : vi.check.narrativeDateAfterWindow(s.id, s.heading, quote, formatDate(d.date), formatDate(limit.date)),
          ),
        );
      }
    }
    // A plan "năm N" dated in the first half of N−1 or earlier, the date written with the plan's name.
    for (const m of s.text.matchAll(PLAN_YEAR)) {
      const planYear = Number(m[2]);
      const from = m.index!;
      const to = from + m[0].length;
      // Within the plan's words, or right after them: the first date from the plan's name on (dates are in text order).
      const first = dates[lowerBound(starts, from)];
      const own = first && first.end <= to + 40 ? first : undefined;
      if (!own) continue;
      const early = own.date.year < planYear - 1 || (own.date.year === planYear - 1 && own.date.month <= 6);
      if (!early || !once(s.text.slice(from, own.end))) continue;
      out.push(
        issue(s.text.slice(own.start, own.end), vi.check.narrativeDatePlanYear(s.id, s.heading, quoteAround(s.text, Math.min(from, own.start), Math.max(to, own.end)), planYear, formatDate(own.date))),
      );
    }
  }
  return out;
}
