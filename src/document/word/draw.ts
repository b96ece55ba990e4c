/**
 * The few things the Word renderer still draws through the object model (a fill,
 * a repair's section controls): control properties, the text of a control. Whole
 * reports, and a repaired appendix table, go in as OOXML (./insert.ts, ./repair.ts). No "\v" in insertText (a glyph in Word,
 * office-js#1755): line breaks are insertBreak("Line") in an inline control and
 * paragraphs in a block control. No control is left empty (Word would show its own
 * placeholder): an empty text is written as the control's placeholder.
 */
import { shownOrPlaceholder } from "../../core/placeholders";
import type { ControlSpec } from "../plan/types";

export const NEUTRAL_COLOR = "#6E6E6E";
export const MARK_COLOR = "#C4262E";

export function applyControl(cc: Word.ContentControl, c: ControlSpec): void {
  cc.tag = c.tag;
  cc.title = c.title;
  cc.color = NEUTRAL_COLOR;
  cc.cannotDelete = c.lock === "delete" || c.lock === "both";
  cc.cannotEdit = c.lock === "edit" || c.lock === "both";
}

/** Replaces an inline control's text (line breaks as manual breaks); empty becomes `placeholder`. */
export function writeInline(cc: Word.ContentControl, text: string, placeholder?: string): void {
  const [first, ...rest] = shownOrPlaceholder(text, placeholder).split(/\r\n|\r|\n/);
  cc.insertText(first, "Replace");
  for (const line of rest) {
    cc.insertBreak("Line" as Word.BreakType.line, "End");
    if (line !== "") cc.insertText(line, "End");
  }
}

/** Replaces a block control's paragraphs with one paragraph per line (insertParagraph "End" keeps the formatting). */
export function writeBlock(cc: Word.ContentControl, text: string, placeholder?: string): void {
  const [first, ...rest] = shownOrPlaceholder(text, placeholder).split(/\r\n|\r|\n/);
  // "Start" after clearing fails on the web (office-js#4316): Replace, then End.
  cc.insertText(first, "Replace");
  for (const line of rest) cc.insertParagraph(line, "End");
}
