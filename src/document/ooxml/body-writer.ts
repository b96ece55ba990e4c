/** Draws a layout plan as WordprocessingML body content: paragraphs, content controls, tables. */
import type { Document, Element } from "@xmldom/xmldom";
import { PAGE, Role } from "../plan/styles";
import type { Block, ControlSpec, Run, TableBlock, TableCell } from "../plan/types";
import { bookmarkName } from "../plan/tags";
import { child, children, el, NS, twipsFromMm } from "./dom";

const LOCKS: Record<ControlSpec["lock"], string | undefined> = {
  none: undefined,
  delete: "sdtLocked",
  edit: "contentLocked",
  both: "sdtContentLocked",
};

/** Each role is a named paragraph style (styles.xml): Word and LibreOffice both apply it to text inside controls. */
export const styleId = (role: Role) => `Cchc${role[0].toUpperCase()}${role.slice(1)}`;
export const TEXT_WIDTH_TWIPS = twipsFromMm(PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm);

/** The header parts a report's sections refer to: page numbers, and the empty first-page header. */
export const HEADER_RELS = { pageNumber: "rIdCchcPage", firstPage: "rIdCchcFirst" } as const;

export interface WriterOptions {
  /**
   * The body's final w:sectPr (a .docx): a section break writes a copy of it (the section that ends)
   * and turns it to the new orientation. Without it (Word's insertOoxml, which drops section
   * properties it is given: office-js#3450) a section break is written as a page break.
   */
  readonly finalSection?: Element;
}

export class BodyWriter {
  /** Bookmark ids go on from the highest the document already has: ids are unique in a document. */
  private nextBookmarkId: number;
  constructor(
    private readonly doc: Document,
    private readonly options: WriterOptions = {},
  ) {
    const ids = Array.from(doc.getElementsByTagNameNS(NS.w, "bookmarkStart")).map((b) => Number((b as Element).getAttributeNS(NS.w, "id")) || 0);
    this.nextBookmarkId = Math.max(0, ...ids) + 1;
  }

  /** Direct run formatting only where a run differs from its paragraph's style. */
  private rPr(run?: Pick<Run, "bold" | "italic">): Element | null {
    if (!run?.bold && !run?.italic) return null;
    const d = this.doc;
    return el(d, "w:rPr", {}, [run.bold ? el(d, "w:b") : null, run.italic ? el(d, "w:i") : null]);
  }

  private pPr(role: Role): Element {
    return el(this.doc, "w:pPr", {}, [el(this.doc, "w:pStyle", { "w:val": styleId(role) })]);
  }

  /** Runs for a text; line breaks become w:br. */
  runs(text: string, run?: Pick<Run, "bold" | "italic">): Element[] {
    const d = this.doc;
    const lines = text.split(/\r\n|\n|\v/);
    const children: Element[] = [];
    lines.forEach((line, i) => {
      if (i > 0) children.push(el(d, "w:br"));
      const t = el(d, "w:t", { "xml:space": "preserve" });
      t.appendChild(d.createTextNode(line));
      children.push(t);
    });
    return [el(d, "w:r", {}, [this.rPr(run), ...children])];
  }

  /** Rich-text controls only (no w:text): Word's collections return no other kind (office-js#2160). */
  private sdtPr(c: ControlSpec): Element {
    const d = this.doc;
    return el(d, "w:sdtPr", {}, [el(d, "w:alias", { "w:val": c.title }), el(d, "w:tag", { "w:val": c.tag }), LOCKS[c.lock] ? el(d, "w:lock", { "w:val": LOCKS[c.lock] }) : null]);
  }

  /**
   * An inline control inside a paragraph (w:p > w:sdt > w:r), inside a bookmark that carries its
   * tag too (see bookmarkName: LibreOffice 7.4 drops an inline control's tag and title, not bookmarks).
   */
  inlineControl(c: ControlSpec): Element[] {
    return this.wrapInline(c, this.runs(c.text));
  }

