/**
 * Report periods: the words of the title and the data cut-off window of
 * Nghị định 09/2019/NĐ-CP (from the 15th of the month before the period to the
 * 14th of its last month).
 */
import type { Period } from "./model/report-data";
import type { ReportKind } from "./model/vocabulary";
import { vi } from "../strings/vi";

/** A calendar date without time zone trouble. */
export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

export interface PeriodInfo {
  /** "Quý I năm 2022", "6 tháng đầu năm 2021", "năm 2021". */
  readonly title: string;
  /** What the next period is called, for "phương hướng, nhiệm vụ …": "Quý II năm 2022". */
  readonly next: string;
  /** First and last day of data, or null for a plan. */
  readonly cutoff: { readonly from: CivilDate; readonly to: CivilDate } | null;
}

const LAST_MONTH: Record<Exclude<ReportKind, "ke-hoach">, number> = {
  "quy-1": 3,
  "6-thang": 6,
  "quy-3": 9,
  "9-thang": 9,
  nam: 12,
};
/** First month of data; periods that run from the start of the year begin in the previous December. */
const FIRST_MONTH: Record<Exclude<ReportKind, "ke-hoach">, number> = {
  "quy-1": 1,
  "6-thang": 1,
  "quy-3": 7,
  "9-thang": 1,
  nam: 1,
};

export function periodInfo(period: Period): PeriodInfo {
  const y = period.year;
  const p = vi.period;
  switch (period.kind) {
    case "ke-hoach":
      return { title: p.year(y), next: p.year(y + 1), cutoff: null };
    case "quy-1":
      return withCutoff(period, p.quy1(y), p.quy2(y));
    case "6-thang":
      return withCutoff(period, p.sixMonths(y), p.lastSixMonths(y));
    case "quy-3":
      return withCutoff(period, p.quy3(y), p.quy4(y));
    case "9-thang":
      return withCutoff(period, p.nineMonths(y), p.quy4(y));
    case "nam":
      return withCutoff(period, p.year(y), p.year(y + 1));
  }
}

function withCutoff(period: Period, title: string, next: string): PeriodInfo {
  const kind = period.kind as Exclude<ReportKind, "ke-hoach">;
  const first = FIRST_MONTH[kind];
  const from: CivilDate = first === 1 ? { year: period.year - 1, month: 12, day: 15 } : { year: period.year, month: first - 1, day: 15 };
  const to: CivilDate = { year: period.year, month: LAST_MONTH[kind], day: 14 };
  return { title, next, cutoff: { from, to } };
}

/** How many days a month has (28–31). */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isRealDate(d: CivilDate): boolean {
  if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return false;
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "15/3/2021" — the way dates are written in the body of a document. */
export function formatDate(d: CivilDate): string {
  return `${d.day}/${d.month}/${d.year}`;
}

/** Day and month as Nghị định 30/2020 writes them: a 0 before days under 10 and months under 3. */
export function dateParts(d: { day?: number; month: number }): { day: string; month: string } {
  return {
    day: d.day === undefined ? "    " : String(d.day).padStart(2, "0"),
    month: d.month < 3 ? String(d.month).padStart(2, "0") : String(d.month),
  };
}

export type ParsedSigningDate = { status: "empty" } | { status: "ok"; year: number; month: number; day?: number } | { status: "malformed" };

/**
 * Reads a signing date: "2021-03-15", "2021-03" (day left blank in a draft),
 * "15/3/2021", "/3/2021".
 */
export function parseSigningDate(raw: string | undefined): ParsedSigningDate {
  const text = (raw ?? "").trim();
  if (text === "") return { status: "empty" };
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (m) return { status: "ok", year: +m[1], month: +m[2], day: m[3] === undefined ? undefined : +m[3] };
  m = /^(\d{1,2})?\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/.exec(text);
  if (m) return { status: "ok", year: +m[3], month: +m[2], day: m[1] === undefined ? undefined : +m[1] };
  return { status: "malformed" };
}
