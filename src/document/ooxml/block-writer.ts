/**
 * Draws a layout plan as WordprocessingML body content — paragraphs, content controls, tables —
 * through an XmlBuilder: the same markup as elements of an open document (./body-writer.ts) or
 * as the text of a new one (./document-text.ts).
 */
import { PAGE, Role } from "../plan/styles";
import type { Block, ControlSpec, Run, TableBlock, TableCell } from "../plan/types";
import { bookmarkName } from "../plan/tags";
import { twipsFromMm } from "./dom";
import type { XmlBuilder } from "./xml-builder";

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

/** A section of the report: its orientation, and whether it is the first (whose first page shows no number). */
export interface SectionSetup {
  readonly landscape: boolean;
  readonly first: boolean;
}
export const FIRST_SECTION: SectionSetup = { landscape: false, first: true };

/** The page in twips, as w:sectPr gives it. */
export const PAGE_TWIPS = {
  width: twipsFromMm(PAGE.widthMm),
  height: twipsFromMm(PAGE.heightMm),
  top: twipsFromMm(PAGE.marginTopMm),
  right: twipsFromMm(PAGE.marginRightMm),
  bottom: twipsFromMm(PAGE.marginBottomMm),
  left: twipsFromMm(PAGE.marginLeftMm),
} as const;

export abstract class BlockWriter<N> {
  constructor(
    protected readonly b: XmlBuilder<N>,
    /** Bookmark ids go on from the highest the document already has: ids are unique in a document. */
    private nextBookmarkId: number,
  ) {}

  /** The text width of the section being written, in twips. */
  protected abstract textWidth(): number;
  /** A break to a new section in `orientation` (or a page break where sections cannot be written). */
  abstract sectionBreak(orientation: "portrait" | "landscape"): N;

  /** Direct run formatting only where a run differs from its paragraph's style. */
  private rPr(run?: Pick<Run, "bold" | "italic">): N | null {
    if (!run?.bold && !run?.italic) return null;
    return this.b.el("w:rPr", {}, [run.bold ? this.b.el("w:b") : null, run.italic ? this.b.el("w:i") : null]);
  }

  private pPr(role: Role): N {
    return this.b.el("w:pPr", {}, [this.b.el("w:pStyle", { "w:val": styleId(role) })]);
  }

  /** Runs for a text; line breaks become w:br. */
  runs(text: string, run?: Pick<Run, "bold" | "italic">): N[] {
    const b = this.b;
    const lines = text.split(/\r\n|\n|\v/);
    const children: (N | null)[] = [this.rPr(run)];
    lines.forEach((line, i) => {
      if (i > 0) children.push(b.el("w:br"));
      children.push(b.textEl("w:t", { "xml:space": "preserve" }, line));
    });
    return [b.el("w:r", {}, children)];
  }

  /** Rich-text controls only (no w:text): Word's collections return no other kind (office-js#2160). */
  private sdtPr(c: ControlSpec): N {
    const b = this.b;
    return b.el("w:sdtPr", {}, [b.el("w:alias", { "w:val": c.title }), b.el("w:tag", { "w:val": c.tag }), LOCKS[c.lock] ? b.el("w:lock", { "w:val": LOCKS[c.lock] }) : null]);
  }

  /**
   * An inline control inside a paragraph (w:p > w:sdt > w:r), inside a bookmark that carries its
   * tag too (see bookmarkName: LibreOffice 7.4 drops an inline control's tag and title, not bookmarks).
   */
  inlineControl(c: ControlSpec): N[] {
    return this.wrapInline(c, this.runs(c.text));
  }

  /**
   * An inline control around run-level content already in a paragraph (an officer's own runs,
   * formatting and all: `cchc adopt`), with the same properties and bookmark as inlineControl's.
   * The caller puts the result where the content was.
   */
  wrapInline(c: ControlSpec, content: readonly N[]): N[] {
    const b = this.b;
    const sdt = b.el("w:sdt", {}, [this.sdtPr(c), b.el("w:sdtContent", {}, content)]);
    const name = bookmarkName(c.tag);
    if (!name) return [sdt];
    const id = this.nextBookmarkId++;
    return [b.el("w:bookmarkStart", { "w:id": id, "w:name": name }), sdt, b.el("w:bookmarkEnd", { "w:id": id })];
  }

  paragraph(role: Role, runs: readonly Run[]): N {
    const children = runs.flatMap((r) => (r.control ? this.inlineControl(r.control) : this.runs(r.text, r)));
    return this.b.el("w:p", {}, [this.pPr(role), ...children]);
  }

  /** A block control around body content already in the document (paragraphs, tables: `cchc adopt`). */
  wrapBlock(c: ControlSpec, content: readonly N[]): N {
    return this.b.el("w:sdt", {}, [this.sdtPr(c), this.b.el("w:sdtContent", {}, content)]);
  }

