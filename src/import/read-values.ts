/**
 * Values from the files officers and one-stop-shop software produce: report
 * data JSON, CSV (comma or semicolon) and Excel (.xlsx, with exceljs). Every
 * cell is kept as written; the value grammar reads it later.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { ReportDataSchema } from "../core/model/report-data";
import { assertSafeText } from "../core/text-safety";
import { vi } from "../strings";

export interface ImportedValues {
  readonly values: Record<string, string | number>;
  readonly notes: Record<string, string>;
  /** Non-fatal remarks (a code given twice). */
  readonly warnings: string[];
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

const CODE_HEADERS = new Set(["ma", "ma_chi_tieu", "code", "stt", "ma_so"]);
const VALUE_HEADERS = new Set(["so_lieu", "gia_tri", "value", "ket_qua"]);
const NOTE_HEADERS = new Set(["ghi_chu", "note"]);

/** A character no document can carry is refused, naming the cell (src/core/text-safety.ts). */
function refuseUnsafe(text: string, where: string): void {
  try {
    assertSafeText(text, where);
  } catch (e) {
    throw new ImportError((e as Error).message);
  }
}

function fromRows(rows: unknown[][]): ImportedValues {
  if (rows.length === 0) throw new ImportError(vi.importing.emptySheet);
  const header = rows[0].map((h) => fold(String(h ?? "")));
  const found = rows[0].map((h) => String(h ?? "")).join(", ");
  const codeCol = header.findIndex((h) => CODE_HEADERS.has(h));
  const valueCol = header.findIndex((h) => VALUE_HEADERS.has(h));
  const noteCol = header.findIndex((h) => NOTE_HEADERS.has(h));
  if (codeCol < 0) throw new ImportError(vi.importing.noCodeColumn(found));
  if (valueCol < 0) throw new ImportError(vi.importing.noValueColumn(found));
  const values: Record<string, string | number> = {};
  const notes: Record<string, string> = {};
  const warnings: string[] = [];
  rows.slice(1).forEach((row, i) => {
    const code = String(row[codeCol] ?? "").trim().replace(/\.$/, "");
    if (code === "") return;
    if (code in values) {
      warnings.push(vi.importing.duplicate(code, i + 2));
      return;
    }
    const v = row[valueCol];
    values[code] = typeof v === "number" ? v : String(v ?? "").trim();
    const note = noteCol >= 0 ? String(row[noteCol] ?? "").trim() : "";
    if (note) notes[code] = note;
    refuseUnsafe(String(values[code]), vi.input.value(code));
    refuseUnsafe(note, vi.input.note(code));
  });
  return { values, notes, warnings };
}

/**
 * One delimiter per file, decided from the header line: Excel in a Vietnamese
 * locale writes semicolons (the comma is the decimal mark: "98,4").
 */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0];
  if (header.includes("\t")) return "\t";
  if (header.includes(";")) return ";";
  return ",";
}

export function valuesFromCsv(text: string): ImportedValues {
  let rows: string[][];
  const clean = text.replace(/^\uFEFF/, "");
  try {
    rows = parseCsv(clean, { delimiter: delimiterOf(clean), relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (e) {
    throw new ImportError(vi.importing.badCsv((e as Error).message));
  }
  return fromRows(rows);
}

/** A spreadsheet cell as written: numbers stay numbers, text stays text. */
function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if (o.result !== undefined) return cellValue(o.result);
    if (o.text !== undefined) return o.text;
  }
  return v;
}

export async function valuesFromXlsx(bytes: Uint8Array): Promise<ImportedValues> {
  // Loaded only when needed: Excel parsing is large.
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new ImportError(vi.importing.badXlsx((e as Error).message));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportError(vi.importing.emptySheet);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellValue(cell.value)));
    rows.push(cells);
  });
  return fromRows(rows);
}

/** A report-data JSON file, or a plain {"code": value} object. */
export function valuesFromJson(text: string): ImportedValues {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ImportError(vi.importing.badJson((e as Error).message));
  }
  const report = ReportDataSchema.safeParse(json);
  if (report.success) return { values: report.data.values, notes: report.data.notes ?? {}, warnings: [] };
  if (json && typeof json === "object" && !Array.isArray(json) && Object.values(json).every((v) => typeof v === "string" || typeof v === "number")) {
    return { values: json as Record<string, string | number>, notes: {}, warnings: [] };
  }
  const first = report.error.issues[0];
  throw new ImportError(vi.importing.badJson(`${first.path.join(".") || "(gốc)"}: ${first.message}`));
}
