/**
 * The few things the Word renderer still draws through the object model (a fill,
 * a repair): control properties, the text of a control, a repaired cell. Whole
 * reports go in as OOXML (./insert.ts). No "\v" in insertText (a glyph in Word,
 * office-js#1755): line breaks are insertBreak("Line") in an inline control and
 * paragraphs in a block control. No control is left empty (Word would show its own
 * placeholder): an empty text is written as the control's placeholder.
 */
import { shownOrPlaceholder } from "../../core/placeholders";
import { styleName } from "../ooxml/styles-part";
import type { Role } from "../plan/styles";
import type { ControlSpec, Run } from "../plan/types";

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

/** A paragraph of a repaired row: its role's style, its runs, controls where the plan has them. */
export function fillParagraph(p: Word.Paragraph, role: Role, runs: readonly Run[]): void {
  p.style = styleName(role);
  for (const r of runs) {
    const [first, ...rest] = (r.control ? r.control.text : r.text).split(/\r\n|\r|\n/);
    if (!r.control && first === "" && rest.length === 0) continue;
    const range = p.insertText(first, "End");
    if (r.control) {
      const cc = range.insertContentControl();
      applyControl(cc, r.control);
      for (const line of rest) {
        cc.insertBreak("Line" as Word.BreakType.line, "End");
        if (line !== "") cc.insertText(line, "End");
      }
      continue;
    }
    if (r.bold) range.font.bold = true;
    if (r.italic) range.font.italic = true;
    for (const line of rest) {
      // Paragraph.insertBreak takes Before/After only: the break goes after the paragraph's content.
      p.getRange("Content").insertBreak("Line" as Word.BreakType.line, "After");
      if (line !== "") p.insertText(line, "End");
    }
  }
}
