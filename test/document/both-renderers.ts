/** One report made by each renderer — Word on the fake, and the .docx (saved and opened again) — for tests that must hold on both. */
import type { ReportData } from "../../src/core/model/report-data";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { planReport } from "../../src/document/plan/build-plan";
import type { ReportDocument } from "../../src/document/report-document";
import { WordReportDocument } from "../../src/document/word/word-document";
import { fakeWord } from "../word-fake/fake-word";
import { seed002Full, tk7 } from "./docx-helpers";

/** By default seed 002 (6 tháng, no III, IV, V written). */
export async function bothRenderers(data: ReportData = seed002Full()): Promise<[string, ReportDocument][]> {
  const word = new WordReportDocument(fakeWord().host);
  await word.insertReport(planReport({ template: tk7, data }), data);
  const docx = await DocxReportDocument.open(await (await DocxReportDocument.create(tk7, data)).save());
  return [
    ["Word", word],
    [".docx", docx],
  ];
}
