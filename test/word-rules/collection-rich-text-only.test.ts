import { controlsInOrder } from "../word-fake/model";
import { fakeWord } from "../word-fake/fake-word";
import { inlineControlXml, pkg, run, seedShown, tk7, wordReport } from "./setup";

describe("[collection-rich-text-only]", () => {
  describe("fake enforces", () => {
    it("leaves plain-text controls out of document.contentControls and body.contentControls", async () => {
      const fake = fakeWord();
      const tags = await run(fake, async (context) => {
        context.document.body.insertOoxml(pkg(inlineControlXml("rich", "a") + inlineControlXml("plain", "b", true)), "End");
        await context.sync();
        const fromDocument = context.document.contentControls.load("items/tag");
        const fromBody = context.document.body.contentControls.load("items/tag");
        const asked = context.document.body.getContentControls({ types: ["PlainText" as Word.ContentControlType.plainText] }).load("items/tag");
        await context.sync();
        return [fromDocument, fromBody, asked].map((c) => c.items.map((x) => x.tag));
      });
      expect(tags).toEqual([["rich"], ["rich"], ["plain"]]);
    });

    it("offers getContentControls({ types }) only from WordApi 1.5", () => {
      const fake = fakeWord({ wordApi: ["1.1", "1.2", "1.3", "1.4"] });
      return expect(run(fake, async (context) => context.document.body.getContentControls({ types: ["PlainText" as Word.ContentControlType.plainText] }))).rejects.toThrow(/WordApi 1.5/);
    });
  });

  describe("renderer passes", () => {
    it("reads back every value, note and header field of seed 002 on a Microsoft 365 host (WordApi 1.1–1.6)", async () => {
      const { doc, data } = await wordReport();
      const read = await doc.read(tk7);
      expect(read.values).toEqual(data.values);
      expect(read.values["3.1.3"]).toBe("65");
      expect(read.notes).toEqual(seedShown().notes);
      expect(read.header["nguoi-ky"]).toBe("Nguyễn Văn Thành");
      expect(read.missing).toEqual([]);
    });

    it("draws every control as rich text, so that one collection finds them all on WordApi 1.3 to 1.6 and the web", async () => {
      for (const wordApi of [
        ["1.1", "1.2", "1.3"],
        ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"],
      ]) {
        const { fake } = await wordReport({ wordApi });
        const controls = controlsInOrder(fake.model);
        expect(controls.length).toBeGreaterThan(300);
        expect(controls.filter((c) => c.type !== "RichText")).toEqual([]);
      }
    });
  });
});
