/**
 * Vietnamese number syntax: "." groups thousands ("1.050"), "," starts the
 * decimals ("98,9"). Grouping by spaces ("1 050") is accepted too. Anything else
 * is refused with a reason; nothing is guessed.
 */

export type NumberFailure =
  | "not-a-number" // "Đã kết nối", "abc"
  | "decimal-dot" // "98.9": a dot followed by other than three digits
  | "bad-grouping"; // "1.05.0", "10.50"

export type NumberParse = { ok: true; value: number } | { ok: false; failure: NumberFailure };

/** Spaces of every width, as Word and Excel produce them. */
const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
const MINUS = /^[-\u2212\u2013]/;

const PLAIN = /^\d+(,\d+)?$/;
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const GROUPED_SPACE = /^\d{1,3}( \d{3})+(,\d+)?$/;

/** Parses one Vietnamese-written number (no unit, no percent sign). */
export function parseViNumber(raw: string): NumberParse {
  let text = raw.trim().replace(SPACES, " ");
  let sign = 1;
  if (MINUS.test(text)) {
    sign = -1;
    text = text.slice(1).trimStart();
  }
  if (text === "") return { ok: false, failure: "not-a-number" };
  let digits: string;
  if (PLAIN.test(text)) digits = text;
  else if (GROUPED_DOT.test(text)) digits = text.replace(/\./g, "");
  else if (GROUPED_SPACE.test(text)) digits = text.replace(/ /g, "");
  else if (/^\d+\.\d{1,2}$|^\d+\.\d{4,}$/.test(text)) return { ok: false, failure: "decimal-dot" };
  else if (/^[\d., ]+$/.test(text)) return { ok: false, failure: "bad-grouping" };
  else return { ok: false, failure: "not-a-number" };
  const value = sign * Number(digits.replace(",", "."));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, failure: "not-a-number" };
}

const formatters = new Map<number, Intl.NumberFormat>();

/** Formats in the Vietnamese way with Intl (2.027; 98,9; 1.000.000). */
export function formatViNumber(value: number, maxFractionDigits = 2): string {
  let f = formatters.get(maxFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxFractionDigits, useGrouping: true });
    formatters.set(maxFractionDigits, f);
  }
  return f.format(value);
}

/** Number of decimals as written, for the 2-decimal rule on percentages. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const s = String(value);
  if (s.includes("e-")) return Number(s.split("e-")[1]) + (s.split("e-")[0].split(".")[1]?.length ?? 0);
  return s.split(".")[1]?.length ?? 0;
}
