/** The standalone workbench: the same pane in a plain browser, on a .docx held in memory. */
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import type { DocxReportDocument } from "../../document/docx/docx-document";
import type { Diagnostics, PaneSession, TakeOver } from "./session";

type Engine = typeof import("./workbench-engine");
let engine: Promise<Engine> | null = null;
/** The .docx engine, loaded once, on first use. */
const loadEngine = () => (engine ??= import(/* webpackChunkName: "docx" */ "./workbench-engine"));

export class WorkbenchSession implements PaneSession {
  readonly kind = "workbench" as const;
  private current: DocxReportDocument | null = null;
  private stopFollowing: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();
  /** The control the officer was last taken to: the preview scrolls to it. */
  selected: string | null = null;
  /** The words a narrative issue quotes, highlighted inside the selected control. */
  found: string | null = null;
  /** How many times a control was selected: the preview scrolls once per selection. */
  selections = 0;
  /** Whether the document changed since it was opened, made or saved. */
  unsaved = false;

  readonly diagnostics: Diagnostics = {
    scratch: "new",
    syncs: () => null,
    typeAsOfficer: async (tag, text) => {
      if (!this.current?.editControl(tag, text)) throw new Error(`no control ${tag}`);
    },
    describeHost: () => (typeof navigator !== "undefined" ? navigator.userAgent : "workbench"),
  };

  document(): DocxReportDocument | null {
    return this.current;
  }

  /** Called whenever the document, its content or the selection changes. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private notify(): void {
    this.listeners.forEach((l) => l());
  }

  /** Takes a document: the pane follows its changes and selections (the preview refreshes and scrolls). */
  private take(doc: DocxReportDocument): void {
    this.stopFollowing?.();
    this.stopFollowing = doc.onChange((change) => {
      if (change.kind === "selection") {
        this.selected = change.tag;
        this.found = change.find ?? null;
        this.selections += 1;
      } else this.unsaved = true;
      this.notify();
    });
    this.current = doc;
    this.selected = null;
    this.found = null;
    this.unsaved = false;
    this.notify();
  }

  async createReport(template: Template, data: ReportData): Promise<void> {
    const { DocxReportDocument } = await loadEngine();
    this.take(await DocxReportDocument.create(template, data));
    // A new report exists only in the page until it is saved.
    this.unsaved = true;
  }

  /** Into the open .docx, or a new blank one. */
  private async insertInto(data: ReportData, insert: (e: Engine, doc: DocxReportDocument) => Promise<void>): Promise<void> {
    const e = await loadEngine();
    const doc = this.current ?? (await e.emptyDocument(data));
    await insert(e, doc);
    // The open document tells the pane itself; a new one is taken with its content.
    if (doc !== this.current) {
      this.take(doc);
      this.unsaved = true;
    }
  }

  insertAppendix(template: Template, data: ReportData): Promise<void> {
    return this.insertInto(data, (e, doc) => e.insertAppendix(doc, template, data));
  }

  insertTable(template: Template, data: ReportData): Promise<void> {
    return this.insertInto(data, (e, doc) => e.insertTable(doc, template, data));
  }

  canTakeOver(): boolean {
    return this.current !== null && !this.current.isStructured();
  }

  async takeOver(templates: readonly Template[]): Promise<TakeOver> {
    if (!this.current) throw new Error("no document");
    const { AdoptError, hasNoAppendix } = await loadEngine();
    try {
      // The document tells the pane itself (a content change: unsaved, preview redrawn).
      return { status: "done", adopted: this.current.adopt(templates) };
    } catch (e) {
      if (!(e instanceof AdoptError)) throw e;
      return { status: "not-recognised", missing: e.read.missing, noAppendix: hasNoAppendix(e.read) };
    }
  }

  async open(bytes: Uint8Array): Promise<void> {
    const { DocxReportDocument } = await loadEngine();
    this.take(await DocxReportDocument.open(bytes));
  }

  async save(): Promise<Uint8Array> {
    if (!this.current) throw new Error("no document");
    const bytes = await this.current.save();
    this.unsaved = false;
    this.notify();
    return bytes;
  }
}
