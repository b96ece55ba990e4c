/**
 * Where things are in the fake document, and how insertions land, shared by the
 * proxies. Word's rules imitated here:
 * - "Start"/"End" insert inside the object's boundaries, "Before"/"After" outside;
 *   the body has no Before/After, so "End" of a body that ends in a content control
 *   lands inside that control (https://github.com/OfficeDev/office-js/issues/866, "by design").
 * - Word keeps a paragraph after a table at the end of a body or cell.
 * - A control that cannot be edited refuses content (AccessDenied).
 */
import { invalidArgument } from "./context";
import { Block, BlockControl, cloneFormat, containerOf, FakeDocumentModel, InlineControl, keepTrailingParagraph, Paragraph, pathTo, StyleDef, Table, TextPart } from "./model";
import { FakeOfficeError } from "./office-error";

export type RangeTarget =
  /** Consecutive blocks of one container. */
  | { kind: "blocks"; blocks: Block[] }
  /** A run of text inside a paragraph. */
  | { kind: "part"; para: Paragraph; part: TextPart }
  /** A paragraph's content without its paragraph mark. */
  | { kind: "content"; para: Paragraph }
  /** A whole control. */
  | { kind: "control"; control: InlineControl | BlockControl }
  /** Words a search found inside a control (within one paragraph). */
  | { kind: "found"; control: InlineControl | BlockControl; text: string }
  /** In the page header or footer. */
  | { kind: "header" | "footer" };

export const accessDenied = () => new FakeOfficeError("AccessDenied", "The content control cannot be edited.");

export interface Place {
  /** The innermost control the range is in (not counting the range's own control). */
  control: InlineControl | BlockControl | null;
  table: Table | null;
  bodyType: "MainDoc" | "TableCell" | "Header" | "Footer";
}

/** The blocks from the body down to the block a range starts in. */
function anchorPath(model: FakeDocumentModel, t: RangeTarget): { path: Block[]; inline: InlineControl | null } | null {
  switch (t.kind) {
    case "blocks":
      return { path: pathTo(model.body, t.blocks[0]) ?? [], inline: null };
    case "part":
    case "content": {
      const path = pathTo(model.body, t.para);
      return path ? { path, inline: null } : null;
    }
    case "control": {
      if (t.control.kind === "bcc") return { path: pathTo(model.body, t.control) ?? [], inline: null };
      const para = findParagraphOf(model, t.control);
      return para ? { path: pathTo(model.body, para) ?? [], inline: t.control } : null;
    }
    default:
      return null;
  }
}

function findParagraphOf(model: FakeDocumentModel, cc: InlineControl): Paragraph | null {
  const walk = (blocks: readonly Block[]): Paragraph | null => {
    for (const b of blocks) {
      if (b.kind === "p" && b.parts.includes(cc)) return b;
      if (b.kind === "bcc") {
        const f = walk(b.blocks);
        if (f) return f;
      }
      if (b.kind === "table")
        for (const r of b.rows)
          for (const c of r) {
            const f = walk(c.blocks);
            if (f) return f;
          }
    }
    return null;
  };
  return walk(model.body);
}

/** Where a range is: its enclosing control and table, and the kind of body it is in. */
export function placeOf(model: FakeDocumentModel, t: RangeTarget, ownControl: InlineControl | BlockControl | null = null): Place {
  if (t.kind === "header" || t.kind === "footer") return { control: null, table: null, bodyType: t.kind === "header" ? "Header" : "Footer" };
  const found = anchorPath(model, t);
  if (!found) throw new FakeOfficeError("ItemNotFound", "the range is no longer in the document");
  const ancestors = t.kind === "blocks" ? found.path.slice(0, -1) : found.path;
  let control: InlineControl | BlockControl | null = found.inline && found.inline !== ownControl ? found.inline : null;
  let table: Table | null = null;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (!control && a.kind === "bcc" && a !== ownControl) control = a;
    if (!table && a.kind === "table") table = a;
  }
  const inCell = ancestors.some((a) => a.kind === "table");
  return { control, table, bodyType: inCell ? "TableCell" : "MainDoc" };
}

/** Controls that hold a block (the block's own path), innermost last. */
export function controlsAround(model: FakeDocumentModel, block: Block): BlockControl[] {
  return (pathTo(model.body, block) ?? []).filter((b): b is BlockControl => b.kind === "bcc" && b !== block);
}

export function refuseIfLocked(model: FakeDocumentModel, block: Block): void {
  if (controlsAround(model, block).some((c) => c.cannotEdit)) throw accessDenied();
}

/**
 * The list "End" of the body inserts into: the body, or — when the body ends in a
 * block control — inside that control, down to the innermost trailing one (#866).
 */
export function endOfBody(model: FakeDocumentModel): Block[] {
  let list = model.body;
  for (;;) {
    const last = list[list.length - 1];
    if (last && last.kind === "bcc") {
      if (last.cannotEdit) throw accessDenied();
      list = last.blocks;
    } else return list;
  }
}

export function containerOrThrow(model: FakeDocumentModel, block: Block): Block[] {
  const list = containerOf(model.body, block);
  if (!list) throw new FakeOfficeError("ItemNotFound", "the object is no longer in the document");
  return list;
}

/** Inserts blocks into a list at an index, keeping Word's trailing paragraph. */
export function insertBlocks(list: Block[], at: number, blocks: Block[]): void {
  list.splice(at, 0, ...blocks);
  keepTrailingParagraph(list);
}

/** Imported styles: a style the document has keeps its definition. */
export function addStyles(model: FakeDocumentModel, styles: readonly StyleDef[]): void {
  for (const s of styles) if (!model.styles.has(s.id)) model.styles.set(s.id, s);
}

/** A new paragraph formatted like another (Word carries the formatting over). */
export function paragraphLike(text: string, like: Paragraph | undefined): Paragraph {
  return {
    kind: "p",
    parts: text ? [{ kind: "text", text }] : [],
    format: like ? cloneFormat(like.format) : { font: {} },
    style: like?.style,
  };
}

/** Word's insertText: "\v" is no line break (it shows as a glyph, office-js#1755); the fake refuses it and other control characters. */
export function checkInsertedText(text: string, where: "inline" | "paragraph"): void {
  if (/\v/.test(text)) throw invalidArgument("fake: \\v in insertText shows as a glyph in Word (office-js#1755); use insertBreak(Line) or paragraphs");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000c\u000e-\u001f]/.test(text)) throw invalidArgument("fake: a control character in insertText");
  if (where === "inline" && /[\r\n]/.test(text)) throw invalidArgument("fake: a paragraph mark inside an inline control would split its paragraph");
}
