/**
 * Opening a .docx safely: hostile input (truncated zip, zip bomb, DOCTYPE or
 * entities, missing parts, huge parts) gets a clear error within bounded time
 * and memory. Sizes are counted while inflating; declared sizes are not trusted.
 */
import { DOMParser, Document } from "@xmldom/xmldom";
import JSZip from "jszip";
import { vi } from "../../strings";

export interface DocxLimits {
  /** The .docx file itself. */
  readonly maxFileBytes: number;
  readonly maxEntries: number;
  /** One part once inflated (word/document.xml of a real report is well under 1 MB). */
  readonly maxPartBytes: number;
}

export const DEFAULT_LIMITS: DocxLimits = {
  maxFileBytes: 30 * 1024 * 1024,
  maxEntries: 1000,
  maxPartBytes: 16 * 1024 * 1024,
};

export type DocxErrorCode = "not-zip" | "truncated" | "too-big" | "too-many-entries" | "part-too-big" | "doctype" | "missing-part" | "bad-xml";

export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DocxError";
  }
}

const MB = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

interface JsZipStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): JsZipStream;
  on(event: "error", cb: (e: Error) => void): JsZipStream;
  on(event: "end", cb: () => void): JsZipStream;
  pause(): JsZipStream;
  resume(): JsZipStream;
}

export class DocxPackage {
  private constructor(
    readonly zip: JSZip,
    private readonly limits: DocxLimits,
  ) {}

  static async open(bytes: Uint8Array, limits: DocxLimits = DEFAULT_LIMITS): Promise<DocxPackage> {
    if (bytes.byteLength > limits.maxFileBytes) {
      throw new DocxError("too-big", vi.docx.tooBig(MB(bytes.byteLength), MB(limits.maxFileBytes)));
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    } catch {
      // A file that starts like a zip but cannot be read was cut short or damaged; anything else is not a .docx.
      const looksLikeZip = bytes.byteLength >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
      throw new DocxError(looksLikeZip ? "truncated" : "not-zip", looksLikeZip ? vi.docx.truncated : vi.docx.notZip);
    }
    const count = Object.keys(zip.files).length;
    if (count > limits.maxEntries) throw new DocxError("too-many-entries", vi.docx.tooManyEntries(count));
    return new DocxPackage(zip, limits);
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  names(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  /** Inflates one part, stopping as soon as it grows past the limit. */
  async text(name: string): Promise<string> {
    const file = this.zip.file(name);
    if (!file) throw new DocxError("missing-part", vi.docx.missingPart(name));
    const limit = this.limits.maxPartBytes;
    const chunks: Uint8Array[] = [];
    let total = 0;
    await new Promise<void>((resolve, reject) => {
      // jszip's streaming reader (not in its type declarations) lets us stop inflating at the limit.
      const stream = (file as unknown as { internalStream(type: "uint8array"): JsZipStream }).internalStream("uint8array");
      stream
        .on("data", (chunk: Uint8Array) => {
          total += chunk.byteLength;
          if (total > limit) {
            stream.pause();
            reject(new DocxError("part-too-big", vi.docx.partTooBig(name, MB(limit))));
            return;
          }
          chunks.push(chunk);
        })
        .on("error", (e: Error) => reject(/crc32|size mismatch|corrupted|end of data/i.test(e.message) ? new DocxError("truncated", vi.docx.truncated) : e))
        .on("end", () => resolve())
        .resume();
    });
    // Uint8Array and TextDecoder, not Buffer: the same reader runs in the browser workbench.
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    return new TextDecoder("utf-8").decode(all);
  }

  /** Parses an XML part; DOCTYPE and entity declarations are refused before parsing. */
  async xml(name: string): Promise<Document> {
    return parseXmlPart(name, await this.text(name));
  }

  /** Replaces a part's text (for writing a filled document back). */
  put(name: string, text: string): void {
    this.zip.file(name, text);
  }

  async bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

export function parseXmlPart(name: string, text: string): Document {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new DocxError("doctype", vi.docx.doctype(name));
  let problem = "";
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning" && !problem) problem = msg;
      },
    }).parseFromString(text, "text/xml");
  } catch (e) {
    throw new DocxError("bad-xml", vi.docx.badXml(name, String((e as Error).message).split("\n")[0]));
  }
  if (problem || !doc.documentElement) throw new DocxError("bad-xml", vi.docx.badXml(name, problem.split("\n")[0] || "trống"));
  return doc;
}
