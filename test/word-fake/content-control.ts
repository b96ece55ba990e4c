/**
 * Word.ContentControl and its collection over the fake model. Rules imitated:
 * - `document.contentControls`, `body.contentControls` and the other
 *   `contentControls` collections return rich-text controls only
 *   (https://github.com/OfficeDev/office-js/issues/2160, "by design";
 *   https://github.com/OfficeDev/office-js/issues/6144); plain-text ones come
 *   only from `getContentControls({ types })` (WordApi 1.5).
 * - An empty control shows Word's placeholder, and its text is that placeholder
 *   (https://github.com/OfficeDev/office-js/issues/1515; placeholderText cannot be set on the web).
 * - A control deleted while Word tracks changes stays in the collections with its text
 *   (https://github.com/OfficeDev/office-js/issues/1299, https://github.com/OfficeDev/office-js/issues/1524).
 * - A control that cannot be edited refuses content (AccessDenied).
 * - `search` takes at most 255 characters (learn.microsoft.com, Word.Body.search: "Can be a maximum of
 *   255 characters"; Word.ErrorCodes.searchStringInvalidOrTooLong) and, without wildcards or "^p",
 *   finds words within one paragraph only.
 */
import { CollectionProxy, FakeContext, invalidArgument, Obj } from "./context";
import { accessDenied, checkInsertedText, containerOrThrow, insertBlocks, paragraphLike, placeOf } from "./locate";
import { BlockControl, controlText, InlineControl, paragraphsIn, paragraphText } from "./model";
import { FakeOfficeError } from "./office-error";
import { paragraphCollection, ParagraphProxy } from "./paragraph";
import { RangeProxy } from "./range";
import { TableCellProxy, TableProxy } from "./table";
import { TrackedChangeCollectionProxy } from "./tracked-changes";

type Control = InlineControl | BlockControl;

