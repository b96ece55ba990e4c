/**
 * Page numbers and the plan's landscape appendix in Word, as the .docx has them (Nghị định
 * 30: numbers from page 2, centred in the top margin). Word drops section properties from
 * inserted OOXML (office-js#3450), so they are set through the object model where Word allows it:
 * - the number goes into the section's primary header (Section.getHeader, WordApi 1.1) as a
 *   PAGE field, the same paragraph the .docx's header holds (../ooxml/page-number.ts);
 * - the first page shows none: PageSetup.differentFirstPageHeaderFooter, WordApiDesktop 1.3
 *   (learn.microsoft.com, Word.PageSetup). Where Word lacks it (the web, older desktops) a number
 *   on the first page would break the rule: nothing is set, and the pane says how to number
 *   the pages by hand.
 * - the landscape appendix: the page break the writer put before it (../ooxml/body-writer.ts,
 *   sectionBreak without a final section) becomes a section break (Paragraph.insertBreak
 *   "SectionNext", WordApi 1.1), and that last section turns (PageSetup.orientation, WordApiDesktop
 *   1.3), numbered on every page as the .docx's is.
 * Only a report that is the whole document is laid out so (inserted into a blank document, or
 * replacing everything), and never over a header the officer wrote.
 */
import { elementsPackage } from "../ooxml/flat-package";
import { pageNumberParagraph } from "../ooxml/page-number";
import type { WordHost } from "./word-host";

export const canNumberPages = (host: WordHost): boolean => host.isSetSupported("WordApiDesktop", "1.3");

/**
 * Lays the report's (first) section out as Nghị định 30 asks: portrait, numbered from page 2. A
 * document that held a report before (replaced) may keep the old appendix's section, landscape and
 * numbered from its first page: the section is set again, whatever it was. The header is ours to
 * write when it is empty or holds only a page number (ours, from before); an officer's header is
 * kept, and then the first page is left as it was. False when the header is the officer's.
 */
export async function numberPages(context: Word.RequestContext): Promise<boolean> {
  const section = context.document.sections.getFirst();
  const header = section.getHeader("Primary");
  header.load("text");
  await context.sync();
  section.pageSetup.orientation = "Portrait" as Word.PageOrientation.portrait;
  const ours = /^\d*$/.test(header.text.trim());
  if (ours) {
    section.pageSetup.differentFirstPageHeaderFooter = true;
    header.insertOoxml(
      elementsPackage((b) => [pageNumberParagraph(b)]),
      "Replace",
    );
  }
  await context.sync();
  return ours;
}

/** The appendix's first line: the section break goes before it. */
const APPENDIX_FIRST = "cchc:fixed:phu-luc";

/**
 * The appendix in a landscape section of its own: the page break before its first line taken out
 * and a section break put there; the new section landscape, with a number on its first page too.
 * False when the document does not look as the plan made it (nothing changed then).
 */
export async function landscapeAppendix(context: Word.RequestContext): Promise<boolean> {
  const controls = context.document.contentControls.load("items/tag");
  await context.sync();
  const first = controls.items.find((c) => c.tag === APPENDIX_FIRST);
  if (!first) return false;
  const paragraph = first.paragraphs.getFirst();
  const pageBreak = paragraph.getPreviousOrNullObject();
  pageBreak.load("text");
  await context.sync();
  if (pageBreak.isNullObject || pageBreak.text.trim() !== "") return false;
  // The section break first: should it fail, the page break is still there (the appendix on its own page).
  paragraph.insertBreak("SectionNext" as Word.BreakType.sectionNext, "Before");
  pageBreak.delete();
  const sections = context.document.sections.load("items");
  await context.sync();
  const appendix = sections.items[sections.items.length - 1];
  appendix.pageSetup.orientation = "Landscape" as Word.PageOrientation.landscape;
  appendix.pageSetup.differentFirstPageHeaderFooter = false;
  await context.sync();
  return true;
}
