/**
 * The layout plan: a pure description of the document that both renderers
 * (Word through Office.js, and .docx) draw. Every content control has a stable
 * tag (its key) and a human-readable title that begins with its code.
 */
import type { Agency, Header, Period } from "../../core/model/report-data";
import type { Role } from "./styles";

export type Lock = "none" | "delete" | "edit" | "both";

export interface ControlSpec {
  readonly tag: string;
  readonly title: string;
  /**
   * Inline controls sit in a paragraph (values, notes, header fields); block controls hold paragraphs.
   * Both are rich-text controls: Word's collections return no other kind (office-js#2160).
   */
  readonly kind: "inline" | "block";
  /** cannotDelete / cannotEdit as Word names them. */
  readonly lock: Lock;
  /** Never empty: an empty control shows Word's own placeholder (src/core/placeholders.ts). */
  readonly text: string;
}

export interface Run {
  readonly text: string;
  readonly control?: ControlSpec;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface ParagraphBlock {
  readonly type: "paragraph";
  readonly role: Role;
  readonly runs: readonly Run[];
}

/** A block content control around whole paragraphs (a section's text, nơi nhận). */
export interface ControlBlock {
  readonly type: "control";
  readonly role: Role;
  readonly control: ControlSpec;
}

export interface CellParagraph {
  readonly role: Role;
  readonly runs: readonly Run[];
}

export interface TableCell {
  readonly paragraphs: readonly CellParagraph[];
  /** A heading cell spanning several grid columns (w:gridSpan). */
  readonly span?: number;
  /** A heading cell merged with the one below it (w:vMerge): "restart" above, "continue" below. */
  readonly vMerge?: "restart" | "continue";
}

/** Where a row's label, value and note controls sit: the cell index in a data row (data rows have no merged cells). */
export interface CellIndex {
  readonly label: number;
  readonly value: number;
  readonly note: number;
}

export interface TableBlock {
  readonly type: "table";
  /** "grid" for the appendix (borders), "layout" for the header and signature (no borders). */
  readonly style: "grid" | "layout";
  /** Relative column widths (they add up to 100). */
  readonly widths: readonly number[];
  readonly headerRows: number;
  readonly rows: readonly (readonly TableCell[])[];
  /** The indicator code each row carries (null for heading rows): the key for repairing a deleted row. */
  readonly rowKeys: readonly (string | null)[];
  /** Wider than the text, reaching into the left margin by `intoLeftMarginMm` (the header, as the forms print it). */
  readonly widen?: { readonly extraMm: number; readonly intoLeftMarginMm: number };
  /** For the appendix: the cells holding each row's controls. */
  readonly cellOf?: CellIndex;
}

export interface PageBreakBlock {
  readonly type: "pageBreak";
  /** What follows starts a section of its own in this orientation (the plan's landscape appendix). */
  readonly newSection?: "portrait" | "landscape";
}

export type Block = ParagraphBlock | ControlBlock | TableBlock | PageBreakBlock;

export interface DocumentPlan {
  readonly templateId: string;
  readonly templateVersion: string;
  readonly period: Period;
  readonly agency: Agency;
  readonly header: Header;
  readonly blocks: readonly Block[];
}
