import JSZip from "jszip";
import type { ReportData } from "../../src/core/model/report-data";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { fixture, template } from "../helpers";

export const tk7 = template("tk-7-linh-vuc-2021");

/** Seed 002's data with body texts, as an officer would have it. */
export function seed002Full(): ReportData {
  const data = fixture("seed-002.json");
  return {
    ...data,
    sections: {
      "I.1": "Chỉ đạo xây dựng và ban hành Kế hoạch cải cách hành chính năm 2021 (Quyết định số 335/QĐ-SKHCN ngày 17/11/2020).",
      "II.2": "Sở đã tiếp nhận 93 hồ sơ; giải quyết đúng hẹn 63 hồ sơ, trễ hẹn 01 hồ sơ.\nĐang xử lý 25 hồ sơ chưa đến hạn.",
    },
  };
}

export async function docxBytes(data: ReportData = seed002Full()): Promise<Uint8Array> {
  return (await DocxReportDocument.create(tk7, data)).save();
}

/** Edits word/document.xml of a .docx as text, the way another program would. */
export async function editDocumentXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", edit(xml));
  return zip.generateAsync({ type: "uint8array" });
}

export async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
}
