/**
 * The fake's in-memory document: what Word would hold, independent of our OOXML writer
 * (the fake reads OOXML with its own importer, ./ooxml-import.ts).
 *
 * Blocks nest as in Word: the body, a table cell and a block-level content control each
 * hold a list of blocks (paragraphs, tables, block controls, page breaks).
 */
export interface Format {
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean };
  alignment?: string;
  firstLineIndent?: number;
  spaceAfter?: number;
  spaceBefore?: number;
}

/** Text inside a paragraph. Word reports a manual line break as "\v" and a tab as "\t". */
export interface TextPart {
  kind: "text";
  text: string;
  /** A field's code (w:fldSimple's instr, e.g. "PAGE"); `text` is its shown result. */
  field?: string;
  font?: { bold?: boolean; italic?: boolean };
}

interface ControlCommon {
  id: number;
  tag: string;
  title: string;
  color: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  /** Deleted by the officer while Word tracked changes: still in the document until accepted. */
  trackedDeleted?: boolean;
}

export interface InlineControl extends ControlCommon {
  kind: "cc";
  type: "PlainText" | "RichText";
  text: string;
}

export interface Paragraph {
  kind: "p";
  parts: (TextPart | InlineControl)[];
  /** The paragraph style's id (from inserted OOXML), if any. */
  style?: string;
  /** Direct formatting (set through the API); the style's formatting shows where this is silent. */
  format: Format;
  /**
   * Holds a page break (w:br w:type="page") after its text. In Word a page break is a character of a
   * paragraph, and a paragraph holding only a page break is still a paragraph of Body.paragraphs.
   */
  pageBreak?: boolean;
  /** Section properties (w:pPr/w:sectPr): the section that ends with this paragraph. */
  sectionBreak?: SectionProps;
}

export interface BlockControl extends ControlCommon {
  kind: "bcc";
  type: "RichText" | "PlainText";
  blocks: Block[];
}

export interface Cell {
  blocks: Block[];
  /** Grid columns the cell spans (w:gridSpan), when more than one. */
  span?: number;
  /** Vertical merge (w:vMerge): the cell starting a merge, or one continuing the cell above. */
  vMerge?: "restart" | "continue";
}

export interface Table {
  kind: "table";
  rows: Cell[][];
  headerRowCount: number;
  borders: "single" | "none";
}

export type Block = Paragraph | BlockControl | Table;
/** Kept for readability where the body is meant. */
export type BodyItem = Block;

export interface XmlPart {
  id: string;
  xml: string;
}

export interface StyleDef {
  id: string;
  name: string;
  format: Format;
}

/** Where the officer's cursor is (what `document.getSelection()` returns). */
export type Cursor =
  | { kind: "end" }
  /** A caret or a selection over whole blocks of one container (body, cell, control). */
  | { kind: "blocks"; blocks: Block[] }
  /** Inside a control (the caret in its text). */
  | { kind: "control"; control: InlineControl | BlockControl }
  /** Words a search found inside a control, selected. */
  | { kind: "found"; control: InlineControl | BlockControl; text: string }
  /** In the page header or footer. */
  | { kind: "header" | "footer" };

/** A section's page setup as the fake models it (WordApiDesktop 1.3's PageSetup, in part). */
export interface SectionProps {
  differentFirstPage: boolean;
  orientation: "Portrait" | "Landscape";
}

/** The sections' properties in order: each break paragraph of the body's top level, then the last section. */
export function sectionsOf(model: FakeDocumentModel): SectionProps[] {
  return [...model.body.filter((b): b is Paragraph => b.kind === "p" && !!b.sectionBreak).map((p) => p.sectionBreak!), model.section];
}

export class FakeDocumentModel {
  body: Block[] = [newParagraph("")];
  xmlParts: XmlPart[] = [];
  styles = new Map<string, StyleDef>();
  selected: number | null = null;
  cursor: Cursor = { kind: "end" };
  /** Word's Review > Track Changes. */
  changeTrackingMode: "Off" | "TrackAll" = "Off";
  /**
   * The last section's properties (the body's final w:sectPr); the sections before it end with a
   * paragraph carrying theirs (Paragraph.sectionBreak). One primary header, shared: a new section's
   * header is linked to the previous one, as Word makes it.
   */
  section: SectionProps = { differentFirstPage: false, orientation: "Portrait" };
  header: Block[] = [newParagraph("")];
  private nextId = 1;
  id(): number {
    return this.nextId++;
  }
}

