/**
 * The appendix as a unit typed it: which tables hold it (its header rows name the
 * columns: STT, Chỉ tiêu, Đơn vị tính, Số liệu, Ghi chú, the form's own columns),
 * and each printed row's code, label, unit, value and notes, exactly as typed.
 * A table split across pages, with or without its header repeated, is read as one.
 */
import type { AppendixColumn } from "../../core/model/template-schema";
import type { Indicator, Template } from "../../core/model/template";
import { appendixColumns } from "../plan/build-plan";
import { BodyBlock, cellText, TableBlock } from "./body";
import { bagOf, bagOfText, bagSimilarity, normalised, words, WordBag } from "./text-match";

/** What a column holds: the parts of AppendixColumn.show ("stt", "label", "unit", "value", "note", "area", "cell:<id>"). */
export type ColumnParts = readonly string[];

export interface PrintedRow {
  /** Where it is: the table's place among the body's blocks, and the row in it. */
  readonly table: number;
  readonly row: number;
  /** The code as printed, without a trailing dot ("3.1.3" for "3.1.3."); "" when none. */
  readonly code: string;
  /** Printed as a part of the row above: "- …", "a) …", or under "Trong đó". */
  readonly child: boolean;
  readonly label: string;
  readonly unit: string;
  /** The value cell as typed. */
  readonly value: string;
  /** The note cells as typed (one per note column, in order), with what else the column shows (the form's own text). */
  readonly notes: readonly { readonly text: string; readonly parts: ColumnParts }[];
  /** The grid columns of the value and of the first note cell (-1 when none), for adopt. */
  readonly valueColumn: number;
  readonly noteColumn: number;
}

export interface AppendixRead {
  readonly rows: readonly PrintedRow[];
  /** The tables read, by block index, with the role of each grid column. */
  readonly tables: ReadonlyMap<number, readonly ColumnParts[]>;
  /** Rows left unread because a table had more than MAX_ROWS. */
  readonly truncated: boolean;
}

/** More rows than any form has (the largest, Khánh Hòa's, prints 160): the rest is not read. */
export const MAX_ROWS = 2000;

const GENERIC: readonly AppendixColumn[] = [
  { title: "STT", show: ["stt"], width: 1 },
  { title: "TT", show: ["stt"], width: 1 },
  { title: "Số thứ tự", show: ["stt"], width: 1 },
  { title: "Chỉ tiêu thống kê", show: ["label"], width: 1 },
  { title: "Chỉ tiêu", show: ["label"], width: 1 },
  { title: "Nội dung", show: ["label"], width: 1 },
  { title: "Đơn vị tính", show: ["unit"], width: 1 },
  { title: "ĐVT", show: ["unit"], width: 1 },
  { title: "Số liệu", show: ["value"], width: 1 },
  { title: "Kết quả", show: ["value"], width: 1 },
  { title: "Ghi chú", show: ["note"], width: 1 },
];

/**
 * The lines the form itself prints in a column that also holds the note (Khánh Hòa's "Đơn vị thực
 * hiện": "- Sở Nội vụ báo cáo …"), normalised: they are not the officer's note.
 */
export function formLines(parts: ColumnParts, row: Indicator): Set<string> {
  return new Set(
    parts
      .filter((p) => p.startsWith("cell:"))
      .flatMap((p) => (row.cells[p.slice(5)] ?? "").split("\n"))
      .map(normalised)
      .filter((l) => l !== ""),
  );
}

