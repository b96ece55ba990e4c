/**
 * "Chuyển thành báo cáo có cấu trúc" in Word: the open document, typed by hand, taken
 * over as `cchc adopt` takes a .docx over, by the same adoption (./adopt-regions.ts
 * plans it, and says why whole blocks are put back rather than controls inserted
 * around cell text).
 *
 * Rounds to Word: one sync reads the body's OOXML (Body.getOoxml, WordApi 1.1), every
 * paragraph's text (Body.paragraphs) and whether changes are tracked; nothing is changed
 * until the paragraphs Word reports are the ones the plan reaches, text for text. Then the
 * regions go back (Range.insertOoxml "Replace", WordApi 1.1; ranges from Paragraph.getRange,
 * Paragraph.parentTable, Table.getRange and Range.expandTo, WordApi 1.3), as many per sync as
 * the insert budget holds, the data part with the last.
 *
 * Refused before any change, each with its reason for the officer: changes being tracked
 * (every re-inserted block would be recorded as the officer's deletion and insertion), a
 * document that is ours already (a data part or any of our controls), a region Word cannot
 * take back whole (see AdoptRefusal), a document Word shows otherwise than its OOXML.
 */
import type { Template } from "../../core/model/template";
import { dataPartXml } from "../data-part";
import { Adopted, adoptedTyped } from "../docx/adopt";
import type { HandmadeGiven } from "../handmade/read-handmade";
import { AdoptRefusal, comparable, planWordAdoption, Region } from "./adopt-regions";
import { SYNC_BUDGET } from "./budget";
import { checkDataPartSize, commonPart, queueParts, queueWrite } from "./data-part";
import type { WordHost } from "./word-host";

/** The largest body taken over in Word: the DOM is many times the XML (as DocxLimits.maxEditBytes). */
export const MAX_ADOPT_OOXML_CHARS = 3 * 1024 * 1024;

/** The most one sync may carry: its payload budget (1 MB, ./budget.ts and the fake's limit), less a margin. */
const MAX_SYNC_BYTES = 1024 * 1024 - 64 * 1024;

/** What a string weighs in a sync: Office.js sends it as JSON (every quote escaped). */
const byteLength = (s: string) => new TextEncoder().encode(JSON.stringify(s)).length;

/** Regions in syncs of at most `maxBytes` of OOXML each (a region larger than that goes alone). */
function batches(regions: readonly Region[], maxBytes: number): Region[][] {
  const out: Region[][] = [];
  let size = 0;
  for (const r of regions) {
    const bytes = byteLength(r.ooxml);
    if (out.length === 0 || size + bytes > maxBytes) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(r);
    size += bytes;
  }
  return out;
}

export async function adoptInWord(host: WordHost, templates: readonly Template[], given: HandmadeGiven = {}, maxInsertBytes: number = SYNC_BUDGET.maxInsertBytes): Promise<Adopted> {
  const tracked = host.isSetSupported("WordApi", "1.4");
  let xml = "";
  const adopted = await host.run(async (context) => {
    const document = context.document;
    const ooxml = document.body.getOoxml();
    const paragraphs = document.body.paragraphs.load("items/text");
    if (tracked) document.load("changeTrackingMode");
    const parts = queueParts(context, host);
    await context.sync();
    if (tracked && document.changeTrackingMode !== "Off") throw new AdoptRefusal("tracking");
    if ((parts.scoped?.items.length ?? 0) > 0) throw new AdoptRefusal("ours");
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult (getOoxml's) is read after the sync; it has nothing to load
    const plan = planWordAdoption(ooxml.value, templates, given, MAX_ADOPT_OOXML_CHARS);
    // A block put back carries the package's parts (styles, numbering, images): one that would not go in
    // one sync's budget is refused now, before anything changes, not half-way.
    if (plan.regions.some((r) => byteLength(r.ooxml) > MAX_SYNC_BYTES)) throw new AdoptRefusal("too-big");
    const items = paragraphs.items;
    if (items.length !== plan.paragraphs.length || plan.touched.some((i) => comparable(items[i].text) !== comparable(plan.paragraphs[i]))) throw new AdoptRefusal("shown-otherwise");
    xml = dataPartXml(plan.adopted.data, adoptedTyped(plan.adopted.data), plan.adopted.made);
    checkDataPartSize(xml);
    if (byteLength(xml) > MAX_SYNC_BYTES) throw new AdoptRefusal("too-big");

    const rangeOf = (a: Region["start"]): Word.Range => (a.table ? items[a.paragraph].parentTable.getRange("Whole") : items[a.paragraph].getRange("Whole"));
    // Every range is taken before anything changes: Word keeps them on their blocks as others are replaced.
    const queued = batches(plan.regions, maxInsertBytes);
    const ranges = new Map(plan.regions.map((r) => [r, r.start.paragraph === r.end.paragraph && r.start.table === r.end.table ? rangeOf(r.start) : rangeOf(r.start).expandTo(rangeOf(r.end))]));
    for (const batch of queued) {
      for (const r of batch) ranges.get(r)!.insertOoxml(r.ooxml, "Replace");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch within the budget (./budget.ts), never one per row
      await context.sync();
    }
    // The data part in a sync of its own: every sync stays within its budget, checked before anything changed.
    if (parts.scoped) {
      queueWrite(context, parts.scoped.items, xml);
      await context.sync();
    }
    return plan.adopted;
  });
  if (!tracked) await (await commonPart(host.commonXmlParts)).write(xml);
  return adopted;
}
