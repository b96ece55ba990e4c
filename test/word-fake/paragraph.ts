/** Word.Paragraph and Word.Font over the fake model. */
import { CollectionProxy, FakeContext, invalidArgument, Obj } from "./context";
import { ContentControlCollectionProxy } from "./content-control";
import { checkInsertedText, containerOrThrow, insertBlocks, paragraphLike, placeOf, refuseIfLocked } from "./locate";
import { effectiveFormat, InlineControl, keepTrailingParagraph, Paragraph, paragraphsIn, paragraphText, sectionsOf, TextPart } from "./model";
import { FakeOfficeError } from "./office-error";
import { RangeProxy, importInto } from "./range";
import { BodyRefProxy, TableCellProxy, TableProxy } from "./table";

type FontModel = { name?: string; size?: number; bold?: boolean; italic?: boolean };

export class FontProxy extends Obj<FontModel> {
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  constructor(ctx: FakeContext, resolver: () => FontModel) {
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
  declare style: string;
  readonly font: FontProxy;
  constructor(ctx: FakeContext, resolver: () => Paragraph | null) {
    super(ctx, resolver);
    this.font = new FontProxy(ctx, () => this.t.format.font);
    for (const k of ["alignment", "firstLineIndent", "spaceAfter", "spaceBefore"] as const) {
      this.setter(k, (p, v) => ((p.format as unknown as Record<string, unknown>)[k] = v));
    }
    this.setter("style", (p, v: string) => {
      const found = [...ctx.model.styles.values()].find((s) => s.name === v || s.id === v);
      if (!found) throw invalidArgument(`no style ${v} in the document`);
      p.style = found.id;
    });
    this.readonlyProp("text");
  }
  protected readProperty(name: string) {
    if (name === "text") return paragraphText(this.t);
    if (name === "style") return this.t.style ? (this.ctx.model.styles.get(this.t.style)?.name ?? this.t.style) : "Normal";
    return (effectiveFormat(this.ctx.model, this.t) as unknown as Record<string, unknown>)[name];
  }
  insertText(text: string, location: "End" | "Start"): RangeProxy {
    let created: { para: Paragraph; part: TextPart } | undefined;
    this.op(() => {
      if (location !== "End" && location !== "Start") throw invalidArgument("fake: Paragraph.insertText Start|End");
      checkInsertedText(text, "paragraph");
      refuseIfLocked(this.ctx.model, this.t);
      const part: TextPart = { kind: "text", text };
      if (location === "Start") this.t.parts.unshift(part);
      else this.t.parts.push(part);
      created = { para: this.t, part };
    }, [text, location]);
    return new RangeProxy(this.ctx, () => (created ? { kind: "part", ...created } : null));
  }
  insertParagraph(text: string, location: "After" | "Before"): ParagraphProxy {
    let created: Paragraph | undefined;
    this.op(() => {
      if (location !== "After" && location !== "Before") throw invalidArgument("fake: Paragraph.insertParagraph Before|After");
      checkInsertedText(text, "paragraph");
      refuseIfLocked(this.ctx.model, this.t);
      const list = containerOrThrow(this.ctx.model, this.t);
      created = paragraphLike(text, this.t);
      insertBlocks(list, list.indexOf(this.t) + (location === "After" ? 1 : 0), [created]);
    }, [text, location]);
    return new ParagraphProxy(this.ctx, () => created ?? null);
  }
  /** Paragraph.insertOoxml: Replace, Start or End (WordApi 1.1); Replace puts the package's blocks where the paragraph was. */
  insertOoxml(ooxml: string, location: "Replace" | "Start" | "End"): RangeProxy {
    let created: ReturnType<typeof importInto> | undefined;
    this.op(() => {
      if (!["Replace", "Start", "End"].includes(location)) throw invalidArgument("Paragraph.insertOoxml: Replace, Start or End");
      refuseIfLocked(this.ctx.model, this.t);
      const list = containerOrThrow(this.ctx.model, this.t);
      if (location !== "Replace") throw invalidArgument("fake: Paragraph.insertOoxml Start/End is not modelled");
      const at = list.indexOf(this.t);
      list.splice(at, 1);
      created = importInto(this.ctx, ooxml, list, at);
    }, [ooxml, location]);
    return new RangeProxy(this.ctx, () => created ?? null);
  }
  insertTable(rows: number, cols: number, location: "After" | "Before", values: string[][]): TableProxy {
    return TableProxy.insertBeside(this.ctx, () => this.t, rows, cols, location, values);
  }
  /** Paragraph.delete (WordApi 1.1): refused inside a control that cannot be edited or holding one that cannot be deleted. */
  delete(): void {
    this.op(() => {
      refuseIfLocked(this.ctx.model, this.t);
      if (this.t.parts.some((x) => x.kind === "cc" && x.cannotDelete)) throw new FakeOfficeError("AccessDenied", "The paragraph holds a content control that cannot be deleted.");
      const list = containerOrThrow(this.ctx.model, this.t);
      list.splice(list.indexOf(this.t), 1);
      keepTrailingParagraph(list);
    });
  }
  /**
   * Paragraph.insertBreak (WordApi 1.1) for a section break before the paragraph: a new paragraph
   * ends the section there, with the section's properties (both halves start alike, as in Word).
   * Only in the body's top level: a section break cannot go in a table cell or a content control.
   */
  insertBreak(type: "SectionNext", location: "Before"): void {
    this.op(() => {
      if (type !== "SectionNext" || location !== "Before") throw invalidArgument("fake: Paragraph.insertBreak(SectionNext, Before) only");
      const at = this.ctx.model.body.indexOf(this.t);
      if (at < 0) throw invalidArgument("a section break goes in the body, not in a table or content control");
      const sections = sectionsOf(this.ctx.model);
      const before = this.ctx.model.body.slice(0, at).filter((b) => b.kind === "p" && b.sectionBreak).length;
      const current = sections[before];
      this.ctx.model.body.splice(at, 0, { kind: "p", parts: [], format: { font: {} }, sectionBreak: { ...current } });
    }, [type, location]);
  }
  /** The next/previous paragraph in document order (into and out of tables and controls, as Word does). WordApi 1.3. */
  getNextOrNullObject(): ParagraphProxy {
    this.ctx.navigate();
    return new ParagraphProxy(this.ctx, () => {
      const all = paragraphsIn(this.ctx.model.body);
      return all[all.indexOf(this.t) + 1] ?? null;
    });
  }
  getPreviousOrNullObject(): ParagraphProxy {
    this.ctx.navigate();
    return new ParagraphProxy(this.ctx, () => {
      const all = paragraphsIn(this.ctx.model.body);
      const i = all.indexOf(this.t);
      return i > 0 ? all[i - 1] : null;
    });
  }
  get contentControls(): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.ctx, () => this.t.parts.filter((x): x is InlineControl => x.kind === "cc"));
  }
  getRange(location: "Whole" | "Content" = "Whole"): RangeProxy {
    this.ctx.navigate();
    if (location === "Content") return new RangeProxy(this.ctx, () => ({ kind: "content", para: this.t }));
    if (location !== "Whole") throw invalidArgument("fake: Paragraph.getRange Whole|Content");
    return new RangeProxy(this.ctx, () => ({ kind: "blocks", blocks: [this.t] }));
  }
  /** WordApi 1.3. */
  get parentContentControlOrNullObject() {
    return RangeProxy.parentControl(this.ctx, () => ({ kind: "blocks", blocks: [this.t] }));
  }
  /** WordApi 1.3: the table the paragraph is in; ItemNotFound when it is in none (learn.microsoft.com, Word.Paragraph.parentTable). */
  get parentTable(): TableProxy {
    return new TableProxy(this.ctx, () => placeOf(this.ctx.model, { kind: "blocks", blocks: [this.t] }).table);
  }
  get parentTableOrNullObject(): TableProxy {
    return new TableProxy(this.ctx, () => placeOf(this.ctx.model, { kind: "blocks", blocks: [this.t] }).table);
  }
  get parentTableCellOrNullObject(): TableCellProxy {
    return TableCellProxy.ofParagraph(this.ctx, () => this.t);
  }
  get parentBody(): BodyRefProxy {
    return new BodyRefProxy(this.ctx, () => placeOf(this.ctx.model, { kind: "blocks", blocks: [this.t] }).bodyType);
  }
  select(): void {
    this.op(() => void (this.ctx.model.cursor = { kind: "blocks", blocks: [this.t] }));
  }
}

