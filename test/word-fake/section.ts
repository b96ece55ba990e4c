/**
 * Word.Section over the fake model's one section:
 * - getHeader("Primary") (WordApi 1.1, learn.microsoft.com Word.Section.getHeader): the header's body,
 *   whose text loads and which takes insertOoxml; the first-page and even-page headers are not modelled;
 * - pageSetup.differentFirstPageHeaderFooter (WordApiDesktop 1.3, learn.microsoft.com Word.PageSetup):
 *   a host without that set fails the sync with ApiNotFound (the web has no WordApiDesktop).
 */
import { FakeContext, invalidArgument, Obj } from "./context";
import { Block, paragraphsIn, paragraphText } from "./model";
import { importInto, RangeProxy } from "./range";

export class HeaderBodyProxy extends Obj<Block[]> {
  declare readonly text: string;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model.section.header);
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

class PageSetupProxy extends Obj<{ differentFirstPage: boolean }> {
  declare differentFirstPageHeaderFooter: boolean;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model.section);
    Object.defineProperty(this, "differentFirstPageHeaderFooter", {
      get: () => this.loaded("differentFirstPageHeaderFooter"),
      set: (v: boolean) => this.opRequiring("WordApiDesktop 1.3", () => (this.t.differentFirstPage = v), [v]),
    });
  }
  protected readProperty(name: string) {
    return name === "differentFirstPageHeaderFooter" ? this.t.differentFirstPage : undefined;
  }
}

export class SectionProxy extends Obj<object> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model.section);
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
    return new PageSetupProxy(this.ctx);
  }
}
