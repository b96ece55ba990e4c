/**
 * Reading a report from .docx bytes without editing it: the fast path for the
 * command line and batch work (a SAX scan instead of a DOM). A document with
 * neither our data part nor our controls is a report typed by hand, read by its
 * appendix table (../handmade/read-handmade.ts).
 */
import type { Template } from "../../core/model/template";
import { interpretControls, ReadResult } from "../controls";
import { DATA_PART_NS, DataPartRead, parseDataPartXml } from "../data-part";
import { HandmadeGiven, HandmadeRead, readHandmade } from "../handmade/read-handmade";
import { DocxLimits, DocxPackage } from "./read-docx";
import { scanBody } from "./scan-body";
import { scanControls } from "./scan-controls";

export async function readDataPart(pkg: DocxPackage): Promise<DataPartRead | null> {
  for (const name of pkg.names().filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const text = await pkg.text(name);
    if (text.includes(DATA_PART_NS)) return parseDataPartXml(text);
  }
  return null;
}

export type ToolRead = ReadResult & { template: Template | undefined };

/** Reads a report; the template is looked up by the id its data part names (or given). */
export async function readDocxReport(bytes: Uint8Array, template: (id: string | null) => Template | undefined, limits?: DocxLimits): Promise<ToolRead> {
  return (await readDocxAny(bytes, template, null, {}, limits)) as ToolRead;
}

/** A hand-made read keeps what the controls scan found (nothing of ours), for a caller that still wants that view. */
export type AnyRead = ({ source: "tool" } & ToolRead) | { source: "handmade"; handmade: HandmadeRead; tool: ToolRead };

/**
 * Reads any report: ours (data part or controls) as ours; otherwise, when `templates` are given,
 * as a report typed by hand. The package is opened and document.xml inflated once.
 */
export async function readDocxAny(
  bytes: Uint8Array,
  template: (id: string | null) => Template | undefined,
  templates: readonly Template[] | null,
  given: HandmadeGiven,
  limits?: DocxLimits,
): Promise<AnyRead> {
  const pkg = await DocxPackage.open(bytes, limits);
  const xml = await pkg.textPieces("word/document.xml");
  const controls = scanControls(xml);
  const dataPart = await readDataPart(pkg);
  const t = template(dataPart?.status === "ok" ? dataPart.data.template : null);
  const read = interpretControls(controls, dataPart, t);
  if (templates && !dataPart && read.present.size === 0) return { source: "handmade", handmade: readHandmade(scanBody(xml), templates, given), tool: { ...read, template: t } };
  return { source: "tool", ...read, template: t };
}
