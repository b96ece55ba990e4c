/**
 * Reading a report from .docx bytes without editing it: the fast path for the
 * command line and batch work (a SAX scan instead of a DOM).
 */
import type { Template } from "../../core/model/template";
import { interpretControls, ReadResult } from "../controls";
import { DATA_PART_NS, DataPartRead, parseDataPartXml } from "../data-part";
import { DocxLimits, DocxPackage } from "./read-docx";
import { scanControls } from "./scan-controls";

export async function readDataPart(pkg: DocxPackage): Promise<DataPartRead | null> {
  for (const name of pkg.names().filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const text = await pkg.text(name);
    if (text.includes(DATA_PART_NS)) return parseDataPartXml(text);
  }
  return null;
}

/** Reads a report; the template is looked up by the id its data part names (or given). */
export async function readDocxReport(
  bytes: Uint8Array,
  template: (id: string | null) => Template | undefined,
  limits?: DocxLimits,
): Promise<ReadResult & { template: Template | undefined }> {
  const pkg = await DocxPackage.open(bytes, limits);
  const controls = scanControls(await pkg.text("word/document.xml"));
  const dataPart = await readDataPart(pkg);
  const t = template(dataPart?.status === "ok" ? dataPart.data.template : null);
  return { ...interpretControls(controls, dataPart, t), template: t };
}
