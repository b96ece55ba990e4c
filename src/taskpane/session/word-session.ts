/** The pane inside Word: the open document, through the Office.js renderer. */
import { dataAsShown } from "../../document/controls";
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { planAppendix, planReport, planStandardTable } from "../../document/plan/build-plan";
import type { InsertOptions } from "../../document/report-document";
import { WordReportDocument } from "../../document/word/word-document";
import type { WordHost } from "../../document/word/word-host";
import type { Diagnostics, PaneSession, TakeOver } from "./session";
import type { AdoptError } from "../../document/docx/adopt";
import type { AdoptRefusal } from "../../document/word/adopt-regions";
import { viPane } from "../../strings/vi-pane";
import { describeFailure } from "../components/describe-failure";
import { canNumberPages } from "../../document/word/page-layout";

const WORD_API = ["1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3", "1.2", "1.1"];

export class WordSession implements PaneSession {
  readonly kind = "word" as const;
  private readonly doc: WordReportDocument;
  private syncCount = 0;
  private readonly host: WordHost;

  constructor(host: WordHost) {
    // Every context.sync of every batch is counted, for the self-test's report.
    this.host = {
      ...host,
      run: (batch) =>
        host.run((context) => {
          const sync = context.sync.bind(context);
          context.sync = (() => {
            this.syncCount++;
            return sync();
          }) as typeof context.sync;
          return batch(context);
        }),
    };
    this.doc = new WordReportDocument(this.host);
  }

  document(): WordReportDocument {
    return this.doc;
  }

  readonly diagnostics: Diagnostics = {
    scratch: "blank-required",
    syncs: () => this.syncCount,
    typeAsOfficer: (tag, text) =>
      this.host.run(async (context) => {
        const controls = context.document.contentControls.load("items/tag");
        await context.sync();
        const control = controls.items.find((c) => c.tag === tag);
        if (!control) throw new Error(`no control ${tag}`);
        control.insertText(text, "Replace");
        await context.sync();
      }),
    describeHost: () => {
      const highest = WORD_API.find((v) => this.host.isSetSupported("WordApi", v)) ?? "?";
      const office = typeof Office !== "undefined" ? Office.context?.diagnostics : undefined;
      const where = office ? `Word ${office.version} (${office.platform})` : "Word";
      return `${where}, WordApi ${highest}`;
    },
  };

  async createReport(template: Template, data: ReportData, options?: InsertOptions & { replace?: boolean }): Promise<void> {
    const shown = dataAsShown(template, data);
    const plan = planReport({ template, data: shown });
    if (options?.replace) await this.doc.replaceReport(plan, shown, options);
    else await this.doc.insertReport(plan, shown, options);
  }

  async insertAppendix(template: Template, data: ReportData, options?: InsertOptions): Promise<void> {
    const shown = dataAsShown(template, data);
    await this.doc.insertAppendix(planAppendix({ template, data: shown }), shown, options);
  }

  /** After a whole report: how to number the pages by hand, when the add-in did not (./page-layout.ts says when it can). */
  afterInsertNote(): string | null {
    if (this.doc.pagesNumbered !== false) return null;
    return canNumberPages(this.host) ? viPane.create.numberPagesNotDone : viPane.create.numberPagesByHand;
  }

  /** A document with something in it and no report of ours (the pane asks only when it found no report). */
  async canTakeOver(): Promise<boolean> {
    return !(await this.doc.isBlank());
  }

  async takeOver(templates: readonly Template[]): Promise<TakeOver> {
    try {
      return { status: "done", adopted: await this.doc.adopt(templates) };
    } catch (e) {
      const name = (e as Error | null)?.name;
      if (name === "AdoptError") {
        const { hasNoAppendix } = await import(/* webpackChunkName: "adopt" */ "../../document/handmade/read-handmade");
        const read = (e as AdoptError).read;
        return { status: "not-recognised", missing: read.missing, noAppendix: hasNoAppendix(read) };
      }
      if (name === "AdoptRefusal") {
        const reason = (e as AdoptRefusal).reason;
        return { status: "refused", message: viPane.start.takeOverRefused[reason] ?? reason };
      }
      // Failed half-way (a lost connection): the text is the officer's still, some blocks may carry controls.
      return { status: "refused", message: viPane.start.takeOverFailed(describeFailure(e, "word")) };
    }
  }

  async insertTable(template: Template, data: ReportData, options?: InsertOptions): Promise<void> {
    await this.doc.insertTableAtCursor(planStandardTable({ template, data: dataAsShown(template, data) }), options);
  }
}
