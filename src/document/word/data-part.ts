/**
 * The report's data part in Word: one custom XML part in our namespace, updated in
 * place. WordApi 1.4 (Microsoft 365, the web) reaches it inside Word.run; older
 * hosts (Office 2016–2021 perpetual: WordApi 1.3) through the Common API.
 * getOnlyItemOrNullObject would give a null object as soon as a second part exists,
 * so the parts are listed and read one by one.
 */
import { DATA_PART_NS, DataPartRead, parseDataPartXml } from "../data-part";
import { vi } from "../../strings";
import { DataPartTooLargeError } from "./errors";
import type { CommonXmlParts, WordHost } from "./word-host";

/** Word on the web refuses a custom XML part over 1 MB (office-js#2408). */
export const MAX_DATA_PART_BYTES = 1024 * 1024;

export function checkDataPartSize(xml: string): void {
  const bytes = new TextEncoder().encode(xml).length;
  if (bytes > MAX_DATA_PART_BYTES) throw new DataPartTooLargeError(bytes);
}

export interface QueuedParts {
  /** The parts of our namespace (WordApi 1.4), loaded at the next sync. */
  readonly scoped: Word.CustomXmlPartScopedCollection | null;
}

export function queueParts(context: Word.RequestContext, host: WordHost): QueuedParts {
  if (!host.isSetSupported("WordApi", "1.4")) return { scoped: null };
  const scoped = context.document.customXmlParts.getByNamespace(DATA_PART_NS);
  scoped.load("items/id");
  return { scoped };
}

/** What the parts hold: none, one readable, or damaged (including several that differ). */
export function partsRead(xmls: readonly string[]): DataPartRead | null {
  if (xmls.length === 0) return null;
  const reads = xmls.map(parseDataPartXml);
  const first = reads[0];
  if (reads.length === 1 || reads.every((r) => JSON.stringify(r) === JSON.stringify(first))) return first;
  return { status: "invalid", reason: vi.word.severalDataParts(reads.length) };
}

/** Writes the data part in place: the first part gets the XML, any extra part goes; none → one is added. */
export function queueWrite(context: Word.RequestContext, parts: readonly Word.CustomXmlPart[], xml: string): void {
  checkDataPartSize(xml);
  if (parts.length === 0) context.document.customXmlParts.add(xml);
  else {
    parts[0].setXml(xml);
    parts.slice(1).forEach((p) => p.delete());
  }
}

/** The Common API's part, for hosts without WordApi 1.4. */
export async function commonPart(common: CommonXmlParts | undefined): Promise<{ read: DataPartRead | null; write(xml: string): Promise<void> }> {
  const existing = common ? await common.get(DATA_PART_NS) : null;
  return {
    read: existing ? parseDataPartXml(existing.xml) : null,
    write: async (xml) => {
      checkDataPartSize(xml);
      if (existing) await existing.replace(xml);
      else if (common) await common.add(xml);
    },
  };
}
