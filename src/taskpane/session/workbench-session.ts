/** The standalone workbench: the same pane in a plain browser, on a .docx held in memory. */
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { DocxReportDocument } from "../../document/docx/docx-document";
import { dataAsShown } from "../../document/controls";
import { docxParts, zipParts } from "../../document/docx/write-docx";
import { planAppendix, planStandardTable } from "../../document/plan/build-plan";
import type { PaneSession } from "./session";

/** A blank A4 document (styles, page setup) to insert into. */
async function emptyDocument(data: ReportData): Promise<DocxReportDocument> {
  const parts = docxParts({ templateId: data.template, templateVersion: "", period: data.period, agency: data.agency, header: {}, blocks: [] }, data);
  return DocxReportDocument.open(await zipParts(parts));
}

export class WorkbenchSession implements PaneSession {
  readonly kind = "workbench" as const;
  private current: DocxReportDocument | null = null;

  document(): DocxReportDocument | null {
    return this.current;
  }

  async createReport(template: Template, data: ReportData): Promise<void> {
    this.current = await DocxReportDocument.create(template, data);
  }

  /** Into the open .docx, or a new one holding only the appendix. */
  async insertAppendix(template: Template, data: ReportData): Promise<void> {
    const shown = dataAsShown(template, data);
    const doc = this.current ?? (await emptyDocument(shown));
    await doc.insertAppendix(planAppendix({ template, data: shown }), shown);
    this.current = doc;
  }

  async insertTable(template: Template, data: ReportData): Promise<void> {
    const shown = dataAsShown(template, data);
    const doc = this.current ?? (await emptyDocument(shown));
    await doc.insertTableAtCursor(planStandardTable({ template, data: shown }));
    this.current = doc;
  }

  async open(bytes: Uint8Array): Promise<void> {
    this.current = await DocxReportDocument.open(bytes);
  }

  async save(): Promise<Uint8Array> {
    if (!this.current) throw new Error("no document");
    return this.current.save();
  }
}
