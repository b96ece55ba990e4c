import { fakeWord } from "../word-fake/fake-word";
import { run, tk7, wordReport } from "./setup";

describe("[load-before-read]", () => {
  describe("fake enforces", () => {
    it("throws PropertyNotLoaded on a property read before load and sync", async () => {
      const fake = fakeWord();
      await run(fake, async (context) => {
        const controls = context.document.contentControls;
        expect(() => controls.items).toThrow(/not available/);
        controls.load("items/tag");
        expect(() => controls.items).toThrow(/not available/);
        await context.sync();
        expect(controls.items).toEqual([]);
        const body = context.document.body;
        expect(() => body.text).toThrow(/not available/);
      });
    });

    it("refuses operations queued but never synced (Word would drop them)", async () => {
      const fake = fakeWord();
      await expect(run(fake, async (context) => void context.document.body.insertParagraph("x", "End"))).rejects.toThrow(/never synced/);
    });
  });

  describe("renderer passes", () => {
    it("inserts, fills, reads, selects, marks and repairs through loads and syncs only", async () => {
      const { doc } = await wordReport();
      await doc.fillValues(tk7, { "3.1.3": "66" }, { overwrite: true });
      await doc.fillSections(tk7, { V: "Không có kiến nghị." });
      expect((await doc.read(tk7)).values["3.1.3"]).toBe("66");
      expect(await doc.select("cchc:value:3.1.3")).toBe(true);
      await doc.mark(["cchc:value:3.1.3"]);
      await doc.unmark();
      expect(await doc.repair(tk7)).toEqual([]);
    });
  });
});
