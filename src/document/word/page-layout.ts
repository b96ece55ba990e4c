/**
 * Page numbers in Word, as the .docx has them (Nghị định 30: from page 2, centred in the
 * top margin). Word drops section properties from inserted OOXML (office-js#3450), so they
 * are set through the object model where Word allows it:
 * - the number goes into the section's primary header (Section.getHeader, WordApi 1.1) as a
 *   PAGE field, the same paragraph the .docx's header holds (../ooxml/page-number.ts);
 * - the first page shows none: PageSetup.differentFirstPageHeaderFooter, WordApiDesktop 1.3
 *   (learn.microsoft.com, Word.PageSetup). Where Word lacks it (the web, older desktops) a number
 *   on the first page would break the rule: nothing is set, and the pane says how to number
 *   the pages by hand.
 * Only a report that is the whole document is numbered (inserted into a blank document, or
 * replacing everything), and never over a header the officer wrote.
 */
import { elementsPackage } from "../ooxml/flat-package";
import { pageNumberParagraph } from "../ooxml/page-number";
import type { WordHost } from "./word-host";

export const canNumberPages = (host: WordHost): boolean => host.isSetSupported("WordApiDesktop", "1.3");

/** Numbers the pages of the document's (first) section; false when its primary header has text already. */
export async function numberPages(context: Word.RequestContext): Promise<boolean> {
  const section = context.document.sections.getFirst();
  const header = section.getHeader("Primary");
  header.load("text");
  await context.sync();
  if (header.text.trim() !== "") return false;
  section.pageSetup.differentFirstPageHeaderFooter = true;
  header.insertOoxml(elementsPackage((d) => [pageNumberParagraph(d)]), "Replace");
  await context.sync();
  return true;
}
