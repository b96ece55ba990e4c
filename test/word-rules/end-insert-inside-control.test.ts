import { planAppendix, planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { BlockControl, controlsIn, FakeDocumentModel, paragraphsIn, paragraphText } from "../word-fake/model";
import { fakeWord } from "../word-fake/fake-word";
import { blockControlXml, pkg, run, seedShown, tk7 } from "./setup";

/** A document the officer ends with a control of their own (a block of comments, say). */
async function endingInOfficersControl() {
  const fake = fakeWord();
  await run(fake, async (context) => {
    context.document.body.insertOoxml(pkg(blockControlXml("officer:y-kien", ["Ý kiến của lãnh đạo."])), "End");
    await context.sync();
  });
  const own = () => fake.model.body.find((b): b is BlockControl => b.kind === "bcc" && b.tag === "officer:y-kien")!;
  return { fake, own };
}

const textOf = (c: BlockControl) => paragraphsIn(c.blocks).map(paragraphText).join("\n");

describe("[end-insert-inside-control]", () => {
  describe("fake enforces", () => {
    it("puts a paragraph inserted at the body's End inside the control the body ends with", async () => {
      const { fake, own } = await endingInOfficersControl();
      await run(fake, async (context) => {
        context.document.body.insertParagraph("Đoạn mới", "End");
        await context.sync();
      });
      expect(textOf(own())).toBe("Ý kiến của lãnh đạo.\nĐoạn mới");
    });

    it("puts OOXML inserted at the body's End there too", async () => {
      const { fake, own } = await endingInOfficersControl();
      await run(fake, async (context) => {
        context.document.body.insertOoxml(pkg("<w:p><w:r><w:t>Chèn</w:t></w:r></w:p>"), "End");
        await context.sync();
      });
      expect(textOf(own())).toBe("Ý kiến của lãnh đạo.\nChèn");
    });

    it("keeps a paragraph after a table at the end of the body", async () => {
      const model = new FakeDocumentModel();
      const fake = fakeWord({ model });
      await run(fake, async (context) => {
        context.document.body.insertOoxml(pkg('<w:tbl><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'), "End");
        await context.sync();
      });
      expect(model.body.map((b) => b.kind)).toEqual(["p", "table", "p"]);
    });
  });

  describe("renderer passes", () => {
    it("inserts the report after the officer's trailing control, leaving it as it was", async () => {
      const { fake, own } = await endingInOfficersControl();
      const data = seedShown();
      await new WordReportDocument(fake.host).insertReport(planReport({ template: tk7, data }), data);
      expect(textOf(own())).toBe("Ý kiến của lãnh đạo.");
      expect(controlsIn(own().blocks)).toEqual([]);
      expect(controlsIn(fake.model.body).filter((c) => c.tag.startsWith("cchc:")).length).toBeGreaterThan(300);
    });

    it("inserts the appendix after it as well", async () => {
      const { fake, own } = await endingInOfficersControl();
      const data = seedShown();
      await new WordReportDocument(fake.host).insertAppendix(planAppendix({ template: tk7, data }), data);
      expect(textOf(own())).toBe("Ý kiến của lãnh đạo.");
      expect(controlsIn(own().blocks)).toEqual([]);
    });
  });
});
