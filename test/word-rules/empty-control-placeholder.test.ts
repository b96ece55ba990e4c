import { dataAsShown } from "../../src/document/controls";
import { viDocument } from "../../src/strings";
import { controlsInOrder, controlText, WORD_PLACEHOLDER } from "../word-fake/model";
import { fakeWord } from "../word-fake/fake-word";
import { typeInto } from "../word-fake/officer";
import { blankShown, blockControlXml, inlineControlXml, pkg, run, tk7, wordReport } from "./setup";

describe("[empty-control-placeholder]", () => {
  describe("fake enforces", () => {
    it("shows Word's placeholder in an empty control, inline or block, and its text is that placeholder", async () => {
      const fake = fakeWord();
      const texts = await run(fake, async (context) => {
        context.document.body.insertOoxml(pkg(inlineControlXml("inline", "") + blockControlXml("block", [""])), "End");
        await context.sync();
        const controls = context.document.contentControls.load("items/text");
        await context.sync();
        return controls.items.map((c) => c.text);
      });
      expect(texts).toEqual([WORD_PLACEHOLDER, WORD_PLACEHOLDER]);
    });

    it("refuses placeholderText, which cannot be set on the web", async () => {
      const fake = fakeWord();
      await expect(
        run(fake, async (context) => {
          context.document.body.insertOoxml(pkg(inlineControlXml("inline", "a")), "End");
          const controls = context.document.contentControls.load("items");
          await context.sync();
          controls.items[0].placeholderText = "[…]";
          await context.sync();
        }),
      ).rejects.toThrow(/placeholderText/);
    });
  });

  describe("renderer passes", () => {
    it("leaves no control empty in a blank report, and reads every placeholder back as empty", async () => {
      const { fake, doc } = await wordReport({}, blankShown());
      const empty = controlsInOrder(fake.model).filter((c) => controlText(c) === WORD_PLACEHOLDER);
      expect(empty.map((c) => c.tag)).toEqual([]);
      const read = await doc.read(tk7);
      expect(read.values["3.1.3"]).toBe("");
      expect(Object.values(read.values).every((v) => v === "")).toBe(true);
      expect(read.notes).toEqual({});
      // Only Nơi nhận has a default ("- Như trên; - Lưu: VT."), which is the officer's to keep.
      expect(read.header).toEqual({ "noi-nhan": viDocument.defaultNoiNhan });
      expect(read.sections).toEqual({});
    });

    it("writes a placeholder, not nothing, when a value is cleared, and treats a control the officer emptied as free", async () => {
      const { fake, doc } = await wordReport({}, dataAsShown(tk7, blankShown()));
      await doc.fillValues(tk7, { "3.1.3": "65" });
      await doc.fillValues(tk7, { "3.1.3": "" }, { overwrite: true });
      const cleared = controlsInOrder(fake.model).find((c) => c.tag === "cchc:value:3.1.3")!;
      expect(controlText(cleared)).not.toBe(WORD_PLACEHOLDER);
      expect((await doc.read(tk7)).values["3.1.3"]).toBe("");
      // The officer empties 2.3 by hand: Word shows its own placeholder, which reads as empty and is free to fill.
      typeInto(fake.model, "cchc:value:2.3", "");
      expect((await doc.read(tk7)).values["2.3"]).toBe("");
      expect(await doc.fillValues(tk7, { "2.3": "04" })).toMatchObject({ written: ["2.3"], conflicts: [] });
    });
  });
});
