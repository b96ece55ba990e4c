/**
 * What Word does with `insertOoxml` (WordApi 1.1), as the fake imitates it: the
 * string must be a Flat OPC package (pkg:package) whose /_rels/.rels names the
 * main document part, as "Create better add-ins for Word with Office Open XML"
 * describes (https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 * Styles come from the styles part the document part's relationships name; a
 * style the document already has keeps the document's definition (same article).
 *
 * Strict where the format is: DOCTYPE refused; every table cell holds at least
 * one block and ends with a paragraph, and every row spans the table's grid
 * (ECMA-376 Part 1, §17.4.66 tc, §17.4.49 tblGrid); a plain-text control holds
 * no paragraphs (§17.5.2.44 text). What the fake does not model it refuses,
 * never silently drops.
 */
import { DOMParser, Element } from "@xmldom/xmldom";
import { invalidArgument } from "./context";
import { Block, BlockControl, Format, InlineControl, Paragraph, StyleDef, Table, TextPart } from "./model";
import { FakeOfficeError } from "./office-error";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

export interface ImportedOoxml {
  blocks: Block[];
  styles: StyleDef[];
}

const general = (why: string) => new FakeOfficeError("GeneralException", `insertOoxml: ${why}`);

function kids(e: Element, ns?: string, name?: string): Element[] {
  const out: Element[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if ((!ns || el.namespaceURI === ns) && (!name || el.localName === name)) out.push(el);
  }
  return out;
}
const kid = (e: Element, ns: string, name: string) => kids(e, ns, name)[0] ?? null;
const wval = (e: Element | null) => (e ? e.getAttributeNS(W, "val") : null);
const onOff = (e: Element | null) => !!e && !["0", "false", "off"].includes(wval(e) ?? "true");

/**
 * `opened`: the package is a document being opened (a test's starting document), whose section
 * breaks are kept. Inserted OOXML loses its section properties (office-js#3450), so by default a
 * paragraph's w:sectPr is dropped.
 */
export function importOoxml(ooxml: string, newId: () => number, opened = false): ImportedOoxml {
  if (/<!DOCTYPE|<!ENTITY/i.test(ooxml)) throw general("DOCTYPE or ENTITY");
  let problem = "";
  let root: Element | null = null;
  try {
    root = new DOMParser({ onError: (level, msg) => void (level !== "warning" && !problem && (problem = msg)) }).parseFromString(ooxml, "text/xml").documentElement;
  } catch (e) {
    problem = (e as Error).message;
  }
  if (problem || !root) throw general(`not well-formed XML (${problem.split("\n")[0]})`);
  if (root.namespaceURI !== PKG || root.localName !== "package") throw general("not a Flat OPC package (pkg:package)");
  const parts = new Map<string, Element>();
  for (const part of kids(root, PKG, "part")) {
    const data = kid(part, PKG, "xmlData");
    const content = data ? kids(data)[0] : null;
    if (content) parts.set(part.getAttributeNS(PKG, "name") ?? "", content);
  }
  const mainName = relationshipTarget(parts.get("/_rels/.rels"), OFFICE_DOCUMENT, "/");
  if (!mainName) throw general("/_rels/.rels names no main document part");
  const main = parts.get(mainName);
  const body = main ? kid(main, W, "body") : null;
  if (!body) throw general(`no w:document/w:body in ${mainName}`);
  const stylesName = relationshipTarget(parts.get(relsOf(mainName)), STYLES, mainName.replace(/[^/]*$/, ""));
  const styles = stylesName && parts.get(stylesName) ? readStyles(parts.get(stylesName)!) : [];
  sectionsKept = opened;
  try {
    return { blocks: readBlocks(body, newId), styles };
  } finally {
    sectionsKept = false;
  }
}

let sectionsKept = false;

const relsOf = (name: string) => name.replace(/([^/]*)$/, "_rels/$1.rels");

function relationshipTarget(rels: Element | undefined, type: string, base: string): string | null {
  if (!rels || rels.namespaceURI !== REL_NS) return null;
  const r = kids(rels, REL_NS, "Relationship").find((x) => x.getAttribute("Type") === type);
  const target = r?.getAttribute("Target");
  if (!target) return null;
  return target.startsWith("/") ? target : `${base}${target}`;
}

function readBlocks(container: Element, newId: () => number): Block[] {
  const blocks: Block[] = [];
  let previousWasTable = false;
  for (const e of kids(container)) {
    if (e.namespaceURI !== W) continue;
    if (e.localName === "p") {
      blocks.push(...readParagraph(e, newId));
      previousWasTable = false;
    } else if (e.localName === "tbl") {
      // Word joins two tables with nothing between them into one.
      if (previousWasTable) throw invalidArgument("fake: two adjacent tables would be merged into one by Word");
      blocks.push(readTable(e, newId));
      previousWasTable = true;
    } else if (e.localName === "sdt") {
      blocks.push(readBlockControl(e, newId));
      previousWasTable = false;
    } else if (["sectPr", "tcPr", "bookmarkStart", "bookmarkEnd"].includes(e.localName ?? "")) {
      continue;
    } else {
      throw invalidArgument(`fake: block element w:${e.localName} is not modelled`);
    }
  }
  return blocks;
}

