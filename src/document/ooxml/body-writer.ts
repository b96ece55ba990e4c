/** Draws a layout plan as elements of a document already open (@xmldom/xmldom): insert, repair, adopt, Word's packages. */
import type { Document, Element } from "@xmldom/xmldom";
import { BlockWriter, TEXT_WIDTH_TWIPS } from "./block-writer";
import { child, children, el, NS } from "./dom";
import { domBuilder } from "./xml-builder";

export { HEADER_RELS, styleId, TEXT_WIDTH_TWIPS } from "./block-writer";

export interface WriterOptions {
  /**
   * The body's final w:sectPr (a .docx): a section break writes a copy of it (the section that ends)
   * and turns it to the new orientation. Without it (Word's insertOoxml, which drops section
   * properties it is given: office-js#3450) a section break is written as a page break.
   */
  readonly finalSection?: Element;
}

export class BodyWriter extends BlockWriter<Element> {
  constructor(
    private readonly doc: Document,
    private readonly options: WriterOptions = {},
  ) {
    const ids = Array.from(doc.getElementsByTagNameNS(NS.w, "bookmarkStart")).map((b) => Number((b as Element).getAttributeNS(NS.w, "id")) || 0);
    super(domBuilder(doc), Math.max(0, ...ids) + 1);
  }

  /** The text width of the section being written: the final section's page less its margins, or A4 portrait. */
  protected textWidth(): number {
    const s = this.options.finalSection;
    const size = s && child(s, "pgSz");
    const margins = s && child(s, "pgMar");
    const w = Number(size?.getAttributeNS(NS.w, "w")) - Number(margins?.getAttributeNS(NS.w, "left")) - Number(margins?.getAttributeNS(NS.w, "right"));
    return Number.isFinite(w) && w > 1440 ? w : TEXT_WIDTH_TWIPS;
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
}
