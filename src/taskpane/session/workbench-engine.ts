/** The workbench's .docx engine (jszip, xmldom, saxes, the writer): loaded when the first document is made or opened. */
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { dataAsShown } from "../../document/controls";
import { DocxReportDocument } from "../../document/docx/docx-document";
import { docxParts, zipParts } from "../../document/docx/write-docx";
import { planAppendix, planStandardTable } from "../../document/plan/build-plan";

export { DocxReportDocument };
export { AdoptError } from "../../document/docx/adopt";
export { hasNoAppendix } from "../../document/handmade/read-handmade";

/** A blank A4 document (styles, page setup) to insert into. */
export async function emptyDocument(data: ReportData): Promise<DocxReportDocument> {
  const parts = docxParts({ templateId: data.template, templateVersion: "", period: data.period, agency: data.agency, header: {}, blocks: [] }, data);
  return DocxReportDocument.open(await zipParts(parts));
}

export async function insertAppendix(doc: DocxReportDocument, template: Template, data: ReportData): Promise<void> {
  const shown = dataAsShown(template, data);
  await doc.insertAppendix(planAppendix({ template, data: shown }), shown);
}

export async function insertTable(doc: DocxReportDocument, template: Template, data: ReportData): Promise<void> {
  await doc.insertTableAtCursor(planStandardTable({ template, data: dataAsShown(template, data) }));
}
