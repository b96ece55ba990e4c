/** Word.Range over the fake model: text runs, paragraph content, whole blocks, whole controls, the cursor. */
import { ClientResult, FakeContext, invalidArgument, Obj } from "./context";
import { exportOoxml } from "./ooxml-export";
import { ContentControlCollectionProxy, ContentControlProxy } from "./content-control";
import { accessDenied, addStyles, containerOrThrow, insertBlocks, placeOf, RangeTarget, refuseIfLocked } from "./locate";
import { Block, BlockControl, controlsIn, InlineControl, Paragraph, paragraphsIn, paragraphText, TextPart } from "./model";
import { importOoxml } from "./ooxml-import";
import { FakeOfficeError } from "./office-error";
import { FontProxy, paragraphCollection } from "./paragraph";
import { BodyRefProxy, TableProxy } from "./table";
import { TrackedChangeCollectionProxy } from "./tracked-changes";

/** Imports a package into a list at an index; the range over what was inserted. */
export function importInto(ctx: FakeContext, ooxml: string, list: Block[], at: number): RangeTarget {
  const imported = importOoxml(ooxml, () => ctx.model.id());
  if (imported.blocks.length === 0) throw invalidArgument("insertOoxml: the package holds no content");
  addStyles(ctx.model, imported.styles);
  insertBlocks(list, at, imported.blocks);
  return { kind: "blocks", blocks: imported.blocks };
}

function blocksOf(t: RangeTarget): Block[] {
  if (t.kind === "blocks") return t.blocks;
  if (t.kind === "control" && t.control.kind === "bcc") return [t.control];
  throw invalidArgument(`fake: this operation needs a range of whole paragraphs, tables or block controls (got ${t.kind})`);
}

export class RangeProxy extends Obj<RangeTarget> {
  readonly font: FontProxy;
  constructor(ctx: FakeContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
    this.font = new FontProxy(ctx, () => {
      const t = this.t;
      if (t.kind !== "part") throw invalidArgument("fake: font of a range that is not a run of text");
      return (t.part.font ??= {});
    });
    this.readonlyProp("text");
  }

  static parentControl(ctx: FakeContext, target: () => RangeTarget, own: () => InlineControl | BlockControl | null = () => null): ContentControlProxy {
    return new ContentControlProxy(ctx, () => placeOf(ctx.model, target(), own()).control);
  }

  protected readProperty(name: string) {
    const t = this.t;
    if (name !== "text") return undefined;
    switch (t.kind) {
      case "part":
        return t.part.text;
      case "content":
        return paragraphText(t.para);
      case "control":
        return t.control.kind === "cc" ? t.control.text : paragraphsIn(t.control.blocks).map(paragraphText).join("\r");
      case "found":
        return t.text;
      case "blocks":
        return paragraphsIn(t.blocks).map(paragraphText).join("\r");
      default:
        return "";
    }
  }

  get paragraphs() {
    return paragraphCollection(this.ctx, () => {
      const t = this.t;
      if (t.kind === "part" || t.kind === "content") return [t.para];
      if (t.kind === "header" || t.kind === "footer") throw invalidArgument("fake: the page header and footer are not modelled");
      if (t.kind === "control" && t.control.kind === "cc") {
        const cc = t.control;
        return paragraphsIn(this.ctx.model.body).filter((p) => p.parts.includes(cc));
      }
      return paragraphsIn(blocksOf(t));
    });
  }