function readRuns(container: Element, parts: (TextPart | InlineControl)[], newId: () => number, inControl: boolean): boolean {
  let pageBreak = false;
  for (const e of kids(container, W)) {
    if (e.localName === "r") {
      const rPr = kid(e, W, "rPr");
      const font = rPr ? { bold: onOff(kid(rPr, W, "b")) || undefined, italic: onOff(kid(rPr, W, "i")) || undefined } : undefined;
      let text = "";
      for (const c of kids(e, W)) {
        if (c.localName === "t") text += c.textContent ?? "";
        else if (c.localName === "tab") text += "\t";
        else if (c.localName === "br") {
          if (c.getAttributeNS(W, "type") === "page") pageBreak = true;
          else text += "\v";
        }
      }
      if (text !== "") parts.push(font && (font.bold || font.italic) ? { kind: "text", text, font } : { kind: "text", text });
    } else if (e.localName === "sdt") {
      if (inControl) throw invalidArgument("fake: a control inside an inline control is not modelled");
      parts.push(readInlineControl(e, newId));
    } else if (e.localName === "hyperlink" || e.localName === "smartTag") {
      pageBreak = readRuns(e, parts, newId, inControl) || pageBreak;
    } else if (e.localName === "fldSimple") {
      // A simple field: its code, and its result as the text Word shows until it updates it.
      const result: (TextPart | InlineControl)[] = [];
      readRuns(e, result, newId, inControl);
      parts.push({ kind: "text", text: result.map((x) => (x.kind === "text" ? x.text : "")).join(""), field: (e.getAttributeNS(W, "instr") ?? "").trim() });
    }
  }
  return pageBreak;
}

function readParagraph(e: Element, newId: () => number): Block[] {
  const pPr = kid(e, W, "pPr");
  const style = wval(pPr ? kid(pPr, W, "pStyle") : null) ?? undefined;
  const p: Paragraph = { kind: "p", parts: [], format: { font: {} }, style };
  const sectPr = pPr ? kid(pPr, W, "sectPr") : null;
  if (sectionsKept && sectPr) {
    const size = kid(sectPr, W, "pgSz");
    p.sectionBreak = { differentFirstPage: onOff(kid(sectPr, W, "titlePg")), orientation: size?.getAttributeNS(W, "orient") === "landscape" ? "Landscape" : "Portrait" };
  }
  // A page break is a character of its paragraph (a paragraph holding only a page break is a paragraph).
  if (readRuns(e, p.parts, newId, false)) p.pageBreak = true;
  return [p];
}

interface ControlProps {
  tag: string;
  title: string;
  color: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  plain: boolean;
}

function readControlProps(sdt: Element): ControlProps {
  const pr = kid(sdt, W, "sdtPr");
  if (!pr || !kid(sdt, W, "sdtContent")) throw general("w:sdt without w:sdtPr or w:sdtContent");
  const lock = wval(kid(pr, W, "lock"));
  if (lock && !["sdtLocked", "contentLocked", "sdtContentLocked", "unlocked"].includes(lock)) throw general(`w:lock ${lock}`);
  return {
    tag: wval(kid(pr, W, "tag")) ?? "",
    title: wval(kid(pr, W, "alias")) ?? "",
    color: wval(kid(pr, W15, "color")) ?? "",
    cannotEdit: lock === "contentLocked" || lock === "sdtContentLocked",
    cannotDelete: lock === "sdtLocked" || lock === "sdtContentLocked",
    plain: !!kid(pr, W, "text"),
  };
}

function readInlineControl(sdt: Element, newId: () => number): InlineControl {
  const props = readControlProps(sdt);
  const parts: (TextPart | InlineControl)[] = [];
  readRuns(kid(sdt, W, "sdtContent")!, parts, newId, true);
  const { plain, ...rest } = props;
  return { kind: "cc", id: newId(), type: plain ? "PlainText" : "RichText", text: parts.map((x) => (x.kind === "text" ? x.text : "")).join(""), ...rest };
}

function readBlockControl(sdt: Element, newId: () => number): BlockControl {
  const props = readControlProps(sdt);
  const blocks = readBlocks(kid(sdt, W, "sdtContent")!, newId);
  if (props.plain && blocks.filter((b) => b.kind === "p").length > 1) throw invalidArgument("a plain-text control cannot hold paragraphs");
  const { plain, ...rest } = props;
  return { kind: "bcc", id: newId(), type: plain ? "PlainText" : "RichText", blocks, ...rest };
}

