import { viDocument } from "../../src/strings";
import { controlsInOrder, paragraphsIn, paragraphText } from "../word-fake/model";
import { fakeWord } from "../word-fake/fake-word";
import { appendixTable } from "../word-fake/officer";
import { inlineControlXml, pkg, run, tk7, wordReport } from "./setup";

describe("[vertical-tab-line-break]", () => {
  describe("fake enforces", () => {
    it("refuses \\v in insertText, and a paragraph mark inside an inline control", async () => {
      for (const text of ["a\vb", "a\nb"]) {
        const fake = fakeWord();
        await expect(
          run(fake, async (context) => {
            context.document.body.insertOoxml(pkg(inlineControlXml("x", "a")), "End");
            const controls = context.document.contentControls.load("items");
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each case in a fresh fake, two syncs each
            await context.sync();
            controls.items[0].insertText(text, "Replace");
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each case in a fresh fake, two syncs each
            await context.sync();
          }),
        ).rejects.toThrow(text.includes("\v") ? /glyph/ : /split its paragraph/);
      }
    });

    it("gives a manual line break through insertBreak(Line), which Word's text shows as \\v", async () => {
      const fake = fakeWord();
      const text = await run(fake, async (context) => {
        context.document.body.insertOoxml(pkg(inlineControlXml("x", "a")), "End");
        const controls = context.document.contentControls.load("items");
        await context.sync();
        controls.items[0].insertBreak("Line" as Word.BreakType.line, "End");
        controls.items[0].insertText("b", "End");
        const again = context.document.contentControls.load("items/text");
        await context.sync();
        return again.items[0].text;
      });
      expect(text).toBe("a\vb");
    });
  });

  describe("renderer passes", () => {
    it("writes Nơi nhận's lines as real line breaks and reads them back", async () => {
      const { fake, doc } = await wordReport();
      expect(controlsInOrder(fake.model).find((c) => c.tag === "cchc:header:noi-nhan")).toMatchObject({ text: "- Sở Nội vụ;\v- GĐ, các PGĐ Sở;\v- Các phòng, đơn vị thuộc Sở;\v- Lưu: VT, VP." });
      expect((await doc.read(tk7)).header["noi-nhan"]).toBe("- Sở Nội vụ;\n- GĐ, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.");
      expect(viDocument.defaultNoiNhan).toContain("\n");
    });

    it("repairs a deleted coded row with its options on separate lines (line breaks in the table put back)", async () => {
      const { fake, doc } = await wordReport();
      const table = appendixTable(fake.model);
      const index = table.rows.findIndex((r) => paragraphsIn(r[3].blocks)[0].parts.some((p) => p.kind === "cc" && p.tag === "cchc:value:1.5"));
      table.rows.splice(index, 1);
      expect(await doc.repair(tk7)).toEqual(["cchc:label:1.5", "cchc:value:1.5", "cchc:note:1.5"]);
      const row = appendixTable(fake.model).rows.find((r) => paragraphsIn(r[3].blocks)[0].parts.some((p) => p.kind === "cc" && p.tag === "cchc:value:1.5"))!;
      expect(paragraphText(paragraphsIn(row[2].blocks)[0])).toBe("Không = 0\vCó = 1");
      expect((await doc.read(tk7)).values["1.5"]).toBe("1");
    });

    it("writes a section's lines as paragraphs", async () => {
      const { fake, doc } = await wordReport();
      await doc.fillSections(tk7, { "II.2": "Dòng một.\nDòng hai." });
      const section = fake.model.body.find((b) => b.kind === "bcc" && b.tag === "cchc:section:II.2");
      expect(section?.kind === "bcc" && paragraphsIn(section.blocks).map(paragraphText)).toEqual(["Dòng một.", "Dòng hai."]);
    });
  });
});
