import { builtInTemplates } from "../../src/core/templates/registry";
import { WordReportDocument } from "../../src/document/word/word-document";
import { documentXml, printedSeed } from "../handmade/handmade-docx";
import { fakeWord, openedModel } from "../word-fake/fake-word";
import { paragraphsIn } from "../word-fake/model";
import { run } from "./setup";

describe("[body-ooxml-round-trip]", () => {
  describe("fake enforces", () => {
    it("getOoxml is a Flat OPC package whose text is the body's; Body.paragraphs counts a page-break paragraph; putting the package back changes no text", async () => {
      const fake = fakeWord({ model: openedModel(documentXml(printedSeed("000"))) });
      const before = paragraphsIn(fake.model.body).length;
      expect(paragraphsIn(fake.model.body).some((p) => p.pageBreak)).toBe(true);
      const { xml, count } = await run(fake, async (context) => {
        const ooxml = context.document.body.getOoxml();
        const paragraphs = context.document.body.paragraphs.load("items/text");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult (getOoxml's) is read after the sync; it has nothing to load
        return { xml: ooxml.value, count: paragraphs.items.length };
      });
      expect(xml).toMatch(/^<\?xml[^>]*\?><\?mso-application progid="Word.Document"\?><pkg:package /);
      expect(count).toBe(before);
      expect((xml.match(/<w:p>/g) ?? []).length).toBe(before);
      const text = fake.model.body.length;
      await run(fake, async (context) => {
        context.document.body.getRange("Whole").insertOoxml(xml, "Replace");
        await context.sync();
      });
      expect(fake.model.body.length).toBe(text);
      expect(paragraphsIn(fake.model.body).length).toBe(before);
    });
  });

  describe("renderer passes", () => {
    it("reads a hand-made report through one sync (getOoxml, paragraphs, tracking, data parts) before changing anything", async () => {
      const fake = fakeWord({ model: openedModel(documentXml(printedSeed("003"))) });
      const doc = new WordReportDocument(fake.host);
      await doc.adopt(builtInTemplates());
      expect(fake.stats.perSync[0].payloadBytes).toBe(0);
      expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    });
  });
});
