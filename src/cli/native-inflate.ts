/** Node's zlib for reading .docx parts on the command line (and its worker threads): see RawInflate in read-docx.ts. */
import * as zlib from "zlib";
import type { RawInflate } from "../document/docx/read-docx";
import { useNativeInflate } from "../document/docx/read-docx";

export const nodeInflate: RawInflate = (compressed, limit) => {
  try {
    return zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, limit) });
  } catch (e) {
    // Past the limit: refused as too big (a zip bomb stops here, its output never held).
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
};
// zlib.crc32 is Node 20.15 and later; before, jszip's own.
const native = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;
if (native) nodeInflate.crc32 = (data) => native(data) >>> 0;
useNativeInflate(nodeInflate);
