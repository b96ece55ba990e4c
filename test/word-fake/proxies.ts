/**
 * Office.js-style proxies over the fake model. Method calls and property sets
 * are queued and run only at context.sync(); loaded values are snapshots taken
 * at that sync; reading a property that was not loaded (or before sync) throws
 * PropertyNotLoaded; a method on a null object fails the sync with ItemNotFound.
 */
import { FakeOfficeError, notLoaded } from "./office-error";
import {
  BlockControl, BodyItem, Cell, controlsInOrder, controlText, FakeDocumentModel, InlineControl, Paragraph, Table, TextPart,
} from "./model";

export class FakeContext {
  queue: (() => void)[] = [];
  loads: (() => void)[] = [];
  readonly document: DocumentProxy;
  constructor(
    readonly model: FakeDocumentModel,
    private readonly stats: { syncs: number },
    private readonly latencyMs: number,
  ) {
    this.document = new DocumentProxy(this);
  }
  async sync(): Promise<void> {
    this.stats.syncs++;
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    const queue = this.queue;
    this.queue = [];
    for (const op of queue) op();
    // Loads run after every queued operation; a collection's load adds its items' loads, run in the same sync.
    while (this.loads.length > 0) this.loads.shift()!();
  }
}

const unbound = () => new Error("fake: a proxy was used before the operation that creates it ran");
const itemNotFound = () => new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");

abstract class Obj<T> {
  private cached: T | null | undefined;
  private snapshot = new Map<string, unknown>();
  private synced = false;
  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
  ) {}
  /** The model object, resolved when an operation runs. */
  protected get t(): T {
    if (this.cached === undefined) this.cached = this.resolver();
    if (this.cached === null) throw itemNotFound();
    return this.cached;
  }
  protected get resolvedOrNull(): T | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }
  protected op(f: () => void): void {
    this.ctx.queue.push(f);
  }
  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded("isNullObject");
    return this.resolvedOrNull === null;
  }
  /** Properties this proxy can report, read from the model at sync time. */
  protected abstract readProperty(name: string): unknown;
  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "").split(",")).map((s) => s.trim()).filter(Boolean);
    this.ctx.loads.push(() => {
      this.synced = true;
      if (this.resolvedOrNull === null) return;
      for (const n of names) this.snapshot.set(n, this.readProperty(n));
    });
    return this;
  }
  protected loaded<V>(name: string): V {
    if (!this.snapshot.has(name)) throw notLoaded(name);
    return this.snapshot.get(name) as V;
  }
  /** A settable property: the set is queued; a read needs a load and a sync. */
  protected setter<V>(name: string, apply: (target: T, v: V) => void): void {
    Object.defineProperty(this, name, {
      get: () => this.loaded<V>(name),
      set: (v: V) => this.op(() => apply(this.t, v)),
      configurable: true,
    });
  }
}

function containerOf(model: FakeDocumentModel, p: Paragraph): (BodyItem | Paragraph)[] {
  if (model.body.includes(p)) return model.body;
  for (const item of model.body) {
    if (item.kind === "bcc" && item.paragraphs.includes(p)) return item.paragraphs;
    if (item.kind === "table") for (const row of item.rows) for (const c of row) if (c.paragraphs.includes(p)) return c.paragraphs;
  }
  throw new FakeOfficeError("ItemNotFound", "paragraph is no longer in the document");
}

function allParagraphs(model: FakeDocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  for (const item of model.body) {
    if (item.kind === "p") out.push(item);
    else if (item.kind === "bcc") out.push(...item.paragraphs);
    else if (item.kind === "table") item.rows.forEach((r) => r.forEach((c) => out.push(...c.paragraphs)));
  }
  return out;
}

const newParagraph = (text: string): Paragraph => ({ kind: "p", parts: text ? [{ kind: "text", text }] : [], format: { font: {} } });

export class FontProxy extends Obj<{ name?: string; size?: number; bold?: boolean; italic?: boolean }> {
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  constructor(ctx: FakeContext, resolver: () => { name?: string; size?: number; bold?: boolean; italic?: boolean }) {
    super(ctx, resolver);
    for (const k of ["name", "size", "bold", "italic"] as const) this.setter(k, (f, v) => ((f as Record<string, unknown>)[k] = v));
  }
  protected readProperty(name: string) {
    return (this.t as Record<string, unknown>)[name];
  }
}

