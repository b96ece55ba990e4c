/**
 * Taking a report typed by hand over inside Word, planned without Office (tested fast):
 * the body as Word gives it (`Body.getOoxml`, a Flat OPC package) is adopted by the
 * same code as a .docx (../docx/adopt.ts), and what adoption changed becomes a few
 * regions of whole body blocks, each to be put back with `insertOoxml("Replace")` —
 * the way the renderer already puts reports in.
 *
 * Why whole blocks, not `insertContentControl` around each cell's text: Word on the web
 * refuses a control inserted around part of a cell's content (GeneralException,
 * office-js#3367), treats a control around a whole cell differently from the desktop
 * and adds a paragraph after it (office-js#1947, #3704), and wraps a row's control around
 * the whole table (office-js#4251). A table put back as OOXML with its controls inside
 * is what Word makes of our own reports on every platform.
 *
 * What must not be put back this way is refused before anything changes: Word drops
 * section properties from inserted OOXML (office-js#3450), so a region holding a
 * section break; tracked changes and comments, which a re-insert would turn into the
 * add-in's own edits; footnotes. Each region is reached through a paragraph of Word's
 * `Body.paragraphs` (every paragraph in document order, those in tables included, text
 * boxes not): the plan gives each such paragraph's text, and the Word side checks them
 * against what Word reports before touching anything.
 */
import { Element, Node, XMLSerializer } from "@xmldom/xmldom";
import type { Template } from "../../core/model/template";
import { adoptDocument, Adopted } from "../docx/adopt";
import type { HandmadeGiven } from "../handmade/read-handmade";
import { children, NS } from "../ooxml/dom";
import { packageFor, readFlatPackage, tracksRevisions } from "../ooxml/read-flat-package";
import { listControls } from "../docx/docx-controls";
import { keyOf } from "../plan/tags";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export type AdoptRefusalReason =
  | "not-a-package"
  | "too-big"
  | "ours"
  | "section-break"
  | "revisions"
  | "comments"
  | "notes"
  | "unsupported-block"
  /** Word side: changes are being tracked. */
  | "tracking"
  /** Word side: Body.paragraphs does not show the paragraphs the OOXML holds. */
  | "shown-otherwise";

/** Why the document cannot be taken over in Word as it is (nothing was changed). */
export class AdoptRefusal extends Error {
  constructor(readonly reason: AdoptRefusalReason) {
    super(`cannot take this document over in Word: ${reason}`);
    this.name = "AdoptRefusal";
  }
}

/** A block of the body reached through Word: a paragraph, or the table a paragraph is directly in. */
export interface BlockAnchor {
  /** Index in Word's Body.paragraphs. */
  readonly paragraph: number;
  readonly table: boolean;
}

/** Whole blocks of the body, from `start` to `end`, to be replaced by `ooxml`. */
export interface Region {
  readonly start: BlockAnchor;
  readonly end: BlockAnchor;
  readonly ooxml: string;
}

export interface WordAdoption {
  readonly adopted: Adopted;
  readonly regions: readonly Region[];
  /** Every paragraph's text in Word's order (Body.paragraphs), to check Word sees the same document. */
  readonly paragraphs: readonly string[];
  /** The paragraphs (indices) inside the regions: the ones that must match. */
  readonly touched: readonly number[];
}

