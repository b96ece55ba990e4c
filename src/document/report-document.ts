/**
 * The one document interface. The task pane and the command line talk only to
 * this; `WordReportDocument` (Office.js) and `DocxReportDocument` (OOXML)
 * implement it.
 */
import type { ReportData } from "../core/model/report-data";
import type { Template } from "../core/model/template";
import type { ReadResult } from "./controls";
import type { DocumentPlan } from "./plan/types";
import type { SectionRemoval } from "./remove-section";

export interface FillConflict {
  readonly code: string;
  /** What the officer typed in the document. */
  readonly inDocument: string;
  /** What filling would write. */
  readonly proposed: string;
}

export interface FillResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  /** Values the officer typed that filling did not overwrite; the UI asks, then fills again with overwrite. */
  readonly conflicts: readonly FillConflict[];
  /** Codes given a value whose control is not in the document. */
  readonly missing: readonly string[];
}

export interface FillOptions {
  /** Overwrite values the officer typed (after the officer said so). */
  readonly overwrite?: boolean;
}

export interface InsertOptions {
  /** Told after each part of a long insert goes in (Word inserts a report in parts within its batch budget). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReportDocument {
  /** Inserts the whole report (header, body, signature, appendix) after the end of the document, and its data part. */
  insertReport(plan: DocumentPlan, data: ReportData, options?: InsertOptions): Promise<void>;
  /**
   * Replaces everything in the document with the report (after the officer agreed to lose what
   * was there): our controls are unlocked first, the body is cleared, the report goes in.
   */
  replaceReport(plan: DocumentPlan, data: ReportData, options?: InsertOptions): Promise<void>;
  /** Inserts only the appendix, on a new page after the end of the document. */
  insertAppendix(plan: DocumentPlan, data: ReportData, options?: InsertOptions): Promise<void>;
  /** Inserts one standard table (e.g. bang-ho-so-tthc) after the block at the cursor (the end of a .docx). */
  insertTableAtCursor(plan: DocumentPlan, options?: InsertOptions): Promise<void>;
  fillValues(template: Template, values: Readonly<Record<string, string | number>>, options?: FillOptions): Promise<FillResult>;
  /**
   * Writes section texts (by section id; one paragraph per line) into sections that hold
   * their placeholder; the officer's own text is a conflict unless `overwrite`. Conflicts name the section id as `code`.
   */
  fillSections(template: Template, texts: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult>;
  /** Writes rows' notes (Ghi chú) by code, by the same rule: the officer's own note is a conflict unless `overwrite`. */
  fillNotes(template: Template, notes: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult>;
  /**
   * Writes header fields (căn cứ, Kính gửi, Nơi nhận — one recipient a line —, the signer…) by field,
   * by the same rule: a field still showing its placeholder is written, the officer's own text is a
   * conflict unless `overwrite`. A field the document has no control for is `missing`.
   */
  fillHeader(template: Template, fields: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult>;
  /** Values, section texts and header fields, reconciled with the data part. */
  read(template?: Template): Promise<ReadResult>;
  /**
   * Selects and scrolls to a control; with `find`, the first place of those words inside it (the
   * sentence a narrative issue quotes), else the whole control. False when there is no such control.
   */
  select(tag: string, find?: string): Promise<boolean>;
  /** Marks the controls that have problems (and unmarks the others). */
  mark(tags: readonly string[]): Promise<void>;
  unmark(): Promise<void>;
  /**
   * Takes an optional section (heading and text) out of the document, as the officer would delete it
   * in Word (./remove-section.ts decides); the data part forgets it. Refused, changing nothing, for a
   * section that is not optional, is gone already, or holds the officer's text.
   */
  removeSection(template: Template, id: string): Promise<SectionRemoval>;
  /** Re-inserts controls and appendix rows that were deleted, touching no other text; returns the tags re-inserted. */
  repair(template: Template): Promise<string[]>;
  /** Whether the document holds nothing yet (no text, no table): a scratch document for the self-test. */
  isBlank(): Promise<boolean>;
}
