/**
 * A streaming (SAX) read of word/document.xml into plain blocks (../handmade/body.ts),
 * for reports typed by hand: paragraphs, text boxes, and tables on their grid
 * (gridSpan, vMerge, gridBefore), tables inside cells as tables of their own.
 * Deleted and moved-away text (tracked changes) and the VML copy of a drawing
 * (mc:Fallback, which repeats mc:Choice) are not read.
 */
import { SaxesParser } from "saxes";
import type { BodyBlock, GridCell } from "../handmade/body";
import { vi } from "../../strings";
import { NS } from "../ooxml/dom";
import { DocxError } from "./read-docx";

interface OpenCell {
  paragraphs: string[];
  span: number;
  vMerge: "restart" | "continue" | null;
}

interface OpenTable {
  index: number;
  rows: GridCell[][];
  row: GridCell[] | null;
  cell: OpenCell | null;
  nesting: number;
}

type Container = { kind: "cell"; table: OpenTable } | { kind: "textbox" };

const SKIPPED = new Set(["Fallback", "moveFrom", "del", "instrText", "delText"]);

export function scanBody(xml: string, part = "word/document.xml"): BodyBlock[] {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new DocxError("doctype", vi.docx.doctype(part));
  const parser = new SaxesParser({ xmlns: false, position: false });
  const blocks: (BodyBlock | null)[] = [];
  const tables: OpenTable[] = [];
  const containers: Container[] = [];
  const paragraphs: { text: string }[] = [];
  let w = "w:";
  let first = true;
  let skip = 0;
  let inText = 0;
  parser.on("opentag", (node) => {
    if (first) {
      first = false;
      for (const [name, value] of Object.entries(node.attributes)) {
        if (name.startsWith("xmlns:") && value === NS.w) w = `${name.slice(6)}:`;
      }
    }
    const local = node.name.slice(node.name.indexOf(":") + 1);
    if (skip > 0 || SKIPPED.has(local)) {
      skip++;
      return;
    }
    if (!node.name.startsWith(w)) return;
    const table = tables[tables.length - 1];
    const attr = (n: string) => node.attributes[`${w}${n}`] as string | undefined;
    switch (local) {
      case "tbl":
        tables.push({ index: blocks.length, rows: [], row: null, cell: null, nesting: tables.length });
        blocks.push(null);
        break;
      case "tr":
        if (table) table.row = [];
        break;
      case "gridBefore":
        if (table?.row && !table.cell) for (let i = Number(attr("val") ?? 0); i > 0 && i < 64; i--) table.row.push({ text: "" });
        break;
      case "tc":
        if (table) {
          table.cell = { paragraphs: [], span: 1, vMerge: null };
          containers.push({ kind: "cell", table });
        }
        break;
      case "gridSpan":
        if (table?.cell) table.cell.span = Math.max(1, Math.min(64, Number(attr("val") ?? 1) || 1));
        break;
      case "vMerge":
        if (table?.cell) table.cell.vMerge = attr("val") === "restart" ? "restart" : "continue";
        break;
      case "txbxContent":
        containers.push({ kind: "textbox" });
        break;
      case "p":
        paragraphs.push({ text: "" });
        break;
      case "t":
        inText++;
        break;
      case "br":
      case "cr":
        if (paragraphs.length > 0 && attr("type") !== "page" && attr("type") !== "column") paragraphs[paragraphs.length - 1].text += "\n";
        break;
      case "tab":
        if (paragraphs.length > 0 && node.attributes[`${w}val`] === undefined) paragraphs[paragraphs.length - 1].text += "\t";
        break;
      case "noBreakHyphen":
        if (paragraphs.length > 0) paragraphs[paragraphs.length - 1].text += "-";
        break;
    }
  });
  parser.on("text", (text) => {
    if (inText > 0 && skip === 0 && paragraphs.length > 0) paragraphs[paragraphs.length - 1].text += text;
  });
  parser.on("closetag", (node) => {
    if (skip > 0) {
      skip--;
      return;
    }
    if (!node.name.startsWith(w)) return;
    const local = node.name.slice(w.length);
    const table = tables[tables.length - 1];
    switch (local) {
      case "t":
        inText--;
        break;
      case "p": {
        const p = paragraphs.pop();
        if (!p) break;
        const where = containers[containers.length - 1];
        if (where?.kind === "cell" && where.table.cell) where.table.cell.paragraphs.push(p.text);
        else blocks.push({ kind: "paragraph", text: p.text, ...(where?.kind === "textbox" ? { inTextBox: true } : {}) });
        break;
      }
      case "txbxContent":
        containers.pop();
        break;
      case "tc":
        if (table?.cell && table.row) {
          const c = table.cell;
          const text = c.paragraphs.join("\n");
          table.row.push(c.vMerge === "continue" ? { text, merged: "above" } : { text });
          for (let i = 1; i < c.span; i++) table.row.push({ text: "", merged: c.vMerge === "continue" ? "above" : "left" });
          table.cell = null;
          containers.pop();
        }
        break;
      case "tr":
        if (table?.row) table.rows.push(table.row);
        if (table) table.row = null;
        break;
      case "tbl":
        if (table) {
          tables.pop();
          blocks[table.index] = { kind: "table", rows: table.rows, nesting: table.nesting };
        }
        break;
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new DocxError("bad-xml", vi.docx.badXml(part, String((e as Error).message).split("\n")[0]));
  }
  return blocks.filter((b): b is BodyBlock => b !== null);
}
