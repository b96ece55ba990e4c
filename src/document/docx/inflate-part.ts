/**
 * Inflating one part of a .docx within a limit, its CRC-32 computed as it comes: Node's zlib in
 * one piece on the command line (src/cli/native-inflate.ts), jszip's own streaming inflater
 * elsewhere (the browser workbench). Sizes are counted while inflating; declared sizes are not trusted.
 */
import type JSZip from "jszip";
import crc32 from "jszip/lib/crc32";
import { vi } from "../../strings";
import { DocxError } from "./docx-error";

export const MB = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

interface JsZipStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): JsZipStream;
  on(event: "error", cb: (e: Error) => void): JsZipStream;
  on(event: "end", cb: () => void): JsZipStream;
  pause(): JsZipStream;
  resume(): JsZipStream;
}

/**
 * Inflates a part's raw DEFLATE data, or gives null when its output would pass `limit`; throws on
 * damaged data. The command line sets Node's zlib here (src/cli/native-inflate.ts); elsewhere (the
 * browser workbench) jszip's own inflater streams the part.
 */
export type RawInflate = ((compressed: Uint8Array, limit: number) => Uint8Array | null) & { crc32?: (data: Uint8Array) => number };
let nativeInflate: RawInflate | null = null;
/** The inflater set by useNativeInflate, if any. */
export const nativeInflater = (): RawInflate | null => nativeInflate;
export function useNativeInflate(inflate: RawInflate | null): void {
  nativeInflate = inflate;
}

export function inflateAtOnce(inflate: RawInflate, compressed: Uint8Array, name: string, limit: number, take: (chunk: Uint8Array) => void): { total: number; crc: number } {
  let out: Uint8Array | null;
  try {
    out = inflate(compressed, limit);
  } catch {
    throw new DocxError("truncated", vi.docx.truncated);
  }
  if (!out) throw new DocxError("part-too-big", vi.docx.partTooBig(name, MB(limit)));
  take(out);
  return { total: out.byteLength, crc: inflate.crc32 ? inflate.crc32(out) : crc32(out, 0) };
}

export function inflateStream(file: JSZip.JSZipObject, name: string, limit: number, take: (chunk: Uint8Array) => void): Promise<{ total: number; crc: number }> {
  let total = 0;
  let crc = 0;
  return new Promise((resolve, reject) => {
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
        take(chunk);
        crc = crc32(chunk, crc);
      })
      // Whatever the inflater says (in English), the part is damaged or cut short.
      .on("error", () => reject(new DocxError("truncated", vi.docx.truncated)))
      .on("end", () => resolve({ total, crc }))
      .resume();
  });
}
