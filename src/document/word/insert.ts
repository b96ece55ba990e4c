/**
 * Putting a plan's blocks into Word as Office Open XML (insertOoxml, WordApi 1.1),
 * written by the same writer as the .docx (../ooxml). Word's rules this follows:
 * - "End" of a body that ends in a content control lands inside that control
 *   (office-js#866): content goes after an anchor paragraph of our own, made
 *   outside any control and table, never at the body's "End".
 * - Large batches are slow or refused on the web: one package per sync, each at
 *   most SYNC_BUDGET.maxInsertBytes, the next placed "After" the previous.
 * - A batch is not a transaction: when a sync fails half-way, what was inserted is
 *   taken out again (unlocking our controls first), or the error says it could not be.
 */
import { flatPackages } from "../ooxml/flat-package";
import type { Block } from "../plan/types";
import { WordCursorError, WordInsertError } from "./errors";

export interface InsertProgress {
  (done: number, total: number): void;
}

/** Body types a table or report cannot go into (Word.BodyType). */
const NOT_BODY = new Set(["Header", "Footer", "Footnote", "Endnote", "NoteItem"]);

/** The outermost of a chain of containers (controls or tables), one sync per level above the first. */
async function outermost<T extends Word.ContentControl | Word.Table>(context: Word.RequestContext, first: T, parentOf: (x: T) => T, prop: string): Promise<T> {
  let current = first;
  for (let depth = 0; depth < 8; depth++) {
    const parent = parentOf(current);
    parent.load(prop);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per level of nesting (at most 8), to find the outermost table or control
    await context.sync();
    if (parent.isNullObject) return current;
    current = parent;
  }
  return current;
}

/**
 * A new empty paragraph right after `paragraph`'s block, outside any table and
 * block control holding it, in the main body.
 */
async function anchorAfter(context: Word.RequestContext, paragraph: Word.Paragraph): Promise<Word.Paragraph> {
  const table = paragraph.parentTableOrNullObject;
  const control = paragraph.parentContentControlOrNullObject;
  table.load("rowCount");
  control.load("id");
  await context.sync();
  if (!table.isNullObject) {
    const outer = await outermost(context, table, (t) => t.parentTableOrNullObject, "rowCount");
    return outer.insertParagraph("", "After");
  }
  if (!control.isNullObject) {
    const outer = await outermost(context, control, (c) => c.parentContentControlOrNullObject, "id");
    return outer.insertParagraph("", "After");
  }
  return paragraph.insertParagraph("", "After");
}

/** Where a report or appendix goes: after the last block of the body (never inside a trailing control). */
export async function anchorAtEnd(context: Word.RequestContext): Promise<Word.Paragraph> {
  return anchorAfter(context, context.document.body.paragraphs.getLast());
}

/** Where a table at the cursor goes: after the block the selection ends in; refused outside the main body. */
export async function anchorAtCursor(context: Word.RequestContext): Promise<Word.Paragraph> {
  const selection = context.document.getSelection();
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- parentBody is a navigation to load, not a read
  const body = selection.parentBody;
  body.load("type");
  await context.sync();
  if (NOT_BODY.has(body.type)) throw new WordCursorError(body.type);
  return anchorAfter(context, selection.paragraphs.getLast());
}

/**
 * Inserts the blocks at a fresh anchor paragraph, one package per sync. `last` queues
 * whatever must go with the final package (the data part); progress is told after each sync.
 */
export async function insertPackages(context: Word.RequestContext, anchor: Word.Paragraph, blocks: readonly Block[], maxBytes: number, last: () => void, onProgress?: InsertProgress): Promise<void> {
  const packages = flatPackages(blocks, maxBytes);
  const inserted: Word.Range[] = [];
  try {
    for (let i = 0; i < packages.length; i++) {
      const range = i === 0 ? anchor.insertOoxml(packages[0], "Replace") : inserted[i - 1].insertOoxml(packages[i], "After");
      inserted.push(range);
      if (i === packages.length - 1) last();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one package per sync, each within the insert budget
      await context.sync();
      onProgress?.(i + 1, packages.length);
    }
  } catch (e) {
    throw new WordInsertError(e, await takeOut(context, inserted.slice(0, -1)));
  }
}

/** Takes inserted ranges out again: our controls are locked against deletion, so they are unlocked first. */
async function takeOut(context: Word.RequestContext, ranges: Word.Range[]): Promise<boolean> {
  if (ranges.length === 0) return true;
  try {
    const whole = ranges[0].expandTo(ranges[ranges.length - 1]);
    const controls = whole.contentControls.load("items");
    await context.sync();
    for (const c of controls.items) {
      c.cannotDelete = false;
      c.cannotEdit = false;
    }
    whole.delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
