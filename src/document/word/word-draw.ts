/**
 * Drawing a layout plan with the Word object model. Everything is queued on
 * one request context; the caller syncs once.
 */
import { FORMATS, FONT, Role } from "../plan/styles";
import type { Block, ControlSpec, Run, TableBlock } from "../plan/types";

export const NEUTRAL_COLOR = "#6E6E6E";
export const MARK_COLOR = "#C4262E";

const ALIGN: Record<string, Word.Alignment | "Centered" | "Left" | "Right" | "Justified"> = {
  left: "Left",
  center: "Centered",
  right: "Right",
  justify: "Justified",
};
const CM_TO_PT = 72 / 2.54;

export interface DrawOptions {
  /** WordApi 1.5: plain-text controls; without it, rich-text controls hold the same text. */
  readonly plainTextControls: boolean;
}

export function formatParagraph(p: Word.Paragraph, role: Role): void {
  const f = FORMATS[role];
  p.font.name = FONT;
  p.font.size = f.sizePt;
  p.font.bold = !!f.bold;
  p.font.italic = !!f.italic;
  p.alignment = ALIGN[f.align] as Word.Alignment;
  p.firstLineIndent = f.firstLineIndentCm ? f.firstLineIndentCm * CM_TO_PT : 0;
  p.spaceAfter = f.spaceAfterPt;
  p.spaceBefore = f.spaceBeforePt ?? 0;
}

export function applyControl(cc: Word.ContentControl, c: ControlSpec): void {
  cc.tag = c.tag;
  cc.title = c.title;
  cc.color = NEUTRAL_COLOR;
  cc.cannotDelete = c.lock === "delete" || c.lock === "both";
  cc.cannotEdit = c.lock === "edit" || c.lock === "both";
}

/** Inline text uses a line break (\v) where the plan has a new line, so one control stays one paragraph. */
const inline = (text: string) => text.replace(/\r\n|\n/g, "\v");

export function fillParagraph(p: Word.Paragraph, runs: readonly Run[], options: DrawOptions): void {
  for (const r of runs) {
    if (r.control) {
      const range = p.insertText(inline(r.control.text), "End");
      const cc = options.plainTextControls ? range.insertContentControl("PlainText" as Word.ContentControlType.plainText) : range.insertContentControl();
      applyControl(cc, r.control);
    } else if (r.text !== "") {
      const range = p.insertText(inline(r.text), "End");
      if (r.bold) range.font.bold = true;
      if (r.italic) range.font.italic = true;
    }
  }
}

function drawTable(anchor: { insertTable: Word.Body["insertTable"] }, t: TableBlock, options: DrawOptions): Word.Table {
  const cols = t.widths.length;
  const table = anchor.insertTable(t.rows.length, cols, "End", t.rows.map((row) => row.map(() => "")));
  table.headerRowCount = t.headerRows;
  if (t.style === "layout") table.getBorder("All" as Word.BorderLocation.all).type = "None" as Word.BorderType.none;
  drawTableCells(table, t, options);
  return table;
}

export function drawTableCells(table: Word.Table, t: TableBlock, options: DrawOptions): void {
  t.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      let p = table.getCell(r, c).body.paragraphs.getFirst();
      cell.paragraphs.forEach((para, i) => {
        if (i > 0) p = p.insertParagraph("", "After");
        formatParagraph(p, para.role);
        fillParagraph(p, para.runs, options);
      });
    }),
  );
}

/** Draws the blocks at the end of the body. */
export function drawBlocks(body: Word.Body, blocks: readonly Block[], options: DrawOptions): void {
  for (const b of blocks) {
    switch (b.type) {
      case "paragraph": {
        const p = body.insertParagraph("", "End");
        formatParagraph(p, b.role);
        fillParagraph(p, b.runs, options);
        break;
      }
      case "control": {
        const lines = b.control.text.split(/\r\n|\n/);
        const first = body.insertParagraph(lines[0], "End");
        formatParagraph(first, b.role);
        let last = first;
        for (const line of lines.slice(1)) {
          last = last.insertParagraph(line, "After");
          formatParagraph(last, b.role);
        }
        const range = lines.length === 1 ? first.getRange("Whole") : first.getRange("Whole").expandTo(last.getRange("Whole"));
        applyControl(range.insertContentControl(), b.control);
        break;
      }
      case "table":
        drawTable(body, b, options);
        break;
      case "pageBreak":
        body.insertBreak("Page" as Word.BreakType.page, "End");
        break;
    }
  }
}

/** A table at a paragraph (the cursor), for standard tables. */
export function drawTableAfter(p: Word.Paragraph, t: TableBlock, options: DrawOptions): void {
  const table = p.insertTable(t.rows.length, t.widths.length, "After", t.rows.map((row) => row.map(() => "")));
  table.headerRowCount = t.headerRows;
  drawTableCells(table, t, options);
}
