/**
 * Word.TrackedChangeCollection (WordApi 1.6,
 * https://learn.microsoft.com/javascript/api/word/word.trackedchangecollection): the
 * fake models the one change an officer makes to our controls with Track Changes on,
 * deleting them; such a control stays in the document and its collections until the
 * change is accepted (office-js#1299, #1524).
 */
import { CollectionProxy, FakeContext, Obj } from "./context";
import { BlockControl, controlsIn, InlineControl, rawControlText } from "./model";
import { FakeOfficeError } from "./office-error";

interface Change {
  type: "Deleted";
  text: string;
}

class TrackedChangeProxy extends Obj<Change> {
  declare readonly type: string;
  declare readonly text: string;
  constructor(ctx: FakeContext, change: Change) {
    super(ctx, () => change);
    this.readonlyProp("type");
    this.readonlyProp("text");
  }
  protected readProperty(name: string) {
    return (this.t as unknown as Record<string, unknown>)[name];
  }
}

export class TrackedChangeCollectionProxy extends CollectionProxy<(InlineControl | BlockControl)[], TrackedChangeProxy> {
  protected itemsAt(scope: (InlineControl | BlockControl)[]): TrackedChangeProxy[] {
    if (!this.ctx.options.supports("WordApi", "1.6")) throw new FakeOfficeError("ApiNotFound", "getTrackedChanges requires WordApi 1.6");
    const deleted = new Set<InlineControl | BlockControl>();
    for (const c of scope) {
      if (c.trackedDeleted) deleted.add(c);
      if (c.kind === "bcc") controlsIn(c.blocks).forEach((x) => x.trackedDeleted && deleted.add(x));
    }
    return [...deleted].map((c) => new TrackedChangeProxy(this.ctx, { type: "Deleted", text: rawControlText(c) }));
  }
}