  /**
   * An inline control around run-level content already in a paragraph (an officer's own runs,
   * formatting and all: `cchc adopt`), with the same properties and bookmark as inlineControl's.
   * The caller puts the result where the content was.
   */
  wrapInline(c: ControlSpec, content: readonly Element[]): Element[] {
    const d = this.doc;
    const sdt = el(d, "w:sdt", {}, [this.sdtPr(c), el(d, "w:sdtContent", {}, [...content])]);
    const name = bookmarkName(c.tag);
    if (!name) return [sdt];
    const id = this.nextBookmarkId++;
    return [el(d, "w:bookmarkStart", { "w:id": id, "w:name": name }), sdt, el(d, "w:bookmarkEnd", { "w:id": id })];
  }

  paragraph(role: Role, runs: readonly Run[]): Element {
    const children = runs.flatMap((r) => (r.control ? this.inlineControl(r.control) : this.runs(r.text, r)));
    return el(this.doc, "w:p", {}, [this.pPr(role), ...children]);
  }

  /** A block control around body content already in the document (paragraphs, tables: `cchc adopt`). */
  wrapBlock(c: ControlSpec, content: readonly Element[]): Element {
    return el(this.doc, "w:sdt", {}, [this.sdtPr(c), el(this.doc, "w:sdtContent", {}, [...content])]);
  }

  /** A block control around whole paragraphs: one paragraph per line of its text. */
  blockControl(role: Role, c: ControlSpec): Element {
    const d = this.doc;
    const paragraphs = c.text.split(/\r\n|\n/).map((line) => this.paragraph(role, [{ text: line }]));
    return el(d, "w:sdt", {}, [this.sdtPr(c), el(d, "w:sdtContent", {}, paragraphs)]);
  }

  /** The text width of the section being written: the final section's page less its margins, or A4 portrait. */
  private textWidth(): number {
    const s = this.options.finalSection;
    const size = s && child(s, "pgSz");
    const margins = s && child(s, "pgMar");
    const w = Number(size?.getAttributeNS(NS.w, "w")) - Number(margins?.getAttributeNS(NS.w, "left")) - Number(margins?.getAttributeNS(NS.w, "right"));
    return Number.isFinite(w) && w > 1440 ? w : TEXT_WIDTH_TWIPS;
  }

  table(t: TableBlock): Element {
    const d = this.doc;
    const width = this.textWidth() + (t.widen ? twipsFromMm(t.widen.extraMm) : 0);
    const cols = t.widths.map((w) => Math.round((width * w) / 100));
    const border = (name: string) => el(d, `w:${name}`, { "w:val": t.style === "grid" ? "single" : "nil", "w:sz": 4, "w:space": 0, "w:color": "auto" });
    const tblPr = el(d, "w:tblPr", {}, [
      el(d, "w:tblW", { "w:w": width, "w:type": "dxa" }),
      t.widen ? el(d, "w:tblInd", { "w:w": -twipsFromMm(t.widen.intoLeftMarginMm), "w:type": "dxa" }) : null,
      el(d, "w:tblBorders", {}, ["top", "left", "bottom", "right", "insideH", "insideV"].map(border)),
      el(d, "w:tblLayout", { "w:type": "fixed" }),
      el(d, "w:tblCellMar", {}, [el(d, "w:left", { "w:w": 57, "w:type": "dxa" }), el(d, "w:right", { "w:w": 57, "w:type": "dxa" })]),
    ]);
    const grid = el(
      d,
      "w:tblGrid",
      {},
      cols.map((w) => el(d, "w:gridCol", { "w:w": w })),
    );
    const rows = t.rows.map((row, i) =>
      el(d, "w:tr", {}, [i < t.headerRows ? el(d, "w:trPr", {}, [el(d, "w:tblHeader"), el(d, "w:cantSplit")]) : el(d, "w:trPr", {}, [el(d, "w:cantSplit")]), ...this.cells(row, cols, t.style)]),
    );
    return el(d, "w:tbl", {}, [tblPr, grid, ...rows]);
  }