export class ParagraphProxy extends Obj<Paragraph> {
  declare alignment: string;
  declare firstLineIndent: number;
  declare spaceAfter: number;
  declare spaceBefore: number;
  readonly font: FontProxy;
  constructor(ctx: FakeContext, resolver: () => Paragraph | null) {
    super(ctx, resolver);
    this.font = new FontProxy(ctx, () => this.t.format.font);
    for (const k of ["alignment", "firstLineIndent", "spaceAfter", "spaceBefore"] as const) {
      this.setter(k, (p, v) => ((p.format as unknown as Record<string, unknown>)[k] = v));
    }
  }
  protected readProperty(name: string) {
    if (name === "text") return this.t.parts.map((p) => p.text).join("");
    return (this.t.format as unknown as Record<string, unknown>)[name];
  }
  insertText(text: string, location: "End" | "Start"): RangeProxy {
    let created: { para: Paragraph; part: TextPart } | undefined;
    this.op(() => {
      const part: TextPart = { kind: "text", text };
      if (location === "Start") this.t.parts.unshift(part);
      else this.t.parts.push(part);
      created = { para: this.t, part };
    });
    return new RangeProxy(this.ctx, () => (created ? { kind: "part", ...created } : (() => { throw unbound(); })()));
  }
  insertParagraph(text: string, location: "After" | "Before"): ParagraphProxy {
    let created: Paragraph | undefined;
    this.op(() => {
      const list = containerOf(this.ctx.model, this.t);
      created = newParagraph(text);
      created.format = { ...this.t.format, font: { ...this.t.format.font } };
      list.splice(list.indexOf(this.t) + (location === "After" ? 1 : 0), 0, created);
    });
    return new ParagraphProxy(this.ctx, () => created ?? (() => { throw unbound(); })());
  }
  insertTable(rows: number, cols: number, location: "After", values: string[][]): TableProxy {
    let created: Table | undefined;
    this.op(() => {
      if (location !== "After") throw new FakeOfficeError("InvalidArgument", "only After is supported by the fake");
      const list = containerOf(this.ctx.model, this.t);
      if (list !== this.ctx.model.body) throw new FakeOfficeError("InvalidArgument", "tables only at body level in the fake");
      created = makeTable(rows, cols, values);
      list.splice(list.indexOf(this.t) + 1, 0, created);
    });
    return new TableProxy(this.ctx, () => created ?? (() => { throw unbound(); })());
  }
  /** The next/previous paragraph in document order (into and out of tables and controls, as Word does). */
  getNextOrNullObject(): ParagraphProxy {
    return new ParagraphProxy(this.ctx, () => {
      const all = allParagraphs(this.ctx.model);
      return all[all.indexOf(this.t) + 1] ?? null;
    });
  }
  getPreviousOrNullObject(): ParagraphProxy {
    return new ParagraphProxy(this.ctx, () => {
      const all = allParagraphs(this.ctx.model);
      const i = all.indexOf(this.t);
      return i > 0 ? all[i - 1] : null;
    });
  }
  get contentControls(): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.ctx, () => this.t.parts.filter((x): x is InlineControl => x.kind === "cc"));
  }
  getRange(location: "Whole" | "Content"): RangeProxy {
    if (location === "Content") return new RangeProxy(this.ctx, () => ({ kind: "content", para: this.t }));
    if (location !== "Whole") throw new FakeOfficeError("InvalidArgument", "fake supports getRange('Whole'|'Content')");
    return new RangeProxy(this.ctx, () => ({ kind: "paras", paras: [this.t] }));
  }
}

type RangeTarget =
  | { kind: "part"; para: Paragraph; part: TextPart }
  | { kind: "paras"; paras: Paragraph[] }
  /** A paragraph's content without its paragraph mark. */
  | { kind: "content"; para: Paragraph };