  /** A block control around whole paragraphs: one paragraph per line of its text. */
  blockControl(role: Role, c: ControlSpec): N {
    const paragraphs = c.text.split(/\r\n|\n/).map((line) => this.paragraph(role, [{ text: line }]));
    return this.b.el("w:sdt", {}, [this.sdtPr(c), this.b.el("w:sdtContent", {}, paragraphs)]);
  }

  table(t: TableBlock): N {
    const b = this.b;
    const width = this.textWidth() + (t.widen ? twipsFromMm(t.widen.extraMm) : 0);
    const cols = t.widths.map((w) => Math.round((width * w) / 100));
    const border = (name: string) => b.el(`w:${name}`, { "w:val": t.style === "grid" ? "single" : "nil", "w:sz": 4, "w:space": 0, "w:color": "auto" });
    const tblPr = b.el("w:tblPr", {}, [
      b.el("w:tblW", { "w:w": width, "w:type": "dxa" }),
      t.widen ? b.el("w:tblInd", { "w:w": -twipsFromMm(t.widen.intoLeftMarginMm), "w:type": "dxa" }) : null,
      b.el("w:tblBorders", {}, ["top", "left", "bottom", "right", "insideH", "insideV"].map(border)),
      b.el("w:tblLayout", { "w:type": "fixed" }),
      b.el("w:tblCellMar", {}, [b.el("w:left", { "w:w": 57, "w:type": "dxa" }), b.el("w:right", { "w:w": 57, "w:type": "dxa" })]),
    ]);
    const grid = b.el(
      "w:tblGrid",
      {},
      cols.map((w) => b.el("w:gridCol", { "w:w": w })),
    );
    const rows = t.rows.map((row, i) =>
      b.el("w:tr", {}, [i < t.headerRows ? b.el("w:trPr", {}, [b.el("w:tblHeader"), b.el("w:cantSplit")]) : b.el("w:trPr", {}, [b.el("w:cantSplit")]), ...this.cells(row, cols, t.style)]),
    );
    return b.el("w:tbl", {}, [tblPr, grid, ...rows]);
  }

  /** A row's cells; a spanning cell is as wide as its grid columns. Layout tables (header, signature) align to the top. */
  private cells(row: readonly TableCell[], cols: readonly number[], style: TableBlock["style"]): N[] {
    const b = this.b;
    let column = 0;
    return row.map((cell) => {
      const span = cell.span ?? 1;
      const w = cols.slice(column, column + span).reduce((x, y) => x + y, 0);
      column += span;
      return b.el("w:tc", {}, [
        b.el("w:tcPr", {}, [
          b.el("w:tcW", { "w:w": w, "w:type": "dxa" }),
          span > 1 ? b.el("w:gridSpan", { "w:val": span }) : null,
          cell.vMerge ? b.el("w:vMerge", cell.vMerge === "restart" ? { "w:val": "restart" } : {}) : null,
          b.el("w:vAlign", { "w:val": style === "grid" ? "center" : "top" }),
        ]),
        ...cell.paragraphs.map((p) => this.paragraph(p.role, p.runs)),
      ]);
    });
  }

  pageBreak(): N {
    return this.b.el("w:p", {}, [this.b.el("w:r", {}, [this.b.el("w:br", { "w:type": "page" })])]);
  }

  block(block: Block): N[] {
    switch (block.type) {
      case "paragraph":
        return [this.paragraph(block.role, block.runs)];
      case "control":
        return [this.blockControl(block.role, block.control)];
      case "table":
        // A paragraph after each table keeps tables apart, as Word requires.
        return [this.table(block), this.paragraph("tableText", [{ text: "" }])];
      case "pageBreak":
        return [block.newSection ? this.sectionBreak(block.newSection) : this.pageBreak()];
    }
  }

  /**
   * A report's section under Nghị định 30/2020: A4, margins within the decree's ranges, the page
   * number centred in the top margin — from page 2 in the first section (its first page's header
   * is empty: w:titlePg), on every page of a later one.
   */
  sectPr(section: SectionSetup = FIRST_SECTION): N {
    const b = this.b;
    const size = section.landscape ? { "w:w": PAGE_TWIPS.height, "w:h": PAGE_TWIPS.width, "w:orient": "landscape" } : { "w:w": PAGE_TWIPS.width, "w:h": PAGE_TWIPS.height };
    return b.el("w:sectPr", {}, [
      b.el("w:headerReference", { "w:type": "default", "r:id": HEADER_RELS.pageNumber }),
      section.first ? b.el("w:headerReference", { "w:type": "first", "r:id": HEADER_RELS.firstPage }) : null,
      b.el("w:pgSz", size),
      b.el("w:pgMar", {
        "w:top": PAGE_TWIPS.top,
        "w:right": PAGE_TWIPS.right,
        "w:bottom": PAGE_TWIPS.bottom,
        "w:left": PAGE_TWIPS.left,
        "w:header": 720,
        "w:footer": 720,
        "w:gutter": 0,
      }),
      section.first ? b.el("w:titlePg") : null,
    ]);
  }
}