/**
 * Word.ParagraphCollection over paragraphs found at sync: `load("items/text")` (every paragraph in
 * document order, those in tables and controls included, as Body.paragraphs gives them), and
 * getFirst/getLast (WordApi 1.1/1.3).
 */
export class ParagraphCollectionProxy extends CollectionProxy<Paragraph[], ParagraphProxy> {
  protected itemsAt(list: Paragraph[]): ParagraphProxy[] {
    return list.map((p) => new ParagraphProxy(this.ctx, () => p));
  }
  private step(pick: (l: Paragraph[]) => Paragraph | undefined, orNull: boolean): ParagraphProxy {
    this.ctx.navigate();
    return new ParagraphProxy(
      this.ctx,
      () =>
        pick(this.t) ??
        (orNull
          ? null
          : (() => {
              throw invalidArgument("no paragraph");
            })()),
    );
  }
  getFirst = () => this.step((l) => l[0], false);
  getLast = () => this.step((l) => l[l.length - 1], false);
  getFirstOrNullObject = () => this.step((l) => l[0], true);
  getLastOrNullObject = () => this.step((l) => l[l.length - 1], true);
}

/** Kept for the callers that make a collection from a list. */
export const paragraphCollection = (ctx: FakeContext, list: () => Paragraph[]) => new ParagraphCollectionProxy(ctx, list);
