/**
 * Word.Section over the fake model's one section:
 * - getHeader("Primary") (WordApi 1.1, learn.microsoft.com Word.Section.getHeader): the header's body,
 *   whose text loads and which takes insertOoxml; the first-page and even-page headers are not modelled;
 * - pageSetup.differentFirstPageHeaderFooter and .orientation (WordApiDesktop 1.3, learn.microsoft.com
 *   Word.PageSetup): a host without that set fails the sync with ApiNotFound (the web has no WordApiDesktop);
 * - Document.sections (WordApi 1.1): getFirst, and load("items") — one section per top-level section break
 *   and the last; the headers are the first section's, linked (not modelled apart).
 */
import { CollectionProxy, FakeContext, invalidArgument, Obj } from "./context";
import { Block, paragraphsIn, paragraphText, SectionProps, sectionsOf } from "./model";
import { importInto, RangeProxy } from "./range";

export class HeaderBodyProxy extends Obj<Block[]> {
  declare readonly text: string;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model.header);
    this.readonlyProp("text");
  }
  protected readProperty(name: string) {
    return name === "text" ? paragraphsIn(this.t).map(paragraphText).join("\r") : undefined;
  }
  insertOoxml(ooxml: string, location: "Replace"): RangeProxy {
    let created: ReturnType<typeof importInto> | undefined;
    this.op(() => {
      if (location !== "Replace") throw invalidArgument("fake: a header's insertOoxml Replace only");
      this.t.splice(0, this.t.length);
      created = importInto(this.ctx, ooxml, this.t, 0);
    }, [ooxml, location]);
    return new RangeProxy(this.ctx, () => created ?? null);
  }
}

class PageSetupProxy extends Obj<SectionProps> {
  declare differentFirstPageHeaderFooter: boolean;
  declare orientation: "Portrait" | "Landscape";
  constructor(ctx: FakeContext, props: () => SectionProps | null) {
    super(ctx, props);
    Object.defineProperty(this, "differentFirstPageHeaderFooter", {
      get: () => this.loaded("differentFirstPageHeaderFooter"),
      set: (v: boolean) => this.opRequiring("WordApiDesktop 1.3", () => (this.t.differentFirstPage = v), [v]),
    });
    Object.defineProperty(this, "orientation", {
      get: () => this.loaded("orientation"),
      set: (v: "Portrait" | "Landscape") =>
        this.opRequiring(
          "WordApiDesktop 1.3",
          () => {
            if (v !== "Portrait" && v !== "Landscape") throw invalidArgument("PageSetup.orientation: Portrait or Landscape");
            this.t.orientation = v;
          },
          [v],
        ),
    });
  }
  protected readProperty(name: string) {
    return name === "differentFirstPageHeaderFooter" ? this.t.differentFirstPage : name === "orientation" ? this.t.orientation : undefined;
  }
}

/** Section i of the document (0 first), resolved when a batch runs. */
export class SectionProxy extends Obj<SectionProps> {
  constructor(ctx: FakeContext, index: () => number = () => 0) {
    super(ctx, () => sectionsOf(ctx.model)[index()] ?? null);
  }
  protected readProperty(): unknown {
    return undefined;
  }
  getHeader(type: "Primary"): HeaderBodyProxy {
    this.ctx.navigate();
    if (type !== "Primary") throw invalidArgument("fake: only the primary header is modelled");
    return new HeaderBodyProxy(this.ctx);
  }
  get pageSetup(): PageSetupProxy {
    return new PageSetupProxy(this.ctx, () => this.t);
  }
}

/** Document.sections: getFirst (WordApi 1.1) and load("items"). */
export class SectionCollectionProxy extends CollectionProxy<SectionProps[], SectionProxy> {
  protected itemsAt(list: SectionProps[]): SectionProxy[] {
    return list.map((_, i) => new SectionProxy(this.ctx, () => i));
  }
  getFirst(): SectionProxy {
    this.ctx.navigate();
    return new SectionProxy(this.ctx);
  }
}
