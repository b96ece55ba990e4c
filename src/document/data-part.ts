/**
 * The document carries its data: a custom XML part holding the report data as
 * JSON (the report-data format), kept in step with the visible controls.
 */
import { DOMParser } from "@xmldom/xmldom";
import { ReportData, ReportDataSchema } from "../core/model/report-data";
import { DATA_PART_NS, newDocument, serialize } from "./docx/ooxml";

export { DATA_PART_NS };

export function dataPartXml(data: ReportData): string {
  const doc = newDocument(DATA_PART_NS, "report");
  doc.documentElement!.setAttribute("format", "1");
  doc.documentElement!.appendChild(doc.createTextNode(JSON.stringify(data)));
  return serialize(doc);
}

export type DataPartRead = { status: "ok"; data: ReportData } | { status: "invalid"; reason: string };

/** Reads the data part; a damaged part is reported, never silently ignored. */
export function parseDataPartXml(xml: string): DataPartRead {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { status: "invalid", reason: "DOCTYPE/ENTITY" };
  let failed = "";
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") failed = msg;
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    return { status: "invalid", reason: String((e as Error).message) };
  }
  const root = doc.documentElement;
  if (failed || !root || root.namespaceURI !== DATA_PART_NS) return { status: "invalid", reason: failed || "namespace" };
  let json: unknown;
  try {
    json = JSON.parse(root.textContent ?? "");
  } catch (e) {
    return { status: "invalid", reason: (e as Error).message };
  }
  const parsed = ReportDataSchema.safeParse(json);
  return parsed.success ? { status: "ok", data: parsed.data } : { status: "invalid", reason: parsed.error.issues[0].message };
}
