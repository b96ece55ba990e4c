/**
 * A new report's word/document.xml written as text (./xml-builder.ts): the same markup the
 * BodyWriter puts into an open document, sections included — each section break's paragraph
 * carries the ending section's properties, the body's last w:sectPr the final section's.
 */
import type { DocumentPlan } from "../plan/types";
import { BlockWriter, FIRST_SECTION, PAGE_TWIPS, SectionSetup } from "./block-writer";
import { NS } from "./dom";
import { textBuilder } from "./xml-builder";

class DocumentTextWriter extends BlockWriter<string> {
  private section: SectionSetup = FIRST_SECTION;
  constructor() {
    super(textBuilder, 1);
  }

  protected textWidth(): number {
    return (this.section.landscape ? PAGE_TWIPS.height : PAGE_TWIPS.width) - PAGE_TWIPS.left - PAGE_TWIPS.right;
  }

  sectionBreak(orientation: "portrait" | "landscape"): string {
    const ended = this.sectPr(this.section);
    this.section = { landscape: orientation === "landscape", first: false };
    return this.b.el("w:p", {}, [this.b.el("w:pPr", {}, [ended])]);
  }

  finalSection(): string {
    return this.sectPr(this.section);
  }
}

export function documentXmlText(plan: DocumentPlan): string {
  const writer = new DocumentTextWriter();
  let body = "";
  for (const block of plan.blocks) for (const e of writer.block(block)) body += e;
  body += writer.finalSection();
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:r="${NS.r}" xmlns:w15="${NS.w15}" xmlns:w="${NS.w}"><w:body>${body}</w:body></w:document>`;
}