export class RangeProxy extends Obj<RangeTarget> {
  readonly font: FontProxy;
  constructor(ctx: FakeContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
    this.font = new FontProxy(ctx, () => {
      const t = this.t;
      if (t.kind !== "part") throw new FakeOfficeError("InvalidArgument", "fake: font of a paragraph range");
      return ((t.part as TextPart & { font?: object }).font ??= {});
    });
  }
  protected readProperty(name: string) {
    const t = this.t;
    if (name === "text") return t.kind === "part" ? t.part.text : t.kind === "content" ? t.para.parts.map((x) => x.text).join("") : t.paras.map((p) => p.parts.map((x) => x.text).join("")).join("\r");
    return undefined;
  }
  get paragraphs() {
    return { getFirst: () => new ParagraphProxy(this.ctx, () => { const t = this.t; return t.kind === "paras" ? t.paras[0] : t.para; }) };
  }
  expandTo(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const a = this.t;
      const b = (other as unknown as { t: RangeTarget }).t;
      if (a.kind !== "paras" || b.kind !== "paras") throw new FakeOfficeError("InvalidArgument", "fake: expandTo over paragraphs only");
      const list = containerOf(this.ctx.model, a.paras[0]);
      const from = list.indexOf(a.paras[0]);
      const to = list.indexOf(b.paras[b.paras.length - 1]);
      return { kind: "paras", paras: list.slice(from, to + 1) as Paragraph[] };
    });
  }
  insertContentControl(type?: "PlainText" | "RichText"): ContentControlProxy {
    let created: InlineControl | BlockControl | undefined;
    this.op(() => {
      const t = this.t;
      const base = { id: this.ctx.model.id(), tag: "", title: "", color: "", cannotEdit: false, cannotDelete: false };
      if (t.kind === "part") {
        const cc: InlineControl = { kind: "cc", type: type === "PlainText" ? "PlainText" : "RichText", text: t.part.text, ...base };
        t.para.parts.splice(t.para.parts.indexOf(t.part), 1, cc);
        created = cc;
      } else if (t.kind === "content") {
        if (t.para.parts.some((x) => x.kind === "cc")) throw new FakeOfficeError("InvalidArgument", "fake: the paragraph already holds a control");
        const cc: InlineControl = { kind: "cc", type: type === "PlainText" ? "PlainText" : "RichText", text: t.para.parts.map((x) => x.text).join(""), ...base };
        t.para.parts = [cc];
        created = cc;
      } else {
        if (type === "PlainText") throw new FakeOfficeError("InvalidArgument", "a plain-text control cannot hold paragraphs");
        const list = containerOf(this.ctx.model, t.paras[0]);
        if (list !== this.ctx.model.body) throw new FakeOfficeError("InvalidArgument", "fake: block controls at body level only");
        const cc: BlockControl = { kind: "bcc", type: "RichText", paragraphs: t.paras, ...base };
        list.splice(list.indexOf(t.paras[0]), t.paras.length, cc);
        created = cc;
      }
    });
    return new ContentControlProxy(this.ctx, () => created ?? (() => { throw unbound(); })());
  }
}

export class ContentControlProxy extends Obj<InlineControl | BlockControl> {
  declare tag: string;
  declare title: string;
  declare color: string;
  declare cannotEdit: boolean;
  declare cannotDelete: boolean;
  constructor(ctx: FakeContext, resolver: () => InlineControl | BlockControl | null) {
    super(ctx, resolver);
    for (const k of ["tag", "title", "color", "cannotEdit", "cannotDelete"] as const) {
      this.setter(k, (c, v) => ((c as unknown as Record<string, unknown>)[k] = v));
    }
  }
  get text(): string {
    return this.loaded<string>("text");
  }
  protected readProperty(name: string) {
    if (name === "text") return controlText(this.t);
    return (this.t as unknown as Record<string, unknown>)[name];
  }
  insertText(text: string, location: "Replace"): RangeProxy {
    this.op(() => {
      const c = this.t;
      if (location !== "Replace") throw new FakeOfficeError("InvalidArgument", "fake supports Replace");
      if (c.cannotEdit) throw new FakeOfficeError("AccessDenied", "The content control cannot be edited.");
      if (c.kind === "cc") c.text = text;
      else c.paragraphs = [{ ...newParagraph(text), format: c.paragraphs[0]?.format ?? { font: {} } }];
    });
    return new RangeProxy(this.ctx, () => null);
  }
  /** Like Word: "End" adds a paragraph inside a rich-text block control, formatted like its last one. */
  insertParagraph(text: string, location: "End"): ParagraphProxy {
    let created: Paragraph | null = null;
    this.op(() => {
      const c = this.t;
      if (location !== "End") throw new FakeOfficeError("InvalidArgument", "fake supports End (Start after clear fails on the web, office-js#4316)");
      if (c.kind !== "bcc") throw new FakeOfficeError("InvalidArgument", "insertParagraph needs a block-level rich-text control");
      if (c.cannotEdit) throw new FakeOfficeError("AccessDenied", "The content control cannot be edited.");
      created = { ...newParagraph(text), format: c.paragraphs[c.paragraphs.length - 1]?.format ?? { font: {} } };
      c.paragraphs.push(created);
    });
    return new ParagraphProxy(this.ctx, () => created);
  }
  select(): void {
    this.op(() => {
      this.ctx.model.selected = this.t.id;
    });
  }
  get paragraphs() {
    return {
      getFirst: () =>
        new ParagraphProxy(this.ctx, () => {
          const c = this.t;
          if (c.kind === "bcc") return c.paragraphs[0] ?? null;
          return allParagraphs(this.ctx.model).find((p) => p.parts.includes(c)) ?? null;
        }),
    };
  }
  get parentTableCellOrNullObject(): TableCellProxy {
    return new TableCellProxy(this.ctx, () => cellOfControl(this.ctx.model, this.t));
  }
}