  get contentControls(): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.ctx, () => {
      const t = this.t;
      if (t.kind === "blocks") return controlsIn(t.blocks);
      if (t.kind === "control") return t.control.kind === "bcc" ? [t.control, ...controlsIn(t.control.blocks)] : [t.control];
      if (t.kind === "content") return t.para.parts.filter((x): x is InlineControl => x.kind === "cc");
      return [];
    });
  }

  /** Both ranges over whole blocks of one container. */
  expandTo(other: RangeProxy): RangeProxy {
    this.ctx.navigate();
    return new RangeProxy(this.ctx, () => {
      const a = blocksOf(this.t);
      const b = blocksOf(other.t);
      const list = containerOrThrow(this.ctx.model, a[0]);
      if (!list.includes(b[b.length - 1])) throw invalidArgument("fake: expandTo across containers is not modelled");
      const from = list.indexOf(a[0]);
      const to = list.indexOf(b[b.length - 1]);
      if (to < from) throw invalidArgument("fake: expandTo backwards");
      return { kind: "blocks", blocks: list.slice(from, to + 1) };
    });
  }

  insertContentControl(type?: "PlainText" | "RichText"): ContentControlProxy {
    let created: InlineControl | BlockControl | undefined;
    this.op(() => {
      const t = this.t;
      const base = { id: this.ctx.model.id(), tag: "", title: "", color: "", cannotEdit: false, cannotDelete: false };
      const plain = type === "PlainText";
      if (plain) this.ctx.requireNow("WordApi 1.5");
      // Word on the web: "A general error is thrown" for a control around text in a table cell (office-js#3367;
      // a whole-cell control is not seen as one there and gains a paragraph, #1947, #3704).
      if (this.ctx.options.web && t.kind !== "found" && placeOf(this.ctx.model, t).bodyType === "TableCell") {
        throw new FakeOfficeError("GeneralException", "fake (web): a content control cannot be inserted inside a table cell (office-js#3367)");
      }
      if (t.kind === "part") {
        refuseIfLocked(this.ctx.model, t.para);
        const cc: InlineControl = { kind: "cc", type: plain ? "PlainText" : "RichText", text: t.part.text, ...base };
        t.para.parts.splice(t.para.parts.indexOf(t.part), 1, cc);
        created = cc;
      } else if (t.kind === "content") {
        refuseIfLocked(this.ctx.model, t.para);
        if (t.para.parts.some((x) => x.kind === "cc")) throw invalidArgument("fake: the paragraph already holds a control");
        const cc: InlineControl = { kind: "cc", type: plain ? "PlainText" : "RichText", text: t.para.parts.map((x) => (x.kind === "text" ? x.text : "")).join(""), ...base };
        t.para.parts = [cc];
        created = cc;
      } else if (t.kind === "blocks") {
        if (plain && t.blocks.length > 1) throw invalidArgument("a plain-text control cannot hold paragraphs");
        // Controls wrapping whole table cells or rows break on the web; the fake refuses controls around tables.
        if (t.blocks.some((b) => b.kind === "table")) throw invalidArgument("fake: a control around a table is not modelled (cell and row controls break on the web)");
        refuseIfLocked(this.ctx.model, t.blocks[0]);
        const list = containerOrThrow(this.ctx.model, t.blocks[0]);
        const cc: BlockControl = { kind: "bcc", type: plain ? "PlainText" : "RichText", blocks: t.blocks, ...base };
        list.splice(list.indexOf(t.blocks[0]), t.blocks.length, cc);
        created = cc;
      } else {
        throw invalidArgument(`fake: insertContentControl on a ${t.kind} range`);
      }
    }, [type ?? "RichText"]);
    return new ContentControlProxy(this.ctx, () => created ?? null);
  }

  /** Range.getOoxml (WordApi 1.1): the range's whole blocks as a Flat OPC package (./ooxml-export.ts). */
  getOoxml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.op(() => result.set(exportOoxml(blocksOf(this.t), this.ctx.model.styles.values())));
    return result;
  }

  /** Range.insertOoxml: Replace, Start, End, Before or After (WordApi 1.1); Before/After are outside the range. */
  insertOoxml(ooxml: string, location: "Replace" | "Before" | "After" | "Start" | "End"): RangeProxy {
    let created: RangeTarget | undefined;
    this.op(() => {
      const blocks = blocksOf(this.t);
      const first = blocks[0];
      const last = blocks[blocks.length - 1];
      const list = containerOrThrow(this.ctx.model, first);
      refuseIfLocked(this.ctx.model, first);
      if (location === "Before") created = importInto(this.ctx, ooxml, list, list.indexOf(first));
      else if (location === "After") created = importInto(this.ctx, ooxml, list, list.indexOf(last) + 1);
      else if (location === "Replace") {
        assertDeletable(blocks);
        const at = list.indexOf(first);
        list.splice(at, blocks.length);
        created = importInto(this.ctx, ooxml, list, at);
      } else if (location === "End" && this.t.kind === "control") {
        const c = (this.t as { control: BlockControl }).control;
        if (c.cannotEdit) throw accessDenied();
        created = importInto(this.ctx, ooxml, c.blocks, c.blocks.length);
      } else throw invalidArgument(`fake: Range.insertOoxml ${location} on this range is not modelled`);
    }, [ooxml, location]);
    return new RangeProxy(this.ctx, () => created ?? null);
  }

  /** A line break after a paragraph's content (Range.insertBreak takes Before/After). */
  insertBreak(type: "Line", location: "After" | "Before"): void {
    this.op(() => {
      const t = this.t;
      if (type !== "Line" || t.kind !== "content" || location !== "After") throw invalidArgument("fake: Range.insertBreak(Line, After) on a paragraph's content only");
      refuseIfLocked(this.ctx.model, t.para);
      t.para.parts.push({ kind: "text", text: "\v" });
    }, [type, location]);
  }

  /** Deletes whole blocks; a control that cannot be deleted refuses (AccessDenied). */
  delete(): void {
    this.op(() => {
      const blocks = blocksOf(this.t);
      assertDeletable(blocks);
      const list = containerOrThrow(this.ctx.model, blocks[0]);
      list.splice(list.indexOf(blocks[0]), blocks.length);
      if (list.length === 0 || list[list.length - 1].kind === "table") list.push({ kind: "p", parts: [], format: { font: {} } });
    });
  }

  select(): void {
    this.op(() => {
      const t = this.t;
      if (t.kind === "blocks") this.ctx.model.cursor = { kind: "blocks", blocks: t.blocks };
      else if (t.kind === "control") this.ctx.model.cursor = { kind: "control", control: t.control };
      else if (t.kind === "found") this.ctx.model.cursor = { kind: "found", control: t.control, text: t.text };
    });
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    return RangeProxy.parentControl(this.ctx, () => this.t);
  }
  get parentTableOrNullObject(): TableProxy {
    return new TableProxy(this.ctx, () => placeOf(this.ctx.model, this.t).table);
  }
  get parentBody(): BodyRefProxy {
    return new BodyRefProxy(this.ctx, () => placeOf(this.ctx.model, this.t).bodyType);
  }

  /** WordApi 1.6. */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    this.ctx.navigate();
    return new TrackedChangeCollectionProxy(this.ctx, () => {
      const t = this.t;
      return t.kind === "blocks" ? controlsIn(t.blocks) : t.kind === "control" ? [t.control] : [];
    });
  }
}

function assertDeletable(blocks: Block[]): void {
  if (controlsIn(blocks).some((c) => c.cannotDelete)) throw new FakeOfficeError("AccessDenied", "The range holds a content control that cannot be deleted.");
}

export type { TextPart, Paragraph };
