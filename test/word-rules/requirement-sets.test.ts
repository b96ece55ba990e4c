import { WordReportDocument, WordRequirementError } from "../../src/document/word/word-document";
import { fakeWord } from "../word-fake/fake-word";
import { removeControlKeepText } from "../word-fake/officer";
import { run, tk7, wordReport } from "./setup";

/** Office 2016 (build 1612+), 2019 and 2021 perpetual: WordApi 1.3 at most. */
const OFFICE_2019 = ["1.1", "1.2", "1.3"];

describe("[requirement-sets]", () => {
  describe("fake enforces", () => {
    it("fails an API of a set the host lacks (ApiNotFound)", async () => {
      const fake = fakeWord({ wordApi: OFFICE_2019 });
      await expect(
        run(fake, async (context) => {
          context.document.customXmlParts.add('<r xmlns="urn:x"/>');
          await context.sync();
        }),
      ).rejects.toThrow(/requires WordApi 1.4/);
    });
  });

  describe("renderer passes", () => {
    it("works on WordApi 1.3, keeping the data part through the Common API", async () => {
      const { fake, doc, data } = await wordReport({ wordApi: OFFICE_2019 });
      expect(fake.model.xmlParts).toHaveLength(1);
      expect((await doc.read(tk7)).values).toEqual(data.values);
      expect((await doc.fillValues(tk7, { "1.1.1": "36" })).written).toEqual(["1.1.1"]);
      expect((await doc.read(tk7)).disagreements).toEqual([]);
      expect(await doc.select("cchc:value:1.1.1")).toBe(true);
      await doc.mark(["cchc:value:1.1.1"]);
      removeControlKeepText(fake.model, "cchc:value:3.1.3");
      expect(await doc.repair(tk7)).toEqual(["cchc:value:3.1.3"]);
    });

    it("refuses a host below WordApi 1.3 with a clear error", () => {
      expect(() => new WordReportDocument(fakeWord({ wordApi: ["1.1", "1.2"] }).host)).toThrow(WordRequirementError);
    });
  });
});