interface CellAt {
  table: Table;
  row: number;
  column: number;
}

function cellOfControl(model: FakeDocumentModel, cc: InlineControl | BlockControl): CellAt | null {
  for (const item of model.body) {
    if (item.kind !== "table") continue;
    for (let r = 0; r < item.rows.length; r++) {
      for (let c = 0; c < item.rows[r].length; c++) {
        if (item.rows[r][c].paragraphs.some((p) => p.parts.includes(cc as InlineControl))) return { table: item, row: r, column: c };
      }
    }
  }
  return null;
}

export class TableCellProxy extends Obj<CellAt> {
  protected readProperty(name: string) {
    return name === "rowIndex" ? this.t.row : name === "cellIndex" ? this.t.column : undefined;
  }
  get body(): CellBodyProxy {
    return new CellBodyProxy(this.ctx, () => {
      const c = this.t.table.rows[this.t.row][this.t.column];
      if (!c) throw new FakeOfficeError("ItemNotFound", "no such cell");
      return c;
    });
  }
  get parentRow(): TableRowProxy {
    return new TableRowProxy(this.ctx, () => ({ table: this.t.table, row: this.t.row }));
  }
  getNext(): TableCellProxy {
    return new TableCellProxy(this.ctx, () => {
      const t = this.t;
      if (t.column + 1 >= t.table.rows[t.row].length) throw new FakeOfficeError("ItemNotFound", "no next cell in the row");
      return { ...t, column: t.column + 1 };
    });
  }
}

export class TableRowProxy extends Obj<{ table: Table; row: number }> {
  protected readProperty(name: string) {
    return name === "rowIndex" ? this.t.row : undefined;
  }
  get cells() {
    return { getFirst: () => new TableCellProxy(this.ctx, () => ({ ...this.t, column: 0 })) };
  }
  insertRows(location: "After" | "Before", count: number, values: string[][]) {
    let first: { table: Table; row: number } | undefined;
    this.op(() => {
      const t = this.t;
      const cols = t.table.rows[t.row].length;
      if (values.length !== count || values.some((v) => v.length !== cols)) throw new FakeOfficeError("InvalidArgument", "values do not match the rows");
      const at = t.row + (location === "After" ? 1 : 0);
      t.table.rows.splice(at, 0, ...values.map((r) => r.map((v) => ({ paragraphs: [newParagraph(v)] }))));
      first = { table: t.table, row: at };
    });
    return { getFirst: () => new TableRowProxy(this.ctx, () => first ?? (() => { throw unbound(); })()) };
  }
}

export class ContentControlCollectionProxy extends Obj<(InlineControl | BlockControl)[]> {
  private loadedItems: ContentControlProxy[] | null = null;
  protected readProperty(): unknown {
    return undefined;
  }
  override load(props?: string): this {
    const names = (props ?? "").split(",").map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
    this.ctx.loads.push(() => {
      this.loadedItems = this.t.map((c) => {
        const proxy = new ContentControlProxy(this.ctx, () => c);
        proxy.load(names);
        return proxy;
      });
    });
    // The items' own loads run right after this one, in the same sync.
    return this;
  }
  get items(): ContentControlProxy[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
}

export class CellBodyProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly cell: () => Cell,
  ) {}
  get paragraphs() {
    return {
      getFirst: () =>
        new ParagraphProxy(this.ctx, () => {
          const p = this.cell().paragraphs[0];
          if (!p) throw new FakeOfficeError("ItemNotFound", "the cell has no paragraph");
          return p;
        }),
    };
  }
}

function makeTable(rows: number, cols: number, values: string[][]): Table {
  if (values.length !== rows || values.some((r) => r.length !== cols)) throw new FakeOfficeError("InvalidArgument", "values do not match the table size");
  return { kind: "table", headerRowCount: 0, borders: "single", rows: values.map((r) => r.map((v) => ({ paragraphs: [newParagraph(v)] }))) };
}

