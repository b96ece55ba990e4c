/** The pane inside Word: the open document, through the Office.js renderer. */
import { dataAsShown } from "../../document/controls";
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { planAppendix, planReport, planStandardTable } from "../../document/plan/build-plan";
import { WordReportDocument } from "../../document/word/word-document";
import type { WordHost } from "../../document/word/word-host";
import type { PaneSession } from "./session";

export class WordSession implements PaneSession {
  readonly kind = "word" as const;
  private readonly doc: WordReportDocument;

  constructor(host: WordHost) {
    this.doc = new WordReportDocument(host);
  }

  document(): WordReportDocument {
    return this.doc;
  }

  async createReport(template: Template, data: ReportData): Promise<void> {
    const shown = dataAsShown(template, data);
    await this.doc.insertReport(planReport({ template, data: shown }), shown);
  }

  async insertAppendix(template: Template, data: ReportData): Promise<void> {
    const shown = dataAsShown(template, data);
    await this.doc.insertAppendix(planAppendix({ template, data: shown }), shown);
  }

  async insertTable(template: Template, data: ReportData): Promise<void> {
    await this.doc.insertTableAtCursor(planStandardTable({ template, data: dataAsShown(template, data) }));
  }
}
