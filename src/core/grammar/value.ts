/**
 * The value grammar, both ways, per value kind.
 *
 *   count    "1.050" → 1050, "02" → 2, "Không" → 0
 *   percent  "98,9" → 98.9, "100%" → 100, "149/149" → 100 (a ratio written as a fraction)
 *   money    "1.000.000", "1.000.000 đồng", "1.000.000đ", "Không" → 0
 *   fraction "02/02" → 2 of 2; a plain "2" is 2 of an unstated total
 *   coded    "1" or the label ("Có") → 1
 *   text     anything
 *
 * What is written stays as written (`writtenValue`): "09" is 9 for the checks and "09" in the document.
 *
 * Parsing only recognises the shape. Whether the number is allowed (negative,
 * not whole, over 100 %) is `rangeProblem`'s job, so that a message can say
 * which rule was broken. A failure always carries a reason; nothing becomes 0 or NaN.
 */
import type { CodedOption } from "../model/template-schema";
import type { ValueKind } from "../model/vocabulary";
import { decimalsOf, formatViNumber, NumberFailure, parseViNumber } from "./numbers";

export interface ParsedValue {
  /** The number the checks use: the count, the percentage, the amount, the numerator, the option's code. */
  readonly number?: number;
  /** Present when written as "x/y" (fraction rows, or a percent written as a ratio). */
  readonly fraction?: { readonly num: number; readonly den: number };
  /** The chosen option of a coded row. */
  readonly option?: CodedOption;
  /** Free text. */
  readonly text?: string;
}

export type ParseFailure = { rule: "type"; reason: NumberFailure | "bad-fraction" | "zero-denominator" } | { rule: "code"; reason: "unknown-option" };

export type ParseResult = { status: "empty" } | { status: "ok"; value: ParsedValue } | ({ status: "invalid" } & ParseFailure);

export interface ValueSpec {
  readonly kind: ValueKind;
  readonly options?: readonly CodedOption[];
}

const PERCENT_SIGN = /\s*%$/;
const MONEY_SUFFIX = /\s*(đồng|đ|vnđ|vnd)\.?$/i;
const FRACTION = /^([^/]+)\/([^/]+)$/;