  /** A row's cells; a spanning cell is as wide as its grid columns. Layout tables (header, signature) align to the top. */
  private cells(row: readonly TableCell[], cols: readonly number[], style: TableBlock["style"]): Element[] {
    const d = this.doc;
    let column = 0;
    return row.map((cell) => {
      const span = cell.span ?? 1;
      const w = cols.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      return el(d, "w:tc", {}, [
        el(d, "w:tcPr", {}, [
          el(d, "w:tcW", { "w:w": w, "w:type": "dxa" }),
          span > 1 ? el(d, "w:gridSpan", { "w:val": span }) : null,
          cell.vMerge ? el(d, "w:vMerge", cell.vMerge === "restart" ? { "w:val": "restart" } : {}) : null,
          el(d, "w:vAlign", { "w:val": style === "grid" ? "center" : "top" }),
        ]),
        ...cell.paragraphs.map((p) => this.paragraph(p.role, p.runs)),
      ]);
    });
  }

  /**
   * A new section in `orientation`: in a .docx, the paragraph ending the current section carries a
   * copy of its properties (headers, first-page rule) and the final section turns; the new section
   * numbers every page. In Word's packages, a page break (see WriterOptions).
   */
  sectionBreak(orientation: "portrait" | "landscape"): Element {
    const d = this.doc;
    const final = this.options.finalSection;
    if (!final) return this.pageBreak();
    const ended = final.cloneNode(true) as Element;
    const size = child(final, "pgSz");
    if (size) {
      const w = Number(size.getAttributeNS(NS.w, "w"));
      const h = Number(size.getAttributeNS(NS.w, "h"));
      const landscape = orientation === "landscape";
      size.setAttributeNS(NS.w, "w:w", String(landscape ? Math.max(w, h) : Math.min(w, h)));
      size.setAttributeNS(NS.w, "w:h", String(landscape ? Math.min(w, h) : Math.max(w, h)));
      if (landscape) size.setAttributeNS(NS.w, "w:orient", "landscape");
      else size.removeAttributeNS(NS.w, "orient");
    }
    // The first page of the report has no number; every page of the new section has one.
    const titlePg = child(final, "titlePg");
    if (titlePg) final.removeChild(titlePg);
    for (const ref of children(final, "headerReference")) if (ref.getAttributeNS(NS.w, "type") === "first") final.removeChild(ref);
    return el(d, "w:p", {}, [el(d, "w:pPr", {}, [ended])]);
  }

  pageBreak(): Element {
    const d = this.doc;
    return el(d, "w:p", {}, [el(d, "w:r", {}, [el(d, "w:br", { "w:type": "page" })])]);
  }

  block(b: Block): Element[] {
    switch (b.type) {
      case "paragraph":
        return [this.paragraph(b.role, b.runs)];
      case "control":
        return [this.blockControl(b.role, b.control)];
      case "table":
        // A paragraph after each table keeps tables apart, as Word requires.
        return [this.table(b), this.paragraph("tableText", [{ text: "" }])];
      case "pageBreak":
        return [b.newSection ? this.sectionBreak(b.newSection) : this.pageBreak()];
    }
  }

  /**
   * A report's section under Nghị định 30/2020: A4 portrait, margins within the decree's ranges, the
   * page number centred in the top margin from page 2 (the first page's header is empty: w:titlePg).
   */
  sectPr(): Element {
    const d = this.doc;
    return el(d, "w:sectPr", {}, [
      el(d, "w:headerReference", { "w:type": "default", "r:id": HEADER_RELS.pageNumber }),
      el(d, "w:headerReference", { "w:type": "first", "r:id": HEADER_RELS.firstPage }),
      el(d, "w:pgSz", { "w:w": twipsFromMm(PAGE.widthMm), "w:h": twipsFromMm(PAGE.heightMm) }),
      el(d, "w:pgMar", {
        "w:top": twipsFromMm(PAGE.marginTopMm),
        "w:right": twipsFromMm(PAGE.marginRightMm),
        "w:bottom": twipsFromMm(PAGE.marginBottomMm),
        "w:left": twipsFromMm(PAGE.marginLeftMm),
        "w:header": 720,
        "w:footer": 720,
        "w:gutter": 0,
      }),
      el(d, "w:titlePg"),
    ]);
  }
}