/** Every column title the templates print, and the usual ones, with what each holds. */
export function knownColumns(templates: readonly Template[]): AppendixColumn[] {
  const seen = new Set<string>();
  const out: AppendixColumn[] = [];
  for (const c of [...templates.flatMap((t) => appendixColumns(t)), ...GENERIC]) {
    const key = normalised(c.title);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

interface Titles {
  readonly columns: readonly { readonly title: string; readonly firstLine: string; readonly bag: WordBag; readonly parts: ColumnParts }[];
  readonly groups: ReadonlySet<string>;
  /** Cell text → parts, within one read (heading rows repeat on every page). */
  readonly seen: Map<string, ColumnParts | null>;
}

function titlesOf(templates: readonly Template[]): Titles {
  return {
    columns: knownColumns(templates).map((c) => ({ title: normalised(c.title), firstLine: normalised(c.title.split("\n")[0]), bag: bagOfText(c.title), parts: c.show })),
    groups: new Set(["kết quả thống kê", ...templates.flatMap((t) => appendixColumns(t).flatMap((c) => (c.group ? [normalised(c.group)] : [])))]),
    seen: new Map(),
  };
}

/** The parts a header cell names, or null: "Chỉ tiêu thống kê (Sử dụng …)" names the label. */
function partsOf(text: string, titles: Titles): ColumnParts | null {
  const known = titles.seen.get(text);
  if (known !== undefined) return known;
  // A heading is short and starts with a letter; a row's code, "- …" label or number is not one.
  const w = text.length <= 120 && /^\s*\p{L}/u.test(text) ? words(text) : [];
  let best: { parts: ColumnParts; score: number } | null = null;
  if (w.length > 0 && w.length <= 40) {
    const said = w.join(" ");
    const bag = bagOf(w);
    for (const c of titles.columns) {
      const score = said === c.title || said === c.firstLine ? 2 : said.startsWith(`${c.firstLine} `) ? 1.5 : bagSimilarity(bag, c.bag);
      if (score >= 0.75 && (!best || score > best.score)) best = { parts: c.parts, score };
    }
  }
  titles.seen.set(text, best?.parts ?? null);
  return best?.parts ?? null;
}

const isGroupTitle = (text: string, titles: Titles) => text.length <= 80 && titles.groups.has(normalised(text));

/** The header rows at the top of a table (up to three), and the parts of each grid column; null when it is not an appendix table. */
function headerOf(table: TableBlock, titles: Titles): { rows: number; roles: ColumnParts[] } | null {
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  let headerRows = 0;
  for (let r = 0; r < Math.min(3, table.rows.length); r++) {
    if (isHeadingRow(table, r, titles, headerRows > 0 ? 1 : 2)) headerRows = r + 1;
    else break;
  }
  if (headerRows === 0) return null;
  const roles: ColumnParts[] = [];
  for (let c = 0; c < width; c++) {
    let parts: ColumnParts | null = null;
    for (let r = headerRows - 1; r >= 0 && !parts; r--) parts = partsOf(cellText(table, r, c), titles);
    roles.push(parts ?? []);
  }
  const has = (p: string) => roles.some((x) => x.includes(p));
  return has("label") && (has("value") || has("stt")) ? { rows: headerRows, roles } : null;
}

/**
 * A heading row: its cells name columns (one unknown title allowed, a unit's extra column), and at
 * least `least` of them. "Số liệu về biên chế …" in a label cell starts like "Số liệu" but is a row.
 */
function isHeadingRow(table: TableBlock, r: number, titles: Titles, least: number): boolean {
  const cells = table.rows[r].filter((c) => !c.merged && c.text.trim() !== "");
  if (cells.length > 12) return false;
  const named = cells.filter((c) => partsOf(c.text, titles) || isGroupTitle(c.text, titles)).length;
  return named >= least && named >= cells.length - 1;
}

const rowKey = (table: TableBlock, r: number) =>
  table.rows[r]
    .filter((c) => !c.merged)
    .map((c) => c.text.replace(/\s+/g, " ").trim())
    .join("|");

const CODE = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?$/;
const CODE_IN_LABEL = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?=\S)/;
const CHILD_IN_LABEL = /^(?:[-–—+•]|[a-zđ]\))\s*/;
const TRONG_DO = /^trong\s+đó\s*:?\s*/i;

