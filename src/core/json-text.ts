/**
 * Parsing JSON text with a Vietnamese reason when it is not JSON: the engine's own message
 * ("Expected property name or '}' in JSON at position 1") is English and differs between browsers.
 * The position, where the engine gives one, becomes a line and a column.
 */
import { vi } from "../strings";

export class JsonTextError extends Error {}

/** Line and column (from 1) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Bytes that open with a UTF-16 byte-order mark, decoded without it; null without one (JSON and CSV files alike). */
export function decodeUtf16ByMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return null;
}

/**
 * A JSON file's bytes as text: UTF-8 (a byte-order mark allowed), or UTF-16 with its byte-order
 * mark (Notepad's "Unicode"). Other bytes are refused, never decoded with replacement characters:
 * a file saved as Windows-1258 would otherwise lose every Vietnamese letter without a word.
 */
export function decodeJsonBytes(bytes: Uint8Array): string {
  const utf16 = decodeUtf16ByMark(bytes);
  if (utf16 !== null) return utf16;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new JsonTextError(vi.json.notUtf8);
  }
}

/** JSON.parse of the text (a leading byte-order mark allowed); a JsonTextError saying where it breaks otherwise. */
export function parseJsonText(text: string): unknown {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : "";
    if (body.trim() === "") throw new JsonTextError(vi.json.empty);
    const at = /position (\d+)/.exec(message) ?? /line (\d+) column (\d+)/.exec(message);
    if (at && at.length === 2) {
      const { line, column } = lineAndColumn(body, Number(at[1]));
      throw new JsonTextError(vi.json.syntaxAt(line, column));
    }
    if (at && at.length === 3) throw new JsonTextError(vi.json.syntaxAt(Number(at[1]), Number(at[2])));
    if (/end of (JSON )?(data|input)/i.test(message)) throw new JsonTextError(vi.json.truncated);
    throw new JsonTextError(vi.json.syntax);
  }
}
