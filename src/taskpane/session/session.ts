/**
 * What the pane works on: the document in Word, or a .docx in the standalone
 * workbench. Screens talk only to this (and, through it, to ReportDocument).
 */
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import type { ReadResult } from "../../document/controls";
import { tagOf } from "../../document/plan/tags";
import type { ReportDocument } from "../../document/report-document";
import { findPaneTemplate } from "./pane-templates";

export interface PaneSession {
  readonly kind: "word" | "workbench";
  /** The document, or null in the workbench before a file is opened or created. */
  document(): ReportDocument | null;
  /** Inserts (Word) or creates (workbench) the whole report. */
  createReport(template: Template, data: ReportData): Promise<void>;
  /** Inserts only the appendix (at the end of the document). */
  insertAppendix(template: Template, data: ReportData): Promise<void>;
  /** Inserts one standard table at the cursor (the end of a .docx). */
  insertTable(template: Template, data: ReportData): Promise<void>;
  /** Workbench only. */
  open?(bytes: Uint8Array): Promise<void>;
  save?(): Promise<Uint8Array>;
}

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

/** The control an issue points at. */
export function tagForTarget(kind: "value" | "section" | "header" | null, target: string | null): string | null {
  if (!kind || !target) return null;
  return tagOf(kind, target);
}
