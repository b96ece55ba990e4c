/**
 * Turning a WordprocessingML body into plain blocks (./body.ts), one element event
 * at a time: the same rules whether the events come from a SAX parse of the XML
 * text (../docx/scan-body.ts, fast, read-only) or from a walk over a DOM
 * (../docx/dom-body.ts, which also says which element each block and cell is, for
 * `cchc adopt`). Deleted and moved-away text (tracked changes), field codes and the
 * VML copy of a drawing (mc:Fallback, which repeats mc:Choice) are not read.
 */
import type { BodyBlock, GridCell } from "./body";

interface OpenCell {
  paragraphs: string[];
  span: number;
  vMerge: "restart" | "continue" | null;
  node: unknown;
}

interface OpenTable {
  index: number;
  rows: GridCell[][];
  row: GridCell[] | null;
  rowNodes: unknown[];
  rowNode: unknown;
  cell: OpenCell | null;
  nesting: number;
  node: unknown;
}

type Container = { kind: "cell"; table: OpenTable } | { kind: "textbox" };

const SKIPPED = new Set(["Fallback", "moveFrom", "del", "instrText", "delText"]);

export type Attr = (name: string) => string | undefined;

export class BodyScanner {
  private readonly out: (BodyBlock | null)[] = [];
  private readonly tables: OpenTable[] = [];
  private readonly containers: Container[] = [];
  private readonly paragraphs: { text: string }[] = [];
  private skip = 0;
  private inText = 0;

  /** An element opens: its local name, whether it is in the w: namespace, its w: attributes, and the node itself (DOM walks). */
  open(local: string, isW: boolean, attr: Attr, node?: unknown): void {
    if (this.skip > 0 || SKIPPED.has(local)) {
      this.skip++;
      return;
    }
    if (!isW) return;
    const table = this.tables.length > 0 ? this.tables[this.tables.length - 1] : undefined;
    const p = this.paragraphs.length > 0 ? this.paragraphs[this.paragraphs.length - 1] : undefined;
    switch (local) {
      case "tbl":
        this.tables.push({ index: this.out.length, rows: [], row: null, rowNodes: [], rowNode: undefined, cell: null, nesting: this.tables.length, node });
        this.out.push(null);
        break;
      case "tr":
        if (table) {
          table.row = [];
          table.rowNode = node;
        }
        break;
      case "gridBefore":
        if (table?.row && !table.cell) for (let i = Number(attr("val") ?? 0); i > 0 && i < 64; i--) table.row.push({ text: "" });
        break;
      case "tc":
        if (table) {
          table.cell = { paragraphs: [], span: 1, vMerge: null, node };
          this.containers.push({ kind: "cell", table });
        }
        break;
      case "gridSpan":
        if (table?.cell) table.cell.span = Math.max(1, Math.min(64, Number(attr("val") ?? 1) || 1));
        break;
      case "vMerge":
        if (table?.cell) table.cell.vMerge = attr("val") === "restart" ? "restart" : "continue";
        break;
      case "txbxContent":
        this.containers.push({ kind: "textbox" });
        break;
      case "p":
        this.paragraphs.push({ text: "" });
        break;
      case "t":
        this.inText++;
        break;
      case "br":
      case "cr":
        if (p && attr("type") !== "page" && attr("type") !== "column") p.text += "\n";
        break;
      case "tab":
        if (p && attr("val") === undefined) p.text += "\t";
        break;
      case "noBreakHyphen":
        if (p) p.text += "-";
        break;
    }
  }

  text(text: string): void {
    if (this.inText > 0 && this.skip === 0 && this.paragraphs.length > 0) this.paragraphs[this.paragraphs.length - 1].text += text;
  }

  close(local: string, isW: boolean, node?: unknown): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    if (!isW) return;
    const table = this.tables.length > 0 ? this.tables[this.tables.length - 1] : undefined;
    switch (local) {
      case "t":
        this.inText--;
        break;
      case "p": {
        const p = this.paragraphs.pop();
        if (!p) break;
        const where = this.containers.length > 0 ? this.containers[this.containers.length - 1] : undefined;
        if (where?.kind === "cell" && where.table.cell) where.table.cell.paragraphs.push(p.text);
        else this.out.push({ kind: "paragraph", text: p.text, ...(where?.kind === "textbox" ? { inTextBox: true } : {}), ...(node ? { node } : {}) });
        break;
      }
      case "txbxContent":
        this.containers.pop();
        break;
      case "tc":
        if (table?.cell && table.row) {
          const c = table.cell;
          const text = c.paragraphs.join("\n");
          const at = c.node ? { node: c.node } : {};
          table.row.push(c.vMerge === "continue" ? { text, merged: "above", ...at } : { text, ...at });
          for (let i = 1; i < c.span; i++) table.row.push({ text: "", merged: c.vMerge === "continue" ? "above" : "left" });
          table.cell = null;
          this.containers.pop();
        }
        break;
      case "tr":
        if (table?.row) {
          table.rows.push(table.row);
          table.rowNodes.push(table.rowNode);
        }
        if (table) table.row = null;
        break;
      case "tbl":
        if (table) {
          this.tables.pop();
          this.out[table.index] = { kind: "table", rows: table.rows, nesting: table.nesting, ...(table.node ? { node: table.node, rowNodes: table.rowNodes } : {}) };
        }
        break;
    }
  }

  blocks(): BodyBlock[] {
    return this.out.filter((b): b is BodyBlock => b !== null);
  }
}