export class TableProxy extends Obj<Table> {
  declare headerRowCount: number;
  constructor(ctx: FakeContext, resolver: () => Table | null) {
    super(ctx, resolver);
    this.setter("headerRowCount", (t, v: number) => (t.headerRowCount = v));
  }
  protected readProperty(name: string) {
    if (name === "rowCount") return this.t.rows.length;
    return (this.t as unknown as Record<string, unknown>)[name];
  }
  getCell(row: number, column: number) {
    const cell = () => {
      const c = this.t.rows[row]?.[column];
      if (!c) throw new FakeOfficeError("ItemNotFound", `no cell ${row},${column}`);
      return c;
    };
    return { body: new CellBodyProxy(this.ctx, cell) };
  }
  getBorder(location: "All") {
    const table = () => this.t;
    const queue = (f: () => void) => this.op(f);
    return {
      set type(v: string) {
        queue(() => {
          if (location !== "All") throw new FakeOfficeError("InvalidArgument", "fake supports All");
          table().borders = v === "None" ? "none" : "single";
        });
      },
    } as { type: string };
  }
}

export class BodyProxy {
  constructor(private readonly ctx: FakeContext) {}
  private get body() {
    return this.ctx.model.body;
  }
  insertParagraph(text: string, location: "End"): ParagraphProxy {
    let created: Paragraph | undefined;
    this.ctx.queue.push(() => {
      if (location !== "End") throw new FakeOfficeError("InvalidArgument", "fake supports End");
      created = newParagraph(text);
      this.body.push(created);
    });
    return new ParagraphProxy(this.ctx, () => created ?? (() => { throw unbound(); })());
  }
  insertTable(rows: number, cols: number, location: "End", values: string[][]): TableProxy {
    let created: Table | undefined;
    this.ctx.queue.push(() => {
      if (location !== "End") throw new FakeOfficeError("InvalidArgument", "fake supports End");
      created = makeTable(rows, cols, values);
      this.body.push(created);
    });
    return new TableProxy(this.ctx, () => created ?? (() => { throw unbound(); })());
  }
  insertBreak(type: "Page", location: "End"): void {
    this.ctx.queue.push(() => {
      if (type !== "Page" || location !== "End") throw new FakeOfficeError("InvalidArgument", "fake supports a page break at the end");
      this.body.push({ kind: "break" });
    });
  }
}

export class XmlPartProxy extends Obj<{ id: string; xml: string }> {
  protected readProperty(name: string) {
    return name === "id" ? this.t.id : undefined;
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.op(() => result.set(this.t.xml));
    return result;
  }
  setXml(xml: string): void {
    this.op(() => {
      this.t.xml = xml;
    });
  }
}

export class ClientResult<T> {
  private has = false;
  private v: T | undefined;
  set(v: T): void {
    this.has = true;
    this.v = v;
  }
  get value(): T {
    if (!this.has) throw notLoaded("value");
    return this.v as T;
  }
}

const rootNamespace = (xml: string) => /<(?:[\w-]+:)?[\w-]+[^>]*\sxmlns(?::[\w-]+)?="([^"]+)"/.exec(xml.replace(/<\?xml[^>]*\?>/, ""))?.[1] ?? null;

export class DocumentProxy {
  readonly body: BodyProxy;
  constructor(private readonly ctx: FakeContext) {
    this.body = new BodyProxy(ctx);
  }
  get contentControls(): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.ctx, () => controlsInOrder(this.ctx.model));
  }
  get customXmlParts() {
    const ctx = this.ctx;
    return {
      add: (xml: string) => {
        let created: { id: string; xml: string } | undefined;
        ctx.queue.push(() => {
          created = { id: `{FAKE-${ctx.model.id()}}`, xml };
          ctx.model.xmlParts.push(created);
        });
        return new XmlPartProxy(ctx, () => created ?? (() => { throw unbound(); })());
      },
      getByNamespace: (ns: string) => ({
        getOnlyItemOrNullObject: () =>
          new XmlPartProxy(ctx, () => {
            const found = ctx.model.xmlParts.filter((p) => rootNamespace(p.xml) === ns);
            return found.length === 1 ? found[0] : null;
          }),
      }),
    };
  }
  getSelection(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const last = [...this.ctx.model.body].reverse().find((b): b is Paragraph => b.kind === "p");
      if (!last) throw new FakeOfficeError("ItemNotFound", "no paragraph for the cursor");
      return { kind: "paras", paras: [last] };
    });
  }
}
