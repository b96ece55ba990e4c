/**
 * Text that cannot go into a document. XML 1.0 cannot carry the C0 control characters
 * other than tab and the line breaks, nor U+FFFE/U+FFFF or a lone surrogate: written
 * into document.xml they make a file that Word, LibreOffice and our own reader refuse.
 * Such text is refused at the model's edge — the report-data schema, the importers, the
 * plan and every fill — with a message naming where it is; it is never cleaned silently.
 */
import { vi } from "../strings";

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** The first character that cannot go into a document, as "U+000B at position 3"; null when all can. */
export function unsafeCharacter(text: string): { codePoint: string; position: number } | null {
  const m = UNSAFE.exec(text);
  return m ? { codePoint: codePoint(m[0]), position: m.index + 1 } : null;
}

export class UnsafeTextError extends Error {
  constructor(
    readonly where: string,
    readonly codePoint: string,
    readonly position: number,
  ) {
    super(vi.input.unsafeChar(where, codePoint, position));
    this.name = "UnsafeTextError";
  }
}

/** Throws UnsafeTextError naming `where` when the text holds a character a document cannot carry. */
export function assertSafeText(text: string, where: string): void {
  const bad = unsafeCharacter(text);
  if (bad) throw new UnsafeTextError(where, bad.codePoint, bad.position);
}
