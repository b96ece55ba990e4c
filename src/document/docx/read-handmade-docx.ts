/** A .docx typed by hand, read (see ../handmade/read-handmade.ts): the package opened within its limits, the body scanned once. */
import type { Identity } from "../../core/identity";
import type { Template } from "../../core/model/template";
import { HandmadeRead, readHandmade } from "../handmade/read-handmade";
import { DocxLimits, DocxPackage } from "./read-docx";
import { scanBody } from "./scan-body";

export async function readHandmadeDocx(bytes: Uint8Array, templates: readonly Template[], given: Partial<Identity> = {}, limits?: DocxLimits): Promise<HandmadeRead> {
  const pkg = await DocxPackage.open(bytes, limits);
  return readHandmade(scanBody(await pkg.text("word/document.xml")), templates, given);
}
