import { WordReportDocument } from "../../src/document/word/word-document";
import { builtInTemplates } from "../../src/core/templates/registry";
import { documentXml, printedSeed } from "../handmade/handmade-docx";
import { fakeWord, openedModel } from "../word-fake/fake-word";
import { run } from "./setup";

describe("[no-control-inside-cell-web]", () => {
  describe("fake enforces", () => {
    it("on the web, a control inserted around text in a table cell fails the sync (GeneralException); outside tables it is made", async () => {
      const fake = fakeWord({ web: true, model: openedModel(documentXml(printedSeed("002"))) });
      const wrap = (inTable: boolean) =>
        run(fake, async (context) => {
          const paragraphs = context.document.body.paragraphs.load("items/text");
          await context.sync();
          const tables = paragraphs.items.map((p) => p.parentTableOrNullObject.load("rowCount"));
          await context.sync();
          const i = paragraphs.items.findIndex((p, k) => p.text.trim() !== "" && tables[k].isNullObject !== inTable);
          paragraphs.items[i].getRange("Content").insertContentControl();
          await context.sync();
        });
      await expect(wrap(true)).rejects.toMatchObject({ code: "GeneralException" });
      await expect(wrap(false)).resolves.toBeUndefined();
    });
  });

  describe("renderer passes", () => {
    it("takes a report typed by hand over on the web: its controls go into the cells inside whole blocks of OOXML", async () => {
      const fake = fakeWord({ web: true, model: openedModel(documentXml(printedSeed("002"))) });
      const doc = new WordReportDocument(fake.host);
      const adopted = await doc.adopt(builtInTemplates());
      const read = await doc.read(adopted.read.template!);
      expect(read.missing).toEqual([]);
      expect(read.values["1.1.1"]).toBe("35");
    });
  });
});