export class ContentControlProxy extends Obj<Control> {
  declare tag: string;
  declare title: string;
  declare color: string;
  declare cannotEdit: boolean;
  declare cannotDelete: boolean;
  declare readonly text: string;
  declare readonly type: string;
  declare readonly id: number;
  constructor(ctx: FakeContext, resolver: () => Control | null) {
    super(ctx, resolver);
    for (const k of ["tag", "title", "color", "cannotEdit", "cannotDelete"] as const) {
      this.setter(k, (c, v) => ((c as unknown as Record<string, unknown>)[k] = v));
    }
    for (const k of ["text", "type", "id"]) this.readonlyProp(k);
    Object.defineProperty(this, "placeholderText", {
      set: () =>
        this.op(() => {
          throw invalidArgument("fake: placeholderText cannot be set on the web (office-js#785)");
        }),
    });
  }
  protected readProperty(name: string) {
    if (name === "text") return controlText(this.t);
    return (this.t as unknown as Record<string, unknown>)[name];
  }
  insertText(text: string, location: "Replace" | "End" | "Start"): RangeProxy {
    this.op(() => {
      const c = this.t;
      if (!["Replace", "End", "Start"].includes(location)) throw invalidArgument("fake: ContentControl.insertText Replace|Start|End");
      checkInsertedText(text, c.kind === "cc" ? "inline" : "paragraph");
      if (c.cannotEdit) throw accessDenied();
      if (c.kind === "cc") c.text = location === "Replace" ? text : location === "End" ? c.text + text : text + c.text;
      else if (location === "Replace") {
        const like = paragraphsIn(c.blocks)[0];
        c.blocks = text.split(/\r\n|\r|\n/).map((line) => paragraphLike(line, like));
      } else {
        const paras = paragraphsIn(c.blocks);
        const p = location === "End" ? paras[paras.length - 1] : paras[0];
        if (!p) throw invalidArgument("fake: the control has no paragraph");
        if (location === "End") p.parts.push({ kind: "text", text });
        else p.parts.unshift({ kind: "text", text });
      }
    }, [text, location]);
    return new RangeProxy(this.ctx, () => ({ kind: "control", control: this.t }));
  }
  /** A manual line break: Word's text shows it as "\v". */
  insertBreak(type: "Line", location: "End" | "Start"): void {
    this.op(() => {
      const c = this.t;
      if (type !== "Line" || (location !== "End" && location !== "Start")) throw invalidArgument("fake: ContentControl.insertBreak Line at Start|End");
      if (c.cannotEdit) throw accessDenied();
      if (c.kind !== "cc") throw invalidArgument("fake: a line break in a block control is not modelled");
      c.text = location === "End" ? `${c.text}\v` : `\v${c.text}`;
    }, [type, location]);
  }
  /** "Start"/"End" inside a block control, formatted like its first/last paragraph; "Before"/"After" beside it. */
  insertParagraph(text: string, location: "End" | "Start" | "Before" | "After"): ParagraphProxy {
    let created: ReturnType<typeof paragraphLike> | null = null;
    this.op(() => {
      const c = this.t;
      checkInsertedText(text, "paragraph");
      if (c.kind !== "bcc") throw invalidArgument("fake: insertParagraph on an inline control is not modelled");
      if (location === "Start" || location === "End") {
        if (c.cannotEdit) throw accessDenied();
        const paras = paragraphsIn(c.blocks);
        created = paragraphLike(text, location === "End" ? paras[paras.length - 1] : paras[0]);
        if (location === "End") c.blocks.push(created);
        else c.blocks.unshift(created);
      } else if (location === "Before" || location === "After") {
        const list = containerOrThrow(this.ctx.model, c);
        created = paragraphLike(text, undefined);
        insertBlocks(list, list.indexOf(c) + (location === "After" ? 1 : 0), [created]);
      } else throw invalidArgument("ContentControl.insertParagraph: Start, End, Before or After");
    }, [text, location]);
    return new ParagraphProxy(this.ctx, () => created);
  }
  /** WordApi 1.1: the places of `text` inside the control, one range each. */
  search(text: string, options: { matchCase?: boolean } = {}): FoundRangeCollectionProxy {
    this.ctx.navigate();
    return new FoundRangeCollectionProxy(this.ctx, () => ({ control: this.t, text, matchCase: options.matchCase ?? false }));
  }
  select(): void {
    this.op(() => {
      this.ctx.model.selected = this.t.id;
      this.ctx.model.cursor = { kind: "control", control: this.t };
    });
  }
  delete(keepContent: boolean): void {
    this.op(() => {
      const c = this.t;
      if (c.cannotDelete) throw accessDenied();
      if (c.kind === "bcc") {
        const list = containerOrThrow(this.ctx.model, c);
        list.splice(list.indexOf(c), 1, ...(keepContent ? c.blocks : []));
      } else {
        const para = paragraphsIn(this.ctx.model.body).find((p) => p.parts.includes(c));
        if (!para) throw invalidArgument("the control is no longer in the document");
        para.parts.splice(para.parts.indexOf(c), 1, ...(keepContent ? [{ kind: "text" as const, text: c.text }] : []));
      }
    }, [keepContent]);
  }
  get paragraphs() {
    return paragraphCollection(this.ctx, () => {
      const c = this.t;
      if (c.kind === "bcc") return paragraphsIn(c.blocks);
      return paragraphsIn(this.ctx.model.body).filter((p) => p.parts.includes(c));
    });
  }
  getRange(location: "Whole" | "Content" = "Whole"): RangeProxy {
    this.ctx.navigate();
    if (location !== "Whole" && location !== "Content") throw invalidArgument("fake: ContentControl.getRange Whole|Content");
    return new RangeProxy(this.ctx, () => ({ kind: "control", control: this.t }));
  }
  get parentTableCellOrNullObject(): TableCellProxy {
    return TableCellProxy.ofControl(this.ctx, () => this.t);
  }
  get parentTableOrNullObject(): TableProxy {
    return new TableProxy(this.ctx, () => placeOf(this.ctx.model, { kind: "control", control: this.t }, this.t).table);
  }
  /** WordApi 1.3: the table holding the control; ItemNotFound when it is in none (learn.microsoft.com, Word.ContentControl.parentTable). */
  get parentTable(): TableProxy {
    return this.parentTableOrNullObject;
  }
  get parentContentControlOrNullObject(): ContentControlProxy {
    return RangeProxy.parentControl(
      this.ctx,
      () => ({ kind: "control", control: this.t }),
      () => this.t,
    );
  }
  /** WordApi 1.6. */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    this.ctx.navigate();
    return new TrackedChangeCollectionProxy(this.ctx, () => [this.t]);
  }
}

/**
 * A collection of controls found at sync. Rich-text controls only, unless built
 * by getContentControls({ types }) (WordApi 1.5), which returns the types asked for.
 */
export class ContentControlCollectionProxy extends CollectionProxy<Control[], ContentControlProxy> {
  constructor(
    ctx: FakeContext,
    resolver: () => Control[] | null,
    private readonly types: readonly string[] = ["RichText"],
  ) {
    super(ctx, resolver);
  }
  protected itemsAt(controls: Control[]): ContentControlProxy[] {
    return controls.filter((c) => this.types.includes(c.type)).map((c) => new ContentControlProxy(this.ctx, () => c));
  }
}

interface Search {
  control: Control;
  text: string;
  matchCase: boolean;
}

/** The ranges a search found: checked when loaded, as Word checks the search string when the batch runs. */
export class FoundRangeCollectionProxy extends CollectionProxy<Search, RangeProxy> {
  protected itemsAt(search: Search): RangeProxy[] {
    const { control, text, matchCase } = search;
    if (text.length === 0 || text.length > 255) throw new FakeOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or longer than 255 characters.");
    if (text.includes("^")) throw invalidArgument("fake: Word's search reads ^ as a special character; it is not modelled");
    const lines = control.kind === "cc" ? control.text.split("\v") : paragraphsIn(control.blocks).map(paragraphText);
    const fold = (s: string) => (matchCase ? s : s.toLocaleLowerCase());
    const found: RangeProxy[] = [];
    for (const line of lines) {
      let at = fold(line).indexOf(fold(text));
      while (at >= 0) {
        const words = line.slice(at, at + text.length);
        found.push(new RangeProxy(this.ctx, () => ({ kind: "found", control, text: words })));
        at = fold(line).indexOf(fold(text), at + text.length);
      }
    }
    return found;
  }
}
