/**
 * What the document holds now, read in two syncs whatever its size: the controls
 * (tag, title, text), the data part, and what Track Changes is hiding.
 *
 * - Every control of ours is rich text, so `document.contentControls` finds it
 *   (the collection returns rich-text controls only, office-js#2160). Documents made
 *   by an earlier version hold plain-text controls: on WordApi 1.5 they are listed
 *   with getContentControls({ types }).
 * - With Track Changes on, a control the officer deleted stays in the collection
 *   with its text (office-js#1299, #1524). On WordApi 1.6 the tracked deletions are
 *   listed and such controls left out (reported); on 1.4–1.5 with tracking on, the
 *   read says it cannot tell; below that Word offers nothing to ask.
 * - Any failed sync is an error, never taken for "no data part".
 */
import type { ReadControl } from "../controls";
import type { DataPartRead } from "../data-part";
import { SYNC_BUDGET } from "./budget";
import { commonPart, partsRead, queueParts } from "./data-part";
import type { WordHost } from "./word-host";

const CONTROL_PROPS = "items/tag,items/title,items/text";

export interface TrackedState {
  /** Tags (or titles) of controls deleted under Track Changes, left out of `controls`. */
  readonly deleted: readonly string[];
  /** Track Changes is on and this Word cannot say which controls are deleted (WordApi 1.4–1.5). */
  readonly unverified: boolean;
}

export interface Snapshot {
  readonly controls: readonly Word.ContentControl[];
  readonly read: readonly ReadControl[];
  /** Our namespace's parts (WordApi 1.4), for writing in place. */
  readonly parts: readonly Word.CustomXmlPart[];
  readonly dataPart: DataPartRead | null;
  /** Writes the data part through the Common API (hosts without WordApi 1.4); null where WordApi 1.4 is used. */
  readonly writeCommon: ((xml: string) => Promise<void>) | null;
  readonly tracked: TrackedState;
}

export async function takeSnapshot(context: Word.RequestContext, host: WordHost, withDataPart = true): Promise<Snapshot> {
  const rich = context.document.contentControls.load(CONTROL_PROPS);
  const plain = host.isSetSupported("WordApi", "1.5") ? context.document.body.getContentControls({ types: ["PlainText" as Word.ContentControlType.plainText] }).load(CONTROL_PROPS) : null;
  const queued = withDataPart ? queueParts(context, host) : { scoped: null };
  const changes = host.isSetSupported("WordApi", "1.6") ? context.document.body.getTrackedChanges().load("items/type") : null;
  if (!changes && host.isSetSupported("WordApi", "1.4")) context.document.load("changeTrackingMode");
  await context.sync();

  const all = [...rich.items, ...(plain?.items ?? [])];
  const parts = queued.scoped?.items ?? [];
  const xmls = parts.map((p) => p.getXml());
  const anyDeleted = !!changes && changes.items.some((c) => c.type === "Deleted");
  // Each control's tracked changes, only when the document has deletions: batched, with the parts' XML in the first batch.
  const perControl: Word.TrackedChangeCollection[] = [];
  const batch = SYNC_BUDGET.controlsPerSync;
  for (let i = 0; anyDeleted && i < all.length; i += batch) {
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch within the budget (./budget.ts), never one per row
    if (i > 0) await context.sync();
    perControl.push(...all.slice(i, i + batch).map((c) => c.getTrackedChanges().load("items/type,items/text")));
  }
  if (xmls.length > 0 || perControl.length > 0) await context.sync();

  const deleted = new Set<number>();
  perControl.forEach((list, i) => {
    const removed = list.items
      .filter((c) => c.type === "Deleted")
      .map((c) => c.text)
      .join("")
      .replace(/\r/g, "");
    if (removed !== "" && removed.includes(all[i].text.replace(/\r/g, ""))) deleted.add(i);
  });
  const kept = all.filter((_, i) => !deleted.has(i));
  const tracked: TrackedState = {
    deleted: all.filter((_, i) => deleted.has(i)).map((c) => c.tag || c.title),
    unverified: !changes && host.isSetSupported("WordApi", "1.4") && context.document.changeTrackingMode !== "Off",
  };
  const read = kept.map((c) => ({ tag: c.tag ?? "", title: c.title ?? "", text: c.text ?? "" }));
  if (!withDataPart || host.isSetSupported("WordApi", "1.4")) {
    return { controls: kept, read, parts, dataPart: partsRead(xmls.map((x) => x.value)), writeCommon: null, tracked };
  }
  const common = await commonPart(host.commonXmlParts);
  return { controls: kept, read, parts: [], dataPart: common.read, writeCommon: common.write, tracked };
}