export function newParagraph(text: string, format?: Format, style?: string): Paragraph {
  return { kind: "p", parts: text ? [{ kind: "text", text }] : [], format: format ? cloneFormat(format) : { font: {} }, style };
}

/** What a paragraph looks like: its style's formatting, with its direct formatting over it. */
export function effectiveFormat(model: FakeDocumentModel, p: Paragraph): Format {
  const base = (p.style ? model.styles.get(p.style)?.format : undefined) ?? { font: {} };
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([k, v]) => k !== "font" && v !== undefined));
  return { ...base, ...defined(p.format), font: { ...base.font, ...defined(p.format.font) } };
}

export const cloneFormat = (f: Format): Format => ({ ...f, font: { ...f.font } });

/** Word's own placeholder in an empty control (the UI language's; placeholderText cannot be set on the web). */
export const WORD_PLACEHOLDER = "Click or tap here to enter text.";

export const paragraphText = (p: Paragraph) => p.parts.map((x) => (x.kind === "cc" ? controlText(x) : x.text)).join("");

/** Every paragraph of a list of blocks, in document order. */
export function paragraphsIn(blocks: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.kind === "p") out.push(b);
    else if (b.kind === "bcc") out.push(...paragraphsIn(b.blocks));
    else if (b.kind === "table") b.rows.forEach((r) => r.forEach((c) => out.push(...paragraphsIn(c.blocks))));
  }
  return out;
}

/** Every control in a list of blocks, in document order (a block control before what it holds). */
export function controlsIn(blocks: readonly Block[]): (InlineControl | BlockControl)[] {
  const out: (InlineControl | BlockControl)[] = [];
  for (const b of blocks) {
    if (b.kind === "p") b.parts.forEach((x) => x.kind === "cc" && out.push(x));
    else if (b.kind === "bcc") {
      out.push(b);
      out.push(...controlsIn(b.blocks));
    } else if (b.kind === "table") b.rows.forEach((r) => r.forEach((c) => out.push(...controlsIn(c.blocks))));
  }
  return out;
}

export const controlsInOrder = (model: FakeDocumentModel) => controlsIn(model.body);

/** The list of blocks that holds `block` (the body, a cell, a block control), or null. */
export function containerOf(blocks: Block[], block: Block): Block[] | null {
  if (blocks.includes(block)) return blocks;
  for (const b of blocks) {
    if (b.kind === "bcc") {
      const found = containerOf(b.blocks, block);
      if (found) return found;
    } else if (b.kind === "table") {
      for (const r of b.rows)
        for (const c of r) {
          const found = containerOf(c.blocks, block);
          if (found) return found;
        }
    }
  }
  return null;
}

/** The chain of blocks from the body down to `block` (the block itself last), or null. */
export function pathTo(blocks: readonly Block[], block: Block): Block[] | null {
  for (const b of blocks) {
    if (b === block) return [b];
    if (b.kind === "bcc") {
      const inner = pathTo(b.blocks, block);
      if (inner) return [b, ...inner];
    } else if (b.kind === "table") {
      for (const r of b.rows)
        for (const c of r) {
          const inner = pathTo(c.blocks, block);
          if (inner) return [b, ...inner];
        }
    }
  }
  return null;
}

/** The paragraph holding an inline control. */
export function paragraphOf(blocks: readonly Block[], cc: InlineControl): Paragraph | null {
  return paragraphsIn(blocks).find((p) => p.parts.includes(cc)) ?? null;
}

/**
 * Word's Text of a control: paragraphs end with \r, manual line breaks are \v;
 * an empty control shows Word's placeholder, and its text is that placeholder.
 */
export function controlText(c: InlineControl | BlockControl): string {
  const raw = rawControlText(c);
  return raw === "" ? WORD_PLACEHOLDER : raw;
}

/** What a control holds, without Word's placeholder. */
export const rawControlText = (c: InlineControl | BlockControl): string => (c.kind === "cc" ? c.text : paragraphsIn(c.blocks).map(paragraphText).join("\r"));

/** Word keeps a paragraph at the end of every body and cell: a table is never last. */
export function keepTrailingParagraph(blocks: Block[]): void {
  const last = blocks[blocks.length - 1];
  if (!last || last.kind === "table") blocks.push(newParagraph(""));
}
