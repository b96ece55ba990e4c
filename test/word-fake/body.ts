/** Word.Body (the document's main body) over the fake model. */
import { ClientResult, FakeContext, invalidArgument, Obj } from "./context";
import { exportOoxml } from "./ooxml-export";
import { ContentControlCollectionProxy } from "./content-control";
import { checkInsertedText, endOfBody, insertBlocks, paragraphLike } from "./locate";
import { Block, controlsIn, newParagraph, paragraphsIn, paragraphText, Table } from "./model";
import { FakeOfficeError } from "./office-error";
import { ParagraphCollectionProxy, ParagraphProxy } from "./paragraph";
import { importInto, RangeProxy } from "./range";
import { makeTable, TableProxy } from "./table";
import { TrackedChangeCollectionProxy } from "./tracked-changes";

export class BodyProxy extends Obj<Block[]> {
  declare readonly text: string;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model.body);
    this.readonlyProp("text");
    this.readonlyProp("type");
  }
  protected readProperty(name: string) {
    if (name === "text") return paragraphsIn(this.t).map(paragraphText).join("\r");
    if (name === "type") return "MainDoc";
    return undefined;
  }
  /** "End" of a body that ends in a content control lands inside that control (office-js#866). */
  insertParagraph(text: string, location: "End" | "Start"): ParagraphProxy {
    let created: ReturnType<typeof paragraphLike> | undefined;
    this.op(() => {
      checkInsertedText(text, "paragraph");
      if (location === "End") {
        const list = endOfBody(this.ctx.model);
        created = paragraphLike(text, undefined);
        insertBlocks(list, list.length, [created]);
      } else if (location === "Start") {
        created = paragraphLike(text, undefined);
        insertBlocks(this.t, 0, [created]);
      } else throw invalidArgument("Body.insertParagraph: Start or End");
    }, [text, location]);
    return new ParagraphProxy(this.ctx, () => created ?? null);
  }
  /** Body.insertOoxml: Replace, Start or End (WordApi 1.1); "End" follows the same rule as insertParagraph. */
  insertOoxml(ooxml: string, location: "Replace" | "Start" | "End"): RangeProxy {
    let created: ReturnType<typeof importInto> | undefined;
    this.op(() => {
      if (location === "End") {
        const list = endOfBody(this.ctx.model);
        created = importInto(this.ctx, ooxml, list, list.length);
      } else if (location === "Start") created = importInto(this.ctx, ooxml, this.t, 0);
      else if (location === "Replace") {
        if (controlsIn(this.t).some((c) => c.cannotDelete)) throw invalidArgument("the body holds a control that cannot be deleted");
        this.t.splice(0, this.t.length);
        created = importInto(this.ctx, ooxml, this.t, 0);
      } else throw invalidArgument("Body.insertOoxml: Replace, Start or End");
    }, [ooxml, location]);
    return new RangeProxy(this.ctx, () => created ?? null);
  }
  /** Body.insertTable Start or End (WordApi 1.3); "End" follows insertParagraph's rule. */
  insertTable(rows: number, cols: number, location: "End" | "Start", values: string[][]): TableProxy {
    let created: Table | undefined;
    this.op(() => {
      created = makeTable(rows, cols, values);
      if (location === "End") {
        const list = endOfBody(this.ctx.model);
        insertBlocks(list, list.length, [created]);
      } else if (location === "Start") insertBlocks(this.t, 0, [created]);
      else throw invalidArgument("Body.insertTable: Start or End");
    }, [rows, cols, location, values]);
    return new TableProxy(this.ctx, () => created ?? null);
  }
  insertBreak(type: "Page", location: "End"): void {
    this.op(() => {
      if (type !== "Page" || location !== "End") throw invalidArgument("fake: a page break at the end only");
      const list = endOfBody(this.ctx.model);
      insertBlocks(list, list.length, [{ kind: "p", parts: [], format: { font: {} }, pageBreak: true }]);
    }, [type, location]);
  }
  /** Body.clear (WordApi 1.1): refused while a control that cannot be deleted is there (AccessDenied). */
  clear(): void {
    this.op(() => {
      if (controlsIn(this.t).some((c) => c.cannotDelete || c.cannotEdit)) throw new FakeOfficeError("AccessDenied", "The body holds content controls that cannot be deleted.");
      this.t.splice(0, this.t.length, newParagraph(""));
    });
  }
  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.ctx, () => paragraphsIn(this.t));
  }
  /** Body.getOoxml (WordApi 1.1): the body as a Flat OPC package (./ooxml-export.ts). */
  getOoxml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.op(() => result.set(exportOoxml(this.t, this.ctx.model.styles.values())));
    return result;
  }
  get contentControls(): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.ctx, () => controlsIn(this.t));
  }
  /** WordApi 1.5: the types asked for (default: every type the API supports). */
  getContentControls(options?: { types?: string[] }): ContentControlCollectionProxy {
    this.ctx.requireNow("WordApi 1.5");
    this.ctx.navigate();
    return new ContentControlCollectionProxy(this.ctx, () => controlsIn(this.t), options?.types ?? ["RichText", "PlainText"]);
  }
  get tables() {
    return {
      getFirstOrNullObject: () => {
        this.ctx.navigate();
        return new TableProxy(this.ctx, () => (this.t.find((b) => b.kind === "table") as Table | undefined) ?? null);
      },
    };
  }
  /** WordApi 1.6. */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    this.ctx.navigate();
    return new TrackedChangeCollectionProxy(this.ctx, () => controlsIn(this.t).filter((c) => c.trackedDeleted));
  }
  getRange(location: "Whole" = "Whole"): RangeProxy {
    this.ctx.navigate();
    if (location !== "Whole") throw invalidArgument("fake: Body.getRange Whole");
    return new RangeProxy(this.ctx, () => ({ kind: "blocks", blocks: [...this.t] }));
  }
}
