/**
 * Values from the files officers and one-stop-shop software produce: report
 * data JSON, CSV (comma or semicolon) and Excel (.xlsx, with exceljs). Every
 * cell is kept as written; the value grammar reads it later.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { ReportData, ReportDataSchema } from "../core/model/report-data";
import { INPUT_LIMITS, megabytes } from "../core/input-limits";
import { assertSafeText } from "../core/text-safety";
import { DEFAULT_LIMITS, DocxError, DocxPackage } from "../document/docx/read-docx";
import { decodeJsonBytes, decodeUtf16ByMark, parseJsonText } from "../core/json-text";
import { isExactNumber } from "../core/model/schema-enums";
import { vi } from "../strings";

export interface ImportedValues {
  readonly values: Record<string, string | number>;
  readonly notes: Record<string, string>;
  /** Non-fatal remarks (a code given twice). */
  readonly warnings: string[];
  /** Whose values these are, when the file says (report data: template, agency, period). */
  readonly identity?: Pick<ReportData, "template" | "agency" | "period">;
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
    const code = String(row[codeCol] ?? "")
      .trim()
      .replace(/\.$/, "");
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

/**
 * A CSV file's text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised by its
 * zero bytes), or — when the bytes are not UTF-8 — Windows-1258, the Vietnamese code page
 * Excel uses on a Vietnamese Windows (said in a warning).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; warning?: string } {
  const decode = (label: string, b: Uint8Array, fatal = false) => new TextDecoder(label, { fatal }).decode(b);
  const utf16 = decodeUtf16ByMark(bytes);
  if (utf16 !== null) return { text: utf16 };
  const head = bytes.subarray(0, 200);
  const zerosAt = (parity: number) => head.filter((b, i) => b === 0 && i % 2 === parity).length;
  if (head.length >= 4 && zerosAt(1) > head.length / 4) return { text: decode("utf-16le", bytes) };
  if (head.length >= 4 && zerosAt(0) > head.length / 4) return { text: decode("utf-16be", bytes) };
  try {
    return { text: decode("utf-8", bytes, true) };
  } catch {
    return { text: decode("windows-1258", bytes).normalize("NFC"), warning: vi.importing.windows1258 };
  }
}

export function valuesFromCsv(input: string | Uint8Array): ImportedValues {
  const decoded = typeof input === "string" ? { text: input } : decodeCsv(input);
  const clean = decoded.text.replace(/^\uFEFF/, "");
  const delimiter = delimiterOf(clean);
  let rows: string[][];
  try {
    rows = parseCsv(clean, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (e) {
    const err = e as { code?: string; lines?: number };
    throw new ImportError(vi.importing.badCsv(err.code === "CSV_QUOTE_NOT_CLOSED" ? vi.importing.quoteNotClosed(err.lines ?? 0) : vi.importing.csvUnreadable(err.lines ?? 0)));
  }
  // A row wider than the header: in a comma file an unquoted decimal comma (3.4.1,98,4) split the
  // value; it is refused, never read as 98.
  const width = rows[0]?.length ?? 0;
  rows.forEach((row, i) => {
    if (row.slice(width).some((cell) => cell.trim() !== "")) throw new ImportError(vi.importing.tooManyColumns(i + 1, row.length, width, delimiter === ","));
  });
  const result = fromRows(rows);
  return decoded.warning ? { ...result, warnings: [decoded.warning, ...result.warnings] } : result;
}

/** What Excel shows for a number in a format of digits, grouping and percent ("0.0%", "#,##0.00"); null for other formats. */
function shownNumber(value: number, numFmt: string | undefined): string | null {
  const fmt = (numFmt ?? "General").split(";")[0];
  if (fmt === "General" || fmt === "@") return null;
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(fmt.replace(/\\|"/g, ""));
  if (!m) return null;
  const decimals = m[2]?.length ?? 0;
  const n = m[3] ? value * 100 : value;
  return new Intl.NumberFormat("vi-VN", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: !!m[1] }).format(n) + (m[3] ? "%" : "");
}

const DATE_FORMAT = /(^|[^"\\])[dmyhs]/i;

interface XlsxCell {
  readonly address: string;
  readonly value: unknown;
  readonly numFmt?: string;
  readonly isMerged: boolean;
  /** The merged range's top-left cell (the cell itself when not merged). */
  readonly master: { readonly address: string; readonly row: number; readonly value: unknown };
  readonly row: number;
}

/** Text of a rich-text value or of a hyperlink whose text is rich. */
function plainText(v: unknown): string {
  if (v && typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return plainText(o.text);
  }
  return String(v ?? "");
}

/**
 * A cell as the officer sees it in Excel, or refused naming the cell: a date (Excel turned
 * "02/02" into a date), a formula without a saved result, an error (#N/A), a value merged
 * down over several rows.
 */
function shownCell(cell: XlsxCell): unknown {
  const v = cell.value;
  const a = cell.address;
  if (cell.isMerged && cell.master.address !== a) {
    if (cell.master.row !== cell.row && plainText(cell.master.value) !== "") throw new ImportError(vi.importing.mergedDown(a, cell.master.address));
    return "";
  }
  if (v === null || v === undefined) return "";
  if (v instanceof Date) throw new ImportError(vi.importing.dateCell(a, v.toISOString().slice(0, 10).split("-").reverse().join("/")));
  if (typeof v === "number") {
    if (cell.numFmt && DATE_FORMAT.test(cell.numFmt) && !/^[#0.,%]+$/.test(cell.numFmt)) throw new ImportError(vi.importing.dateCell(a, String(v)));
    return shownNumber(v, cell.numFmt) ?? v;
  }
  if (typeof v === "object") {
    const o = v as { formula?: string; sharedFormula?: string; result?: unknown; error?: string };
    if (o.error) throw new ImportError(vi.importing.errorCell(a, o.error));
    if (o.formula !== undefined || o.sharedFormula !== undefined) {
      const r = o.result;
      if (r === undefined || r === null) throw new ImportError(vi.importing.formulaNoResult(a));
      if (typeof r === "object" && (r as { error?: string }).error) throw new ImportError(vi.importing.errorCell(a, (r as { error: string }).error));
      return shownCell({ ...cell, value: r, isMerged: false });
    }
    return plainText(o);
  }
  return v;
}

export async function valuesFromXlsx(bytes: Uint8Array): Promise<ImportedValues> {
  // Loaded only when needed: Excel parsing is large.
  // exceljs inflates the whole workbook: the package is bounded first (size, entries, every part, all parts together).
  if (bytes.byteLength > INPUT_LIMITS.xlsx) throw new ImportError(vi.importing.tooBig(megabytes(bytes.byteLength), megabytes(INPUT_LIMITS.xlsx)));
  try {
    const pkg = await DocxPackage.open(bytes, { ...DEFAULT_LIMITS, maxFileBytes: INPUT_LIMITS.xlsx });
    await pkg.checkInflatedSize(INPUT_LIMITS.xlsxInflated);
  } catch (e) {
    throw new ImportError(e instanceof DocxError && e.code !== "not-zip" && e.code !== "truncated" ? vi.importing.badXlsxPackage(e.message) : vi.importing.badXlsx);
  }
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportError(vi.importing.badXlsx);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportError(vi.importing.emptySheet);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const master = cell.master;
      cells[col - 1] = shownCell({
        address: cell.address,
        value: cell.value,
        numFmt: cell.numFmt,
        isMerged: cell.isMerged,
        master: { address: master.address, row: Number(master.row), value: master.value },
        row: row.number,
      });
    });
    rows.push(cells);
  });
  return fromRows(rows);
}

/** A report-data JSON file, or a plain {"code": value} object; bytes are decoded as decodeJsonBytes says. */
export function valuesFromJson(input: string | Uint8Array): ImportedValues {
  let json: unknown;
  try {
    json = parseJsonText(typeof input === "string" ? input : decodeJsonBytes(input));
  } catch (e) {
    throw new ImportError(vi.importing.badJson((e as Error).message));
  }
  const report = ReportDataSchema.safeParse(json);
  if (report.success) {
    const { template, agency, period } = report.data;
    return { values: report.data.values, notes: report.data.notes ?? {}, warnings: [], identity: { template, agency, period } };
  }
  if (json && typeof json === "object" && !Array.isArray(json) && Object.values(json).every((v) => typeof v === "string" || typeof v === "number")) {
    const inexact = Object.entries(json).find(([, v]) => typeof v === "number" && !isExactNumber(v));
    if (inexact) throw new ImportError(vi.importing.badJson(`${inexact[0]}: ${vi.json.unsafeNumber}`));
    return { values: json as Record<string, string | number>, notes: {}, warnings: [] };
  }
  const first = report.error.issues[0];
  throw new ImportError(vi.importing.badJson(`${first.path.join(".") || "(gốc)"}: ${first.message}`));
}
