/** The standalone workbench: the same pane in a plain browser, on a .docx held in memory. */
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { DocxReportDocument } from "../../document/docx/docx-document";
import type { PaneSession } from "./session";

export class WorkbenchSession implements PaneSession {
  readonly kind = "workbench" as const;
  private current: DocxReportDocument | null = null;

  document(): DocxReportDocument | null {
    return this.current;
  }

  async createReport(template: Template, data: ReportData): Promise<void> {
    this.current = await DocxReportDocument.create(template, data);
  }

  async open(bytes: Uint8Array): Promise<void> {
    this.current = await DocxReportDocument.open(bytes);
  }

  async save(): Promise<Uint8Array> {
    if (!this.current) throw new Error("no document");
    return this.current.save();
  }
}
