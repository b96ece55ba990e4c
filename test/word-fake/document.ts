/**
 * Word.Document over the fake model: the body, every control, the custom XML
 * parts (WordApi 1.4), the selection, change tracking (WordApi 1.4).
 * Custom XML parts: on the web a part over 1 MB is refused
 * (https://github.com/OfficeDev/office-js/issues/2408, "by design").
 */
import { BodyProxy } from "./body";
import { ClientResult, FakeContext, invalidArgument, Obj } from "./context";
import { ContentControlCollectionProxy } from "./content-control";
import { RangeTarget } from "./locate";
import { controlsIn, paragraphsIn, sectionsOf, XmlPart } from "./model";
import { FakeOfficeError, notLoaded } from "./office-error";
import { RangeProxy } from "./range";
import { SectionCollectionProxy } from "./section";

export const MAX_XML_PART_BYTES = 1024 * 1024;

const rootNamespace = (xml: string) => /<(?:[\w-]+:)?[\w-]+[^>]*\sxmlns(?::[\w-]+)?="([^"]+)"/.exec(xml.replace(/<\?xml[^>]*\?>/, ""))?.[1] ?? null;

function checkPartXml(xml: string): void {
  if (new TextEncoder().encode(xml).length > MAX_XML_PART_BYTES) throw new FakeOfficeError("GeneralException", "Custom XML part over 1 MB (office-js#2408)");
  if (!rootNamespace(xml)) throw invalidArgument("a custom XML part needs a root element with a namespace");
}

export class XmlPartProxy extends Obj<XmlPart> {
  declare readonly id: string;
  constructor(ctx: FakeContext, resolver: () => XmlPart | null) {
    super(ctx, resolver);
    this.readonlyProp("id");
    this.readonlyProp("namespaceUri");
  }
  protected readProperty(name: string) {
    if (name === "id") return this.t.id;
    if (name === "namespaceUri") return rootNamespace(this.t.xml);
    return undefined;
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.opRequiring("WordApi 1.4", () => result.set(this.t.xml));
    return result;
  }
  setXml(xml: string): void {
    this.opRequiring(
      "WordApi 1.4",
      () => {
        checkPartXml(xml);
        this.t.xml = xml;
      },
      [xml],
    );
  }
  delete(): void {
    this.opRequiring("WordApi 1.4", () => {
      const parts = this.ctx.model.xmlParts;
      parts.splice(parts.indexOf(this.t), 1);
    });
  }
}

/** CustomXmlPartScopedCollection: the parts of one namespace. */
class ScopedParts extends Obj<XmlPart[]> {
  private loadedItems: XmlPartProxy[] | null = null;
  protected readProperty(): unknown {
    return undefined;
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.opRequiring("WordApi 1.4", () => result.set(this.t.length));
    return result;
  }
  getOnlyItemOrNullObject(): XmlPartProxy {
    this.ctx.navigate();
    return new XmlPartProxy(this.ctx, () => (this.t.length === 1 ? this.t[0] : null));
  }
  override load(): this {
    this.ctx.loads.push(() => {
      if (!this.ctx.options.supports("WordApi", "1.4")) throw new FakeOfficeError("ApiNotFound", "customXmlParts requires WordApi 1.4");
      this.loadedItems = this.t.map((p) => new XmlPartProxy(this.ctx, () => p).load("id"));
    });
    return this;
  }
  get items(): XmlPartProxy[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
}

export class DocumentProxy extends Obj<object> {
  readonly body: BodyProxy;
  declare readonly changeTrackingMode: string;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model);
    this.body = new BodyProxy(ctx);
    Object.defineProperty(this, "changeTrackingMode", { get: () => this.loaded("changeTrackingMode") });
  }
  protected readProperty(name: string) {
    if (name === "changeTrackingMode") return this.ctx.model.changeTrackingMode;
    return undefined;
  }
  override load(props?: string): this {
    const names = (props ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.includes("changeTrackingMode")) {
      this.ctx.loads.push(() => {
        if (!this.ctx.options.supports("WordApi", "1.4")) throw new FakeOfficeError("ApiNotFound", "changeTrackingMode requires WordApi 1.4");
      });
    }
    return super.load(names.filter((n) => n === "changeTrackingMode"));
  }
  get contentControls(): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.ctx, () => controlsIn(this.ctx.model.body));
  }
  /** Document.sections (WordApi 1.1): the fake models one section (its primary header, first-page setting). */
  get sections(): SectionCollectionProxy {
    return new SectionCollectionProxy(this.ctx, () => sectionsOf(this.ctx.model));
  }
  get customXmlParts() {
    const ctx = this.ctx;
    return {
      add: (xml: string) => {
        let created: XmlPart | undefined;
        ctx.enqueueRequiring(
          "WordApi 1.4",
          () => {
            checkPartXml(xml);
            created = { id: `{FAKE-${ctx.model.id()}}`, xml };
            ctx.model.xmlParts.push(created);
          },
          [xml],
        );
        return new XmlPartProxy(ctx, () => created ?? null);
      },
      getByNamespace: (ns: string) => {
        ctx.navigate();
        return new ScopedParts(ctx, () => ctx.model.xmlParts.filter((p) => rootNamespace(p.xml) === ns));
      },
    };
  }
  /** The officer's cursor or selection (see FakeDocumentModel.cursor). */
  getSelection(): RangeProxy {
    this.ctx.navigate();
    return new RangeProxy(this.ctx, (): RangeTarget => {
      const c = this.ctx.model.cursor;
      if (c.kind === "end") {
        const paras = paragraphsIn(this.ctx.model.body);
        return { kind: "blocks", blocks: [paras[paras.length - 1]] };
      }
      if (c.kind === "blocks") return { kind: "blocks", blocks: c.blocks };
      if (c.kind === "control") return { kind: "control", control: c.control };
      if (c.kind === "found") return { kind: "found", control: c.control, text: c.text };
      return { kind: c.kind };
    });
  }
}