/** A printed row's code, whether it belongs to the row above, and its label without either. */
function parseLead(sttText: string, labelText: string, underTrongDo: boolean): { code: string; child: boolean; label: string } {
  const stt = sttText.replace(/\s+/g, " ").trim();
  let label = labelText.replace(/[ \t]+/g, " ").trim();
  let code = CODE.exec(stt)?.[1] ?? "";
  let child = underTrongDo || TRONG_DO.test(stt) || /^[-–+]$/.test(stt) || /^[a-zđ]\)?$/.test(stt);
  if (!code) {
    const inLabel = CODE_IN_LABEL.exec(label);
    if (inLabel) {
      code = inLabel[1];
      label = label.slice(inLabel[0].length);
    }
  }
  const dash = CHILD_IN_LABEL.exec(label);
  if (dash && !code) {
    child = true;
    label = label.slice(dash[0].length);
  }
  // "Tổng số TTHC … hiệu lực.\nTrong đó:" — the label ends before "Trong đó".
  label = label
    .replace(/[\s.]*\n?\s*trong\s+đó\s*:?\s*$/i, "")
    .replace(/\s*:\s*$/, "")
    .trim();
  return { code, child: child && !code, label };
}

/** Reads the appendix rows from a document's blocks. */
export function readAppendixRows(blocks: readonly BodyBlock[], templates: readonly Template[]): AppendixRead {
  const titles = titlesOf(templates);
  const headingKeys = new Set<string>();
  const rows: PrintedRow[] = [];
  const tables = new Map<number, ColumnParts[]>();
  let last: ColumnParts[] | null = null;
  let truncated = false;
  blocks.forEach((block, index) => {
    if (block.kind !== "table" || block.rows.length === 0 || truncated) return;
    const header = headerOf(block, titles);
    for (let r = 0; r < (header?.rows ?? 0); r++) headingKeys.add(rowKey(block, r));
    const width = Math.max(...block.rows.map((r) => r.length));
    // A table with no header right after the appendix, as wide as it: the same table continued on the next page.
    const roles = header?.roles ?? (last && last.length === width ? last : null);
    if (!roles) return;
    last = roles;
    tables.set(index, roles);
    const at = (p: string) => roles.findIndex((x) => x.includes(p));
    const stt = at("stt");
    const label = at("label");
    const unit = at("unit");
    const value = at("value");
    const noteColumns = roles.map((x, i) => (x.includes("note") ? i : -1)).filter((i) => i >= 0);
    let trongDo = false;
    for (let r = header?.rows ?? 0; r < block.rows.length; r++) {
      if (rows.length >= MAX_ROWS) {
        truncated = true;
        return;
      }
      // The heading repeated on a later page: a copy of a heading row seen, or a row whose first cell is a column title.
      const key = rowKey(block, r);
      if (headingKeys.has(key) || (partsOf(block.rows[r][0]?.text ?? "", titles) && isHeadingRow(block, r, titles, 2))) {
        headingKeys.add(key);
        continue;
      }
      const own = (c: number) => (c >= 0 && block.rows[r][c] && !block.rows[r][c].merged ? block.rows[r][c].text.trim() : "");
      const sttText = stt >= 0 ? cellText(block, r, stt) : "";
      const lead = parseLead(sttText, own(label), trongDo && !own(stt));
      const labelOnly = lead.label.replace(TRONG_DO, "");
      if (lead.label !== "" && labelOnly === "" && !lead.code) {
        trongDo = true; // a row "Trong đó:" on its own: the rows under it are parts of the one above
        continue;
      }
      if (lead.code) trongDo = false;
      if (lead.label === "" && own(value) === "") continue;
      rows.push({
        table: index,
        row: r,
        code: lead.code,
        child: lead.child,
        label: lead.label,
        unit: own(unit),
        value: own(value),
        notes: noteColumns.map((c) => ({ text: own(c), parts: roles[c] })),
        valueColumn: value,
        noteColumn: noteColumns[0] ?? -1,
      });
    }
  });
  return { rows, tables, truncated };
}
