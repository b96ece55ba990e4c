import { WordReportDocument } from "../../src/document/word/word-document";
import { builtInTemplates } from "../../src/core/templates/registry";
import { documentXml, printedSeed } from "../handmade/handmade-docx";
import { fakeWord, openedModel } from "../word-fake/fake-word";
import { run, tk7, wordReport } from "./setup";
import { controlsInOrder, paragraphsIn, Table } from "../word-fake/model";

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
    it("repairs on the web a value control the officer removed (its text kept) and an appendix row deleted whole", async () => {
      const { fake, doc } = await wordReport({ web: true });
      const table = fake.model.body.find((b): b is Table => b.kind === "table" && b.rows.length > 100)!;
      for (const r of table.rows)
        for (const c of r) for (const p of paragraphsIn(c.blocks)) p.parts = p.parts.map((x) => (x.kind === "cc" && x.tag === "cchc:value:3.1.3" ? { kind: "text", text: x.text } : x));
      table.rows.splice(
        table.rows.findIndex((r) => paragraphsIn(r[3].blocks)[0].parts.some((p) => p.kind === "cc" && p.tag === "cchc:value:1.1.2")),
        1,
      );
      expect(await doc.repair(tk7)).toEqual(["cchc:label:1.1.2", "cchc:value:1.1.2", "cchc:note:1.1.2", "cchc:value:3.1.3"]);
      const read = await doc.read(tk7);
      expect(read.missing).toEqual([]);
      expect(read.values["3.1.3"]).toBe("65");
      expect(read.values["1.1.2"]).toBe("21");
      // The controls put back are locked as the tool's own are.
      const value = controlsInOrder(fake.model).find((c) => c.tag === "cchc:value:3.1.3")!;
      expect(value.cannotDelete).toBe(true);
    });

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
