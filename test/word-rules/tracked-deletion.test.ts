import { fakeWord } from "../word-fake/fake-word";
import { controlByTag, deleteControl } from "../word-fake/officer";
import { run, tk7, wordReport } from "./setup";

describe("[tracked-deletion]", () => {
  describe("fake enforces", () => {
    it("keeps a control deleted under Track Changes in the collection, with its text, and lists the deletion (WordApi 1.6)", async () => {
      const { fake } = await wordReport();
      fake.model.changeTrackingMode = "TrackAll";
      deleteControl(fake.model, "cchc:value:3.1.3");
      const seen = await run(fake, async (context) => {
        const controls = context.document.contentControls.load("items/tag,items/text");
        const changes = context.document.body.getTrackedChanges().load("items/type,items/text");
        await context.sync();
        return { text: controls.items.find((c) => c.tag === "cchc:value:3.1.3")?.text, changes: changes.items.map((c) => [c.type, c.text]) };
      });
      expect(seen).toEqual({ text: "65", changes: [["Deleted", "65"]] });
    });

    it("offers tracked changes only from WordApi 1.6", async () => {
      const fake = fakeWord({ wordApi: ["1.1", "1.2", "1.3", "1.4", "1.5"] });
      await expect(
        run(fake, async (context) => {
          context.document.body.getTrackedChanges().load("items");
          await context.sync();
        }),
      ).rejects.toThrow(/WordApi 1.6/);
    });
  });

  describe("renderer passes", () => {
    it("leaves a control deleted under Track Changes out of what it reads and fills, and says so", async () => {
      const { fake, doc } = await wordReport();
      fake.model.changeTrackingMode = "TrackAll";
      deleteControl(fake.model, "cchc:value:3.1.3");
      const read = await doc.read(tk7);
      expect(read.values["3.1.3"]).toBeUndefined();
      expect(read.missing).toContain("cchc:value:3.1.3");
      expect(read.trackedDeleted).toEqual(["cchc:value:3.1.3"]);
      expect(read.trackingUnverified).toBe(false);
      expect(await doc.fillValues(tk7, { "3.1.3": "70" })).toMatchObject({ written: [], missing: ["3.1.3"] });
      expect(controlByTag(fake.model, "cchc:value:3.1.3")).toMatchObject({ text: "65", trackedDeleted: true });
    });

    it("says it cannot tell where Word lists no tracked changes (WordApi 1.4–1.5) and tracking is on", async () => {
      const { fake, doc } = await wordReport({ wordApi: ["1.1", "1.2", "1.3", "1.4", "1.5"] });
      expect((await doc.read(tk7)).trackingUnverified).toBe(false);
      fake.model.changeTrackingMode = "TrackAll";
      expect((await doc.read(tk7)).trackingUnverified).toBe(true);
    });
  });
});
