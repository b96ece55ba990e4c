/**
 * Re-inserting what the officer deleted, in Word: value/note/label controls (around
 * the text left in the cell) and appendix rows, in the appendix table put back whole as
 * OOXML; section controls after their headings (around body paragraphs, never in a cell).
 * Header fields are reported by `read` but not re-inserted.
 */
import type { Template } from "../../core/model/template";
import { interpretControls } from "../controls";
import { planAppendix, planReport } from "../plan/build-plan";
import { keyOf, parseTag } from "../plan/tags";
import type { ControlBlock, DocumentPlan, TableBlock } from "../plan/types";
import { styleName } from "../ooxml/styles-part";
import { applyControl } from "./draw";
import { XMLSerializer } from "@xmldom/xmldom";
import { repairAppendixRows } from "../docx/repair";
import { children } from "../ooxml/dom";
import { packageFor, readFlatPackage } from "../ooxml/read-flat-package";
import { SYNC_BUDGET } from "./budget";
import type { Snapshot } from "./snapshot";

/**
 * The appendix's rows: the table's OOXML (Range.getOoxml) repaired by the same code as a .docx
 * (../docx/repair.ts) and put back whole (Range.insertOoxml "Replace"): Word on the web refuses
 * a control inserted inside a table cell (office-js#3367). The table's controls refuse deletion
 * (cannotDelete), so they are unlocked first, in batches; the OOXML put back locks them again.
 * One sync to read the table, one per 300 controls to unlock, the last with the replacement.
 */
async function repairRows(context: Word.RequestContext, s: Snapshot, table: TableBlock, missing: Set<string>): Promise<string[]> {
  if (![...missing].some((t) => /^cchc:(label|value|note):/.test(t))) return [];
  // A report taken over (its data part lists the controls made) has the officer's own table, not the
  // plan's rows and columns; controls deleted under Track Changes are still in the table, locked.
  // Neither is put back through the plan's rows.
  if ((s.dataPart?.status === "ok" && s.dataPart.expected) || s.tracked.deleted.length > 0 || s.tracked.unverified) return [];
  // The appendix's controls (labels, values, notes: all in its table) locate the table and are unlocked before it is replaced.
  const rowControls = s.controls.filter((_, k) => ["label", "value", "note"].includes(keyOf(s.read[k].tag, s.read[k].title)?.kind ?? ""));
  if (rowControls.length === 0) return [];
  const range = rowControls[0].parentTable.getRange("Whole");
  const ooxml = range.getOoxml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult (getOoxml's) is read after the sync; it has nothing to load
  const flat = readFlatPackage(ooxml.value);
  const tbl = flat ? children(flat.body, "tbl")[0] : undefined;
  if (!flat || !tbl) return [];
  const repaired = repairAppendixRows(flat.pkg, table, missing);
  if (repaired.length === 0) return [];
  for (const e of children(flat.body)) if (e !== tbl) flat.body.removeChild(e);
  // The last batch of unlocking goes with the replacement, in one sync.
  const size = SYNC_BUDGET.controlsPerSync;
  for (let b = 0; b < Math.max(1, Math.ceil(rowControls.length / size)); b++) {
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch within the budget (./budget.ts), never one per row
    if (b > 0) await context.sync();
    for (const c of rowControls.slice(b * size, (b + 1) * size)) {
      c.cannotDelete = false;
      c.cannotEdit = false;
    }
  }
  range.insertOoxml(
    packageFor(flat, (d) => new XMLSerializer().serializeToString(d)),
    "Replace",
  );
  await context.sync();
  return repaired;
}

/** Repairs what `s` shows missing: the appendix table, then the sections (each syncs what it did). */
export async function queueRepair(context: Word.RequestContext, s: Snapshot, template: Template): Promise<string[]> {
  const read = interpretControls(s.read, s.dataPart, template);
  if (read.missing.length === 0 || s.dataPart?.status !== "ok") return [];
  const missing = new Set(read.missing);
  const data = s.dataPart.data;
  const whole = read.missing.some((t) => /^cchc:(section|heading|header):/.test(t)) || s.read.some((c) => /^cchc:(section|header):/.test(c.tag));
  const plan = whole ? planReport({ template, data }) : planAppendix({ template, data });
  const table = plan.blocks.find((b): b is TableBlock => b.type === "table" && b.style === "grid");
  if (!table) return [];
  const repaired = await repairRows(context, s, table, missing);
  repaired.push(...(await repairSections(context, s, plan, missing)));
  return repaired;
}

/**
 * A deleted section control comes back after its heading: wrapping the
 * paragraphs the officer left between the heading and the next control, or,
 * with nothing left, holding the placeholder. One sync to look, one to wrap.
 */
async function repairSections(context: Word.RequestContext, s: Snapshot, plan: DocumentPlan, missing: Set<string>): Promise<string[]> {
  const wanted = plan.blocks.filter((b): b is ControlBlock => b.type === "control" && missing.has(b.control.tag));
  if (wanted.length === 0) return [];
  const looks = wanted.flatMap((block) => {
    const id = parseTag(block.control.tag)!.key;
    const i = s.read.findIndex((c) => {
      const k = keyOf(c.tag, c.title);
      return k?.kind === "heading" && k.key === id;
    });
    if (i < 0 || i + 1 >= s.controls.length) return [];
    const headingParagraph = s.controls[i].paragraphs.getFirst();
    const first = headingParagraph.getNextOrNullObject();
    first.load("text");
    const last = s.controls[i + 1].paragraphs.getFirst().getPreviousOrNullObject();
    // eslint-disable-next-line office-addins/call-sync-before-read -- contentControls is a navigation queued for the same sync, not a read
    const firstControls = first.contentControls;
    firstControls.load("items/tag");
    return [{ block, headingParagraph, first, last, firstControls, nextTag: s.read[i + 1].tag }];
  });
  await context.sync();
  for (const l of looks) {
    const nothingLeft = l.first.isNullObject || l.firstControls.items.some((c) => c.tag === l.nextTag);
    if (nothingLeft) {
      const p = l.headingParagraph.insertParagraph(l.block.control.text, "After");
      p.style = styleName(l.block.role);
      applyControl(p.getRange("Whole").insertContentControl(), l.block.control);
    } else {
      applyControl(l.first.getRange("Whole").expandTo(l.last.getRange("Whole")).insertContentControl(), l.block.control);
    }
  }
  if (looks.length > 0) await context.sync();
  return looks.map((l) => l.block.control.tag);
}