function normaliseLabel(s: string): string {
  return s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

function invalidNumber(reason: NumberFailure): ParseResult {
  return { status: "invalid", rule: "type", reason };
}

function parseWhole(raw: string): ParseResult {
  const n = parseViNumber(raw);
  return n.ok ? { status: "ok", value: { number: n.value } } : invalidNumber(n.failure);
}

function parseFraction(raw: string, asPercent: boolean): ParseResult | null {
  const m = FRACTION.exec(raw);
  if (!m) return null;
  const num = parseViNumber(m[1]);
  const den = parseViNumber(m[2]);
  if (!num.ok || !den.ok) return { status: "invalid", rule: "type", reason: "bad-fraction" };
  if (!Number.isInteger(num.value) || !Number.isInteger(den.value) || num.value < 0 || den.value < 0) {
    return { status: "invalid", rule: "type", reason: "bad-fraction" };
  }
  const fraction = { num: num.value, den: den.value };
  if (asPercent) {
    if (den.value === 0) return { status: "invalid", rule: "type", reason: "zero-denominator" };
    return { status: "ok", value: { number: Math.round((num.value / den.value) * 10000) / 100, fraction } };
  }
  return { status: "ok", value: { number: num.value, fraction } };
}

function parseCoded(raw: string, options: readonly CodedOption[]): ParseResult {
  const text = normaliseLabel(raw);
  // "Có = 1", as printed in the template's unit column, is accepted when both halves agree.
  const full = /^(.+?)\s*=\s*(\d+)$/.exec(text);
  for (const option of options) {
    const label = normaliseLabel(option.label);
    if (text === label) return { status: "ok", value: { number: option.value, option } };
    if (full && normaliseLabel(full[1]) === label && Number(full[2]) === option.value) {
      return { status: "ok", value: { number: option.value, option } };
    }
  }
  if (/^\d+$/.test(text)) {
    const option = options.find((o) => o.value === Number(text));
    if (option) return { status: "ok", value: { number: option.value, option } };
  }
  return { status: "invalid", rule: "code", reason: "unknown-option" };
}

/** "Không" in a count or money row means none (seed 000 prints it for 1.3.2 and 5.4): 0 for the checks, kept as written. */
const isNone = (raw: string) => normaliseLabel(raw) === "không";
const NONE: ParseResult = { status: "ok", value: { number: 0 } };

/** Parses a value as written in a cell, a JSON file, a CSV or a spreadsheet. */
export function parseValue(input: string | number | null | undefined, spec: ValueSpec): ParseResult {
  if (input === null || input === undefined) return { status: "empty" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return invalidNumber("not-a-number");
    return parseValue(String(input).replace(".", ","), spec);
  }
  const raw = input.normalize("NFC").trim();
  if (raw === "") return { status: "empty" };
  switch (spec.kind) {
    case "text":
      return { status: "ok", value: { text: raw } };
    case "coded":
      return parseCoded(raw, spec.options ?? []);
    case "fraction":
      return parseFraction(raw, false) ?? parseWhole(raw);
    case "percent":
      return parseFraction(raw, true) ?? parseWhole(raw.replace(PERCENT_SIGN, ""));
    case "money":
      return isNone(raw) ? NONE : parseWhole(raw.replace(MONEY_SUFFIX, ""));
    case "count":
      return isNone(raw) ? NONE : parseWhole(raw);
  }
}

export type RangeProblem = "negative" | "not-whole" | "over-100" | "too-many-decimals" | "not-whole-dong";

/** Whether a parsed number is allowed for its kind (the `range` rule). */
export function rangeProblem(kind: ValueKind, value: ParsedValue): RangeProblem | null {
  const n = value.number;
  if (n === undefined || kind === "coded" || kind === "text") return null;
  if (n < 0) return "negative";
  switch (kind) {
    case "count":
    case "fraction":
      return Number.isInteger(n) ? null : "not-whole";
    case "money":
      return Number.isInteger(n) ? null : "not-whole-dong";
    case "percent":
      if (n > 100) return "over-100";
      return !value.fraction && decimalsOf(n) > 2 ? "too-many-decimals" : null;
  }
}

/** Writes a value the Vietnamese way (2.027; 98,9; 2/2), as the document shows it. */
export function formatValue(value: ParsedValue, kind: ValueKind): string {
  if (kind === "text") return value.text ?? "";
  if (value.fraction && kind === "fraction") {
    return `${formatViNumber(value.fraction.num)}/${formatViNumber(value.fraction.den)}`;
  }
  if (value.fraction && kind === "percent") {
    return `${formatViNumber(value.fraction.num)}/${formatViNumber(value.fraction.den)}`;
  }
  if (value.number === undefined) return "";
  return formatViNumber(value.number);
}

/** A plain run of 4 to 15 digits standing alone (not after a dot, a comma or a digit; not before a dot or a digit). */
const UNGROUPED = /(?<![\d.,])\d{4,15}(?![\d.])/g;

/**
 * How a value is written in the document and the data part: as the officer wrote it — leading
 * zeros ("09"), "02/02", "100%", "Có" all kept — with only the grouping dots a plain number of four
 * digits or more lacks added ("2027" → "2.027"; "0012" is left alone). A number (from JSON or
 * Excel) is written the Vietnamese way (98.9 → "98,9"). Null when it does not parse: it is then
 * kept as it is, and the checks say why. Checks and sums always use the parsed number.
 */
export function writtenValue(input: string | number, spec: ValueSpec): string | null {
  const r = parseValue(input, spec);
  if (r.status === "empty") return "";
  if (r.status !== "ok") return null;
  if (typeof input === "number") return formatValue(r.value, spec.kind);
  const typed = input.normalize("NFC").trim();
  if (spec.kind === "text" || spec.kind === "coded") return typed;
  return typed.replace(UNGROUPED, (digits) => (digits.startsWith("0") ? digits : formatViNumber(Number(digits))));
}
