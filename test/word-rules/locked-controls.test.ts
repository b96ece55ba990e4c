import { controlsInOrder } from "../word-fake/model";
import { run, tk7, wordReport } from "./setup";

describe("[locked-controls]", () => {
  describe("fake enforces", () => {
    it("refuses to edit a control that cannot be edited", async () => {
      const { fake } = await wordReport();
      await expect(
        run(fake, async (context) => {
          const controls = context.document.contentControls.load("items/tag");
          await context.sync();
          controls.items.find((c) => c.tag === "cchc:fixed:quoc-hieu")!.insertText("X", "Replace");
          await context.sync();
        }),
      ).rejects.toThrow(/cannot be edited/);
    });

    it("refuses to delete a range holding a control that cannot be deleted", async () => {
      const { fake } = await wordReport();
      await expect(
        run(fake, async (context) => {
          context.document.body.getRange("Whole").delete();
          await context.sync();
        }),
      ).rejects.toThrow(/cannot be deleted/);
    });
  });

  describe("renderer passes", () => {
    it("locks fixed texts and headings against edits, values against deletion, and never writes into a locked control", async () => {
      const { fake, doc } = await wordReport();
      const byTag = (tag: string) => controlsInOrder(fake.model).find((c) => c.tag === tag)!;
      expect(byTag("cchc:fixed:quoc-hieu")).toMatchObject({ cannotEdit: true, cannotDelete: true });
      expect(byTag("cchc:heading:II.2")).toMatchObject({ cannotEdit: true, cannotDelete: true });
      expect(byTag("cchc:value:3.1.3")).toMatchObject({ cannotEdit: false, cannotDelete: true });
      // Filling every kind of control and marking all of them touches no locked content.
      await doc.fillValues(tk7, { "3.1.3": "70" }, { overwrite: true });
      await doc.fillSections(tk7, { "II.2": "Văn bản mới." }, { overwrite: true });
      await doc.mark(controlsInOrder(fake.model).map((c) => c.tag));
      expect(byTag("cchc:fixed:quoc-hieu")).toMatchObject({ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
    });
  });
});