const REVISIONS = new Set(["ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "numberingChange"]);

/** Elements of a paragraph's text Word does not show in Body.paragraphs' text of that paragraph. */
const isElsewhere = (e: Element) => (e.namespaceURI === NS.w && e.localName === "txbxContent") || (e.namespaceURI === MC && e.localName === "Fallback");

/** A paragraph's text as Word shows it, for comparison only: letters and digits. */
export const comparable = (text: string) =>
  text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[^\p{L}\p{N}]/gu, "");

function descendants(root: Element, each: (e: Element) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e !== root && each(e) === false) continue;
    for (let c = e.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}

/** The body's paragraphs in Word's order (text boxes and VML fallbacks left out), with their texts. */
function wordParagraphs(body: Element): { list: Element[]; texts: string[] } {
  const list: Element[] = [];
  descendants(body, (e) => {
    if (isElsewhere(e)) return false;
    if (e.namespaceURI === NS.w && e.localName === "p") list.push(e);
  });
  const texts = list.map((p) => {
    let s = "";
    descendants(p, (e) => {
      if (isElsewhere(e)) return false;
      if (e.namespaceURI !== NS.w) return;
      if (e.localName === "t") s += e.textContent ?? "";
      else if (e.localName === "tab") s += "\t";
    });
    return s;
  });
  return { list, texts };
}

/** What in a block keeps it from being put back as OOXML. */
function refusalIn(e: Element): AdoptRefusalReason | null {
  let found: AdoptRefusalReason | null = null;
  const check = (x: Element) => {
    if (x.namespaceURI !== NS.w) return;
    const n = x.localName ?? "";
    if (n === "sectPr") found ??= "section-break";
    else if (REVISIONS.has(n)) found ??= "revisions";
    else if (n === "commentRangeStart" || n === "commentReference") found ??= "comments";
    else if (n === "footnoteReference" || n === "endnoteReference") found ??= "notes";
  };
  check(e);
  descendants(e, check);
  return found;
}

/**
 * Plans the take-over of the body Word gave (`ooxml`, from Body.getOoxml): throws AdoptError when
 * the report is not recognised, AdoptRefusal when what changed cannot be put back safely.
 */
export function planWordAdoption(ooxml: string, templates: readonly Template[], given: HandmadeGiven = {}, maxBytes = Infinity): WordAdoption {
  // The size that becomes a DOM: the package without its binary parts (images travel as base64 text).
  if (ooxml.replace(/<pkg:binaryData>[^<]*<\/pkg:binaryData>/g, "").length > maxBytes) throw new AdoptRefusal("too-big");
  const flat = readFlatPackage(ooxml);
  if (!flat) throw new AdoptRefusal("not-a-package");
  // Where Word gives its settings part: changes tracked (hosts without WordApi 1.4 cannot be asked otherwise).
  if (tracksRevisions(flat)) throw new AdoptRefusal("tracking");
  const { pkg, body } = flat;
  // A document with any of our controls is ours already: fill, check and repair serve it.
  if (listControls(pkg).some((c) => keyOf(c.tag, c.title) !== null)) throw new AdoptRefusal("ours");
  const serializer = new XMLSerializer();
  const { list, texts } = wordParagraphs(body);
  const ordinal = new Map(list.map((p, i) => [p, i]));

  // The body's blocks before adoption, each with how Word reaches it and what it was.
  const before = children(body);
  const was = new Map(before.map((e) => [e, serializer.serializeToString(e)]));
  const anchorOf = (e: Element): BlockAnchor | null => {
    if (e.namespaceURI !== NS.w) return null;
    if (e.localName === "p") return { paragraph: ordinal.get(e)!, table: false };
    if (e.localName !== "tbl") return null;
    // A paragraph directly in one of this table's cells (not in a table nested in it).
    for (const tr of children(e, "tr")) for (const tc of children(tr, "tc")) for (const p of children(tc, "p")) return { paragraph: ordinal.get(p)!, table: true };
    return null;
  };

  const adopted = adoptDocument(pkg, templates, given);

  // What changed: blocks whose XML differs, and new controls around blocks that were there.
  const changed: { from: number; to: number; nodes: Element[] }[] = [];
  for (const a of children(body)) {
    if (was.has(a)) {
      const i = before.indexOf(a);
      if (serializer.serializeToString(a) !== was.get(a)) changed.push({ from: i, to: i, nodes: [a] });
      continue;
    }
    const inside = before
      .map((b, i) => [b, i] as const)
      .filter(([b]) => isInside(b, a))
      .map(([, i]) => i);
    if (inside.length > 0) changed.push({ from: Math.min(...inside), to: Math.max(...inside), nodes: [a] });
  }
  // Neighbouring changes are one region (fewer replacements).
  const merged: typeof changed = [];
  for (const c of changed) {
    const last = merged[merged.length - 1];
    if (last && last.to + 1 === c.from) merged.push({ from: last.from, to: c.to, nodes: [...merged.pop()!.nodes, ...c.nodes] });
    else merged.push({ ...c });
  }

  for (const m of merged) {
    for (let i = m.from; i <= m.to; i++) {
      const reason = refusalIn(before[i]);
      if (reason) throw new AdoptRefusal(reason);
    }
  }

  const kept = children(body);
  for (const k of kept) body.removeChild(k);
  const touched = new Set<number>();
  const regions = merged.map((m) => {
    const start = anchorOf(before[m.from]);
    const end = anchorOf(before[m.to]);
    if (!start || !end) throw new AdoptRefusal("unsupported-block");
    for (const n of m.nodes) body.appendChild(n);
    // Only the parts this region names (an image elsewhere in the document is not sent with it).
    const xml = packageFor(flat, (d) => serializer.serializeToString(d));
    for (const n of m.nodes) body.removeChild(n);
    for (let i = m.from; i <= m.to; i++) {
      const b = before[i];
      if (b.namespaceURI === NS.w && b.localName === "p") touched.add(ordinal.get(b)!);
      else descendants(b, (e) => void (ordinal.has(e) && touched.add(ordinal.get(e)!)));
    }
    return { start, end, ooxml: xml };
  });
  for (const k of kept) body.appendChild(k);
  return { adopted, regions, paragraphs: texts, touched: [...touched].sort((x, y) => x - y) };
}

function isInside(node: Node, ancestor: Node): boolean {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}
