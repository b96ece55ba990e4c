/**
 * What the pane works on: the document in Word, or a .docx in the standalone
 * workbench. Screens talk only to this (and, through it, to ReportDocument).
 */
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import type { ReadResult } from "../../document/controls";
import { tagOf } from "../../document/plan/tags";
import type { InsertOptions, ReportDocument } from "../../document/report-document";
import type { Adopted } from "../../document/docx/adopt";
import { findPaneTemplate } from "./pane-templates";
import { periodInfo } from "../../core/period";
import { vi } from "../../strings";
import { viPane } from "../../strings/vi-pane";

/** What the self-test needs beyond the document interface. */
export interface Diagnostics {
  /** Round trips to Word so far (null outside Word). */
  syncs(): number | null;
  /** Types into a control as the officer would in Word's own window: the data part is not told. */
  typeAsOfficer(tag: string, text: string): Promise<void>;
  /** The host, for the self-test's report (Word's version and platform, the WordApi sets it has). */
  describeHost(): string;
  /** A scratch document to test in: the workbench makes one; Word needs the officer to open a blank one. */
  readonly scratch: "new" | "blank-required";
}

/** The two sessions the pane runs on, told apart by `kind` (no casts): Word, or the workbench. */
export type AnySession = import("./word-session").WordSession | import("./workbench-session").WorkbenchSession;

export interface PaneSession {
  readonly kind: "word" | "workbench";
  readonly diagnostics: Diagnostics;
  /** The document, or null in the workbench before a file is opened or created. */
  document(): ReportDocument | null;
  /**
   * Inserts (Word) or creates (workbench) the whole report; a long insert tells its progress.
   * With `replace`, what the document held goes (Word: the body is cleared; the workbench: a new document).
   */
  createReport(template: Template, data: ReportData, options?: InsertOptions & { replace?: boolean }): Promise<void>;
  /** Inserts only the appendix (at the end of the document). */
  insertAppendix(template: Template, data: ReportData, options?: InsertOptions): Promise<void>;
  /** Inserts one standard table at the cursor (the end of a .docx). */
  insertTable(template: Template, data: ReportData, options?: InsertOptions): Promise<void>;
  /**
   * Takes a report typed by hand over (the document holds nothing of ours): the tool's controls
   * around what was recognised, the officer's text kept as it is (Word and the workbench).
   */
  takeOver?(templates: readonly Template[]): Promise<TakeOver>;
  /** Whether takeOver applies: a document is open, holds something, and nothing of ours. */
  canTakeOver?(): boolean | Promise<boolean>;
  /** What the officer should still do by hand after a report goes in (Word without page numbering: ../../document/word/page-layout.ts). */
  afterInsertNote?(): string | null;
  /** Workbench only. */
  open?(bytes: Uint8Array): Promise<void>;
  save?(): Promise<Uint8Array>;
}

export type TakeOver =
  | { readonly status: "done"; readonly adopted: Adopted }
  /** Not recognised: what the document does not say (template, period, agency, level), or no appendix table at all. */
  | { readonly status: "not-recognised"; readonly missing: readonly string[]; readonly noAppendix: boolean }
  /** Word cannot take the document over as it is (nothing was changed): the officer's sentence says why and what to do. */
  | { readonly status: "refused"; readonly message: string };

export interface DocumentState {
  readonly template: Template;
  readonly data: ReportData;
  readonly read: ReadResult;
}

/** Reads the current document and finds its template; null when it holds no CCHC report. */
export async function readCurrent(session: PaneSession, find: (id: string) => Promise<Template | undefined> = findPaneTemplate): Promise<DocumentState | null> {
  const doc = session.document();
  if (!doc) return null;
  const first = await doc.read();
  if (!first.data) return null;
  const template = await find(first.data.template);
  if (!template) return null;
  const read = await doc.read(template);
  return read.data ? { template, data: read.data, read } : null;
}

/** What a report is, in words: "Báo cáo 6 tháng (6 tháng đầu năm 2021) — Sở Khoa học và Công nghệ tỉnh Quảng Ngãi". */
export function identityText(data: Pick<ReportData, "period" | "agency">): string {
  return viPane.identityOf(vi.kindName(data.period.kind), periodInfo(data.period).title, data.agency.name);
}

/** The control an issue points at. */
export function tagForTarget(kind: "value" | "section" | "header" | null, target: string | null): string | null {
  if (!kind || !target) return null;
  return tagOf(kind, target);
}