function readTable(tbl: Element, newId: () => number): Table {
  const grid = kid(tbl, W, "tblGrid");
  const columns = grid ? kids(grid, W, "gridCol").length : 0;
  if (columns === 0) throw general("w:tbl without w:tblGrid columns");
  const tblPr = kid(tbl, W, "tblPr");
  const borders = tblPr ? kid(tblPr, W, "tblBorders") : null;
  const none = !!borders && kids(borders, W).every((b) => ["nil", "none"].includes(wval(b) ?? ""));
  let headerRowCount = 0;
  let leading = true;
  const rows = kids(tbl, W, "tr").map((tr) => {
    const trPr = kid(tr, W, "trPr");
    const header = !!trPr && onOff(kid(trPr, W, "tblHeader"));
    if (header && leading) headerRowCount++;
    else leading = false;
    let span = 0;
    const cells = kids(tr, W, "tc").map((tc) => {
      const tcPr = kid(tc, W, "tcPr");
      const cellSpan = Number(wval(tcPr ? kid(tcPr, W, "gridSpan") : null) ?? 1);
      span += cellSpan;
      const blocks = readBlocks(tc, newId);
      const last = blocks[blocks.length - 1];
      if (!last || last.kind !== "p") throw general("a table cell must end with a paragraph (ECMA-376 §17.4.66)");
      const merge = tcPr ? kid(tcPr, W, "vMerge") : null;
      const cell: Table["rows"][number][number] = { blocks };
      if (cellSpan > 1) cell.span = cellSpan;
      if (merge) cell.vMerge = wval(merge) === "restart" ? "restart" : "continue";
      return cell;
    });
    if (span !== columns) throw general(`a row spans ${span} of the table's ${columns} grid columns`);
    return cells;
  });
  if (rows.length === 0) throw general("w:tbl without rows");
  return { kind: "table", rows, headerRowCount, borders: none ? "none" : "single" };
}

const ALIGN: Record<string, string> = { both: "Justified", center: "Centered", left: "Left", start: "Left", right: "Right", end: "Right" };

function readStyles(styles: Element): StyleDef[] {
  const defaults = kid(styles, W, "docDefaults");
  const base = defaults ? formatOf(kid(kid(defaults, W, "pPrDefault") ?? defaults, W, "pPr"), kid(kid(defaults, W, "rPrDefault") ?? defaults, W, "rPr")) : { font: {} };
  const raw = new Map<string, { name: string; basedOn: string | null; format: Format }>();
  for (const s of kids(styles, W, "style")) {
    if (s.getAttributeNS(W, "type") !== "paragraph") continue;
    const id = s.getAttributeNS(W, "styleId") ?? "";
    raw.set(id, { name: wval(kid(s, W, "name")) ?? id, basedOn: wval(kid(s, W, "basedOn")), format: formatOf(kid(s, W, "pPr"), kid(s, W, "rPr")) });
  }
  const resolve = (id: string, depth = 0): Format => {
    const s = raw.get(id);
    if (!s || depth > 10) return { ...base, font: { ...base.font } };
    const parent = s.basedOn ? resolve(s.basedOn, depth + 1) : { ...base, font: { ...base.font } };
    return merge(parent, s.format);
  };
  return [...raw.entries()].map(([id, s]) => ({ id, name: s.name, format: resolve(id) }));
}

function merge(under: Format, over: Format): Format {
  const out: Format = { ...under, font: { ...under.font } };
  for (const [k, v] of Object.entries(over)) if (k !== "font" && v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  for (const [k, v] of Object.entries(over.font)) if (v !== undefined) (out.font as Record<string, unknown>)[k] = v;
  return out;
}

const twipsToPt = (v: string | null) => (v === null ? undefined : Number(v) / 20);

function formatOf(pPr: Element | null, rPr: Element | null): Format {
  const f: Format = { font: {} };
  if (pPr) {
    const jc = wval(kid(pPr, W, "jc"));
    if (jc) f.alignment = ALIGN[jc] ?? jc;
    const ind = kid(pPr, W, "ind");
    if (ind && ind.getAttributeNS(W, "firstLine") !== null && ind.hasAttributeNS(W, "firstLine")) f.firstLineIndent = twipsToPt(ind.getAttributeNS(W, "firstLine"));
    const spacing = kid(pPr, W, "spacing");
    if (spacing?.hasAttributeNS(W, "before")) f.spaceBefore = twipsToPt(spacing.getAttributeNS(W, "before"));
    if (spacing?.hasAttributeNS(W, "after")) f.spaceAfter = twipsToPt(spacing.getAttributeNS(W, "after"));
  }
  if (rPr) {
    const fonts = kid(rPr, W, "rFonts");
    if (fonts?.hasAttributeNS(W, "ascii")) f.font.name = fonts.getAttributeNS(W, "ascii") ?? undefined;
    const sz = wval(kid(rPr, W, "sz"));
    if (sz) f.font.size = Number(sz) / 2;
    if (kid(rPr, W, "b")) f.font.bold = onOff(kid(rPr, W, "b"));
    if (kid(rPr, W, "i")) f.font.italic = onOff(kid(rPr, W, "i"));
  }
  return f;
}
