/** Word.Table, TableRow, TableCell and a cell's body over the fake model (WordApi 1.3). */
import { FakeContext, invalidArgument, itemNotFound, Obj } from "./context";
import { checkInsertedText, containerOrThrow, insertBlocks, refuseIfLocked } from "./locate";
import { Block, BlockControl, Cell, InlineControl, newParagraph, Paragraph, paragraphsIn, pathTo, Table } from "./model";
import { paragraphCollection, ParagraphProxy } from "./paragraph";
import { RangeProxy } from "./range";

interface CellAt {
  table: Table;
  row: number;
  column: number;
}

function cellHolding(blocks: readonly Block[], test: (cell: Cell) => boolean): CellAt | null {
  let found: CellAt | null = null;
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (found) return;
      if (b.kind === "bcc") walk(b.blocks);
      if (b.kind !== "table") continue;
      b.rows.forEach((r, ri) =>
        r.forEach((c, ci) => {
          if (found) return;
          walk(c.blocks);
          // The innermost cell wins: look inside first.
          if (!found && test(c)) found = { table: b, row: ri, column: ci };
        }),
      );
    }
  };
  walk(blocks);
  return found;
}

export function makeTable(rows: number, cols: number, values: string[][]): Table {
  if (values.length !== rows || values.some((r) => r.length !== cols)) throw invalidArgument("values do not match the table size");
  return { kind: "table", headerRowCount: 0, borders: "single", rows: values.map((r) => r.map((v) => ({ blocks: [newParagraph(v)] }))) };
}

export class TableProxy extends Obj<Table> {
  declare headerRowCount: number;
  declare readonly rowCount: number;
  constructor(ctx: FakeContext, resolver: () => Table | null) {
    super(ctx, resolver);
    this.setter("headerRowCount", (t, v: number) => (t.headerRowCount = v));
    this.readonlyProp("rowCount");
  }
  /** Paragraph.insertTable Before/After: a table beside a paragraph, in the paragraph's container. */
  static insertBeside(ctx: FakeContext, para: () => Paragraph, rows: number, cols: number, location: string, values: string[][]): TableProxy {
    let created: Table | undefined;
    ctx.enqueue(() => {
      if (location !== "After" && location !== "Before") throw invalidArgument("Paragraph.insertTable: Before or After");
      const p = para();
      refuseIfLocked(ctx.model, p);
      const list = containerOrThrow(ctx.model, p);
      created = makeTable(rows, cols, values);
      insertBlocks(list, list.indexOf(p) + (location === "After" ? 1 : 0), [created]);
    }, [rows, cols, location, values]);
    return new TableProxy(ctx, () => created ?? null);
  }
  protected readProperty(name: string) {
    if (name === "rowCount") return this.t.rows.length;
    return (this.t as unknown as Record<string, unknown>)[name];
  }
  getCell(row: number, column: number) {
    this.ctx.navigate();
    return {
      body: new CellBodyProxy(
        this.ctx,
        () =>
          this.t.rows[row]?.[column] ??
          (() => {
            throw itemNotFound(`no cell ${row},${column}`);
          })(),
      ),
    };
  }
  getBorder(location: "All") {
    const queue = (f: () => void, v: string) => this.op(f, [location, v]);
    const table = () => this.t;
    return {
      set type(v: string) {
        queue(() => {
          if (location !== "All") throw invalidArgument("fake: getBorder(All)");
          table().borders = v === "None" ? "none" : "single";
        }, v);
      },
    } as { type: string };
  }
  /** Table.insertParagraph: Before or After the table (WordApi 1.3). */
  insertParagraph(text: string, location: "After" | "Before"): ParagraphProxy {
    let created: Paragraph | undefined;
    this.op(() => {
      if (location !== "After" && location !== "Before") throw invalidArgument("Table.insertParagraph: Before or After");
      checkInsertedText(text, "paragraph");
      const list = containerOrThrow(this.ctx.model, this.t);
      created = newParagraph(text);
      insertBlocks(list, list.indexOf(this.t) + (location === "After" ? 1 : 0), [created]);
    }, [text, location]);
    return new ParagraphProxy(this.ctx, () => created ?? null);
  }
  /** Table.getRange (WordApi 1.3): "Whole" is the table as one block of its container. */
  getRange(location: "Whole" = "Whole"): RangeProxy {
    this.ctx.navigate();
    if (location !== "Whole") throw invalidArgument("fake: Table.getRange Whole");
    return new RangeProxy(this.ctx, () => ({ kind: "blocks", blocks: [this.t] }));
  }
  /** The outermost table holding this one, or null (WordApi 1.3). */
  get parentTableOrNullObject(): TableProxy {
    return new TableProxy(this.ctx, () => {
      const path = pathTo(this.ctx.model.body, this.t) ?? [];
      const outer = path.slice(0, -1).filter((b): b is Table => b.kind === "table");
      return outer[outer.length - 1] ?? null;
    });
  }
}

