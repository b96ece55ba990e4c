/**
 * Re-inserting what the officer deleted, in Word: value/note/label controls (wrapping
 * the text left in the cell), appendix rows next to the surviving rows, and section
 * controls after their headings. Header fields are reported by `read` but not re-inserted.
 */
import type { Template } from "../../core/model/template";
import { interpretControls } from "../controls";
import { planAppendix, planReport } from "../plan/build-plan";
import { keyOf, parseTag, tagOf } from "../plan/tags";
import type { ControlBlock, DocumentPlan, TableBlock } from "../plan/types";
import { styleName } from "../ooxml/styles-part";
import { applyControl, fillParagraph } from "./draw";
import type { Snapshot } from "./snapshot";

/** Where the standard columns put a row's controls; a template's own columns say where theirs are (TableBlock.cellOf). */
const STANDARD_CELLS = { label: 1, value: 3, note: 4 } as const;

/** The n-th cell of a row (TableCell.getNext, WordApi 1.3). */
function cellAt(row: Word.TableRow, index: number): Word.TableCell {
  let cell = row.cells.getFirst();
  for (let i = 0; i < index; i++) cell = cell.getNext();
  return cell;
}

/** Wraps the text left in a cell whose control was deleted in a new control. */
function rewrapCells(row: Word.TableRow, table: TableBlock, index: number, tags: string[]): void {
  for (const tag of tags) {
    const kind = tag.split(":")[1] as keyof typeof STANDARD_CELLS;
    const at = (table.cellOf ?? STANDARD_CELLS)[kind];
    const runs = table.rows[index][at].paragraphs[0].runs;
    const spec = runs.find((r) => r.control?.tag === tag)?.control;
    if (!spec) continue;
    const paragraph = cellAt(row, at).body.paragraphs.getFirst();
    // A cell holding the form's own text beside the control (Đơn vị thực hiện): that text stays, a new control goes after it.
    if (runs.length > 1) applyControl(paragraph.insertText(spec.text, "End").insertContentControl(), spec);
    else applyControl(paragraph.getRange("Content").insertContentControl(), spec);
  }
}

function fillRow(row: Word.TableRow, table: TableBlock, index: number): void {
  table.rows[index].forEach((cell, c) => fillParagraph(cellAt(row, c).body.paragraphs.getFirst(), cell.paragraphs[0].role, cell.paragraphs[0].runs));
}

/** Repairs what `s` shows missing; queues everything, syncing once more for sections. */
export async function queueRepair(context: Word.RequestContext, s: Snapshot, template: Template): Promise<string[]> {
  const read = interpretControls(s.read, s.dataPart, template);
  if (read.missing.length === 0 || s.dataPart?.status !== "ok") return [];
  const missing = new Set(read.missing);
  const data = s.dataPart.data;
  const whole = read.missing.some((t) => /^cchc:(section|heading|header):/.test(t)) || s.read.some((c) => /^cchc:(section|header):/.test(c.tag));
  const plan = whole ? planReport({ template, data }) : planAppendix({ template, data });
  const table = plan.blocks.find((b): b is TableBlock => b.type === "table" && b.style === "grid");
  if (!table) return [];
  // A surviving control of each row locates the row.
  const anchor = new Map<string, Word.ContentControl>();
  s.controls.forEach((control, i) => {
    const k = keyOf(s.read[i].tag, s.read[i].title);
    if (k && (k.kind === "label" || k.kind === "value" || k.kind === "note") && !anchor.has(k.key)) anchor.set(k.key, control);
  });
  const repaired: string[] = [];
  let previous: Word.TableRow | null = null;
  table.rowKeys.forEach((code, i) => {
    if (code === null) return;
    const tags = (["label", "value", "note"] as const).map((k) => tagOf(k, code)).filter((t) => missing.has(t));
    const surviving = anchor.get(code);
    if (surviving) {
      const row = surviving.parentTableCellOrNullObject.parentRow;
      if (tags.length > 0) rewrapCells(row, table, i, tags);
      repaired.push(...tags);
      previous = row;
      return;
    }
    if (tags.length === 0 || !previous) return;
    const inserted: Word.TableRow = (previous as Word.TableRow).insertRows("After", 1, [table.rows[i].map(() => "")]).getFirst();
    fillRow(inserted, table, i);
    repaired.push(...tags);
    previous = inserted;
  });
  repaired.push(...(await repairSections(context, s, plan, missing)));
  return repaired;
}

/**
 * A deleted section control comes back after its heading: wrapping the
 * paragraphs the officer left between the heading and the next control, or,
 * with nothing left, holding the placeholder. One more sync to look.
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
  return looks.map((l) => l.block.control.tag);
}
