/**
 * Two pieces of jszip's own implementation the hardened reader uses (read-docx.ts), so that
 * no zip structure is parsed by hand: its CRC-32 (pako's) and its end-of-central-directory reader.
 */
declare module "jszip/lib/crc32" {
  /** CRC-32 of the bytes, continuing from `crc` (0 to start). */
  export default function crc32(input: Uint8Array, crc?: number): number;
}

declare module "jszip/lib/zipEntries" {
  export default class ZipEntries {
    constructor(options: { decodeFileName: (bytes: Uint8Array) => string });
    prepareReader(data: Uint8Array): void;
    /** Finds and reads the end of central directory record (throws on a file that is not a zip). */
    readEndOfCentral(): void;
    readonly centralDirRecords: number;
    readonly centralDirOffset: number;
    readonly centralDirSize: number;
    readonly reader: { lastIndexOfSignature(sig: string): number };
  }
}
