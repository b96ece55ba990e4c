/**
 * A document body as plain blocks, whoever wrote it: paragraphs and tables with
 * their merged cells laid out on the table's grid. What a report typed by hand is
 * read from (../docx/scan-body.ts makes it from word/document.xml).
 */

/** One cell of a table's grid. A merged cell's other grid places say where their text is. */
export interface GridCell {
  readonly text: string;
  /** "left": the same cell as the one before it (gridSpan); "above": continues the cell above (vMerge). */
  readonly merged?: "left" | "above";
  /** The cell's element (w:tc), when read from a DOM. */
  readonly node?: unknown;
}

export interface TableBlock {
  readonly kind: "table";
  readonly rows: readonly (readonly GridCell[])[];
  /** 0 for a table in the body, 1 for a table inside a cell of another, … */
  readonly nesting: number;
  /** The table's element (w:tbl) and its rows' (w:tr), when read from a DOM. */
  readonly node?: unknown;
  readonly rowNodes?: readonly unknown[];
}

export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly text: string;
  /** Inside a text box (w:txbxContent), as titles sometimes are. */
  readonly inTextBox?: boolean;
  /** The paragraph's element (w:p), when read from a DOM. */
  readonly node?: unknown;
}

export type BodyBlock = ParagraphBlock | TableBlock;

/** The text of a grid cell, following a merge to the cell it belongs to. */
export function cellText(table: TableBlock, row: number, col: number): string {
  let r = row;
  let c = col;
  for (let guard = 0; guard < 10_000; guard++) {
    const cell = table.rows[r]?.[c];
    if (!cell) return "";
    if (cell.merged === "left" && c > 0) c--;
    else if (cell.merged === "above" && r > 0) r--;
    else return cell.text;
  }
  return "";
}
