/** A .docx typed by hand, read (see ../handmade/read-handmade.ts): the package opened within its limits, the body scanned once. */
import type { Template } from "../../core/model/template";
import { HandmadeGiven, HandmadeRead, readHandmade } from "../handmade/read-handmade";
import { DocxLimits, DocxPackage } from "./read-docx";
import { scanBody } from "./scan-body";

export async function readHandmadeDocx(bytes: Uint8Array, templates: readonly Template[], given: HandmadeGiven = {}, limits?: DocxLimits): Promise<HandmadeRead> {
  const pkg = await DocxPackage.open(bytes, limits);
  return readHandmade(scanBody(await pkg.textPieces("word/document.xml")), templates, given);
}
