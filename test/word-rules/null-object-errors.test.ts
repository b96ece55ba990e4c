import { DATA_PART_NS } from "../../src/document/data-part";
import { WordReportDocument } from "../../src/document/word/word-document";
import { fakeWord } from "../word-fake/fake-word";
import { run, tk7, wordReport } from "./setup";

describe("[null-object-errors]", () => {
  describe("fake enforces", () => {
    it("fails the whole sync when a method is called on a null object", async () => {
      const fake = fakeWord();
      await expect(
        run(fake, async (context) => {
          context.document.customXmlParts.getByNamespace(DATA_PART_NS).getOnlyItemOrNullObject().getXml();
          await context.sync();
        }),
      ).rejects.toThrow(/doesn't exist/);
    });

    it("lets isNullObject be read only after the sync", async () => {
      const fake = fakeWord();
      await run(fake, async (context) => {
        const only = context.document.customXmlParts.getByNamespace(DATA_PART_NS).getOnlyItemOrNullObject();
        only.load("id");
        expect(() => only.isNullObject).toThrow(/not available/);
        await context.sync();
        expect(only.isNullObject).toBe(true);
      });
    });
  });

  describe("renderer passes", () => {
    it("reads a document without a data part without a failing sync", async () => {
      const { fake, doc } = await wordReport();
      fake.model.xmlParts = [];
      const read = await doc.read(tk7);
      expect(read.dataPart).toBeNull();
      expect(read.values["3.1.3"]).toBe("65");
    });

    it("does not take a failed sync for a missing data part: the read fails", async () => {
      const { fake } = await wordReport();
      const lost = fakeWord({ model: fake.model, failAtSync: 2 });
      await expect(new WordReportDocument(lost.host).read(tk7)).rejects.toThrow(/connection to Word was lost/);
    });
  });
});