export class TableCellProxy extends Obj<CellAt> {
  static ofControl(ctx: FakeContext, control: () => InlineControl | BlockControl): TableCellProxy {
    return new TableCellProxy(ctx, () => {
      const c = control();
      return cellHolding(ctx.model.body, (cell) => (c.kind === "bcc" ? cell.blocks.includes(c) : paragraphsIn(cell.blocks).some((p) => p.parts.includes(c))));
    });
  }
  static ofParagraph(ctx: FakeContext, para: () => Paragraph): TableCellProxy {
    return new TableCellProxy(ctx, () => cellHolding(ctx.model.body, (cell) => cell.blocks.includes(para())));
  }
  protected readProperty(name: string) {
    return name === "rowIndex" ? this.t.row : name === "cellIndex" ? this.t.column : undefined;
  }
  get body(): CellBodyProxy {
    return new CellBodyProxy(
      this.ctx,
      () =>
        this.t.table.rows[this.t.row][this.t.column] ??
        (() => {
          throw itemNotFound("no such cell");
        })(),
    );
  }
  get parentRow(): TableRowProxy {
    return new TableRowProxy(this.ctx, () => ({ table: this.t.table, row: this.t.row }));
  }
  get parentTable(): TableProxy {
    return new TableProxy(this.ctx, () => this.t.table);
  }
  getNext(): TableCellProxy {
    this.ctx.navigate();
    return new TableCellProxy(this.ctx, () => {
      const t = this.t;
      if (t.column + 1 >= t.table.rows[t.row].length) throw itemNotFound("no next cell in the row");
      return { ...t, column: t.column + 1 };
    });
  }
}

export class TableRowProxy extends Obj<{ table: Table; row: number }> {
  protected readProperty(name: string) {
    return name === "rowIndex" ? this.t.row : undefined;
  }
  get cells() {
    return {
      getFirst: () => {
        this.ctx.navigate();
        return new TableCellProxy(this.ctx, () => ({ ...this.t, column: 0 }));
      },
    };
  }
  insertRows(location: "After" | "Before", count: number, values: string[][]) {
    let first: { table: Table; row: number } | undefined;
    this.op(() => {
      const t = this.t;
      const cols = t.table.rows[t.row].length;
      if (values.length !== count || values.some((v) => v.length !== cols)) throw invalidArgument("values do not match the rows");
      const at = t.row + (location === "After" ? 1 : 0);
      t.table.rows.splice(at, 0, ...values.map((r) => r.map((v) => ({ blocks: [newParagraph(v)] as Block[] }))));
      first = { table: t.table, row: at };
    }, [location, count, values]);
    return { getFirst: () => new TableRowProxy(this.ctx, () => first ?? null) };
  }
}

/** A cell's body: its paragraphs. */
export class CellBodyProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly cell: () => Cell,
  ) {}
  get paragraphs() {
    return paragraphCollection(this.ctx, () => paragraphsIn(this.cell().blocks));
  }
}

/** Range.parentBody / Paragraph.parentBody: only its `type` is modelled (MainDoc, TableCell, Header, Footer). */
export class BodyRefProxy extends Obj<string> {
  declare readonly type: string;
  constructor(ctx: FakeContext, resolver: () => string | null) {
    super(ctx, resolver);
    this.readonlyProp("type");
  }
  protected readProperty(name: string) {
    return name === "type" ? this.t : undefined;
  }
}
