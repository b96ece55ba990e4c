/**
 * How large an input may be, checked before it is read (a file's size from the file system or
 * the browser's File, not after loading it): every input is bounded in time and memory.
 * A real report is far below these (a .docx ~20 KB, its data ~20 KB).
 */
const MB = 1024 * 1024;

export const INPUT_LIMITS = {
  /** A report .docx (the reader also bounds entries and every inflated part). */
  docx: 30 * MB,
  /** Report data, values or a template as JSON. */
  json: 5 * MB,
  csv: 5 * MB,
  /** An Excel workbook, and all its parts once inflated. */
  xlsx: 30 * MB,
  xlsxInflated: 64 * MB,
} as const;

export type InputKind = "docx" | "json" | "csv" | "xlsx";

/** The kind of an input by its name; null for a name the tool does not read. */
export function inputKind(name: string): InputKind | null {
  const m = /\.(docx|json|csv|xlsx)$/i.exec(name);
  return m ? (m[1].toLowerCase() as InputKind) : null;
}

export const limitFor = (name: string): number => INPUT_LIMITS[inputKind(name) ?? "json"];

export const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
