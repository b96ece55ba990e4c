/**
 * A value cell as a unit typed it: "65", "98,9%", "02/02", "Không", but also
 * "65 thủ tục" (the unit typed in) and "65 (05 TTHC thuộc …)" (a note written in
 * the value cell). The value is what the row's grammar reads, kept as typed; the
 * rest becomes the note, so nothing typed is lost.
 */
import { parseValue } from "../../core/grammar/value";
import type { Indicator } from "../../core/model/template";
import { normalised } from "./text-match";

/** How the value was taken from its cell. */
export type ValueHow = "as-typed" | "unit-typed-in" | "note-in-value-cell";

export interface CellValue {
  readonly value: string;
  readonly note?: string;
  readonly how: ValueHow;
}

const LEADING_NUMBER = /^(\d[\d.,]*(?:\s*\/\s*\d[\d.,]*)?\s*%?)(?=\s|\(|$)\s*([\s\S]*)$/;

export function valueFromCell(text: string, row: Indicator): CellValue | null {
  const typed = text.trim();
  if (typed === "") return null;
  if (row.group || parseValue(typed, row).status === "ok") return { value: typed, how: "as-typed" };
  const m = LEADING_NUMBER.exec(typed);
  if (!m || parseValue(m[1].trim(), row).status !== "ok") return { value: typed, how: "as-typed" };
  const value = m[1].trim();
  const rest = m[2].trim();
  const unit = normalised(row.unit ?? "");
  if (unit !== "" && normalised(rest) === unit) return { value, how: "unit-typed-in" };
  const inBrackets = /^\(([\s\S]*)\)$/.exec(rest);
  return { value, note: inBrackets ? inBrackets[1].trim() : typed, how: "note-in-value-cell" };
}
