import { dataAsShown } from "../../src/document/controls";
import { planStandardTable } from "../../src/document/plan/build-plan";
import { WordCursorError } from "../../src/document/word/errors";
import { template } from "../helpers";
import { Block, BlockControl, containerOf, FakeDocumentModel, paragraphsIn, paragraphText, pathTo, Table } from "../word-fake/model";
import { fakeWord } from "../word-fake/fake-word";
import { logicalFromFake } from "../word-fake/logical";
import { appendixTable, controlByTag } from "../word-fake/officer";
import { run, seedShown, wordReport } from "./setup";

const hs = template("bang-ho-so-tthc");
const hsPlan = () => {
  const data = dataAsShown(hs, { ...seedShown(), template: hs.id, values: { "1": "93", "1.1": "28", "1.2": "17", "1.3": "48" } });
  return planStandardTable({ template: hs, data });
};

/** The inserted dossier table (the table after its title, cchc:fixed:ten-bang) and where it sits. */
function dossierTable(model: FakeDocumentModel): { table: Table; path: Block[] } {
  const title = paragraphsIn(model.body).find((p) => p.parts.some((x) => x.kind === "cc" && x.tag === "cchc:fixed:ten-bang"));
  const list = title ? containerOf(model.body, title) : null;
  const table = list?.[list.indexOf(title!) + 1];
  if (!table || table.kind !== "table") throw new Error("no dossier table after its title");
  return { table, path: pathTo(model.body, table)! };
}

const indexOf = (model: FakeDocumentModel, b: Block) => model.body.indexOf(b);

describe("[cursor-anywhere]", () => {
  describe("fake enforces", () => {
    it("reports a selection's enclosing control, table and body type (MainDoc, TableCell, Header)", async () => {
      const { fake } = await wordReport();
      const places: [string, boolean, boolean][] = [];
      const look = async () =>
        run(fake, async (context) => {
          const s = context.document.getSelection();
          const body = s.parentBody.load("type");
          const cc = s.parentContentControlOrNullObject.load("id");
          const table = s.parentTableOrNullObject.load("rowCount");
          await context.sync();
          places.push([body.type, cc.isNullObject, table.isNullObject]);
        });
      fake.model.cursor = { kind: "control", control: controlByTag(fake.model, "cchc:section:II.2") };
      await look();
      fake.model.cursor = { kind: "blocks", blocks: [paragraphsIn(appendixTable(fake.model).rows[3][1].blocks)[0]] };
      await look();
      fake.model.cursor = { kind: "header" };
      await look();
      expect(places).toEqual([
        ["MainDoc", false, true],
        ["TableCell", true, false],
        ["Header", true, true],
      ]);
    });
  });

  describe("renderer passes", () => {
    it("inserts after a section control when the cursor is in it, leaving its text", async () => {
      const { fake, doc } = await wordReport();
      const section = controlByTag(fake.model, "cchc:section:II.2") as BlockControl;
      const before = paragraphsIn(section.blocks).map(paragraphText);
      fake.model.cursor = { kind: "control", control: section };
      await doc.insertTableAtCursor(hsPlan());
      const { table, path } = dossierTable(fake.model);
      expect(path).toEqual([table]);
      expect(indexOf(fake.model, table)).toBeGreaterThan(indexOf(fake.model, section));
      expect(paragraphsIn(section.blocks).map(paragraphText)).toEqual(before);
    });

    it("inserts after the table when the cursor is in one of its cells (no table inside a table)", async () => {
      const { fake, doc } = await wordReport();
      const appendix = appendixTable(fake.model);
      fake.model.cursor = { kind: "control", control: controlByTag(fake.model, "cchc:value:3.1.3") };
      await doc.insertTableAtCursor(hsPlan());
      const { table, path } = dossierTable(fake.model);
      expect(path).toEqual([table]);
      expect(indexOf(fake.model, table)).toBeGreaterThan(indexOf(fake.model, appendix));
    });

    it("inserts after the last paragraph of a selection over several, touching none of them", async () => {
      const { fake, doc } = await wordReport();
      const body = fake.model.body.filter((b) => b.kind === "p").slice(1, 4);
      const texts = body.map((p) => (p.kind === "p" ? paragraphText(p) : ""));
      fake.model.cursor = { kind: "blocks", blocks: [body[2]] };
      await doc.insertTableAtCursor(hsPlan());
      const { table } = dossierTable(fake.model);
      // The title paragraph, then the table, right after the selection's last paragraph.
      expect(indexOf(fake.model, table)).toBe(indexOf(fake.model, body[2]) + 2);
      expect(body.map((p) => (p.kind === "p" ? paragraphText(p) : ""))).toEqual(texts);
    });

    it("inserts after the paragraph when the cursor is in an inline control (căn cứ)", async () => {
      const { fake, doc } = await wordReport();
      fake.model.cursor = { kind: "control", control: controlByTag(fake.model, "cchc:header:can-cu") };
      const canCu = fake.model.body.find((b) => b.kind === "p" && b.parts.some((x) => x.kind === "cc" && x.tag === "cchc:header:can-cu"))!;
      await doc.insertTableAtCursor(hsPlan());
      const { table, path } = dossierTable(fake.model);
      expect(path).toEqual([table]);
      expect(indexOf(fake.model, table)).toBeGreaterThan(indexOf(fake.model, canCu));
    });

    it("refuses, in Vietnamese, a cursor in the page header, and leaves the document as it was", async () => {
      const { fake, doc } = await wordReport();
      fake.model.cursor = { kind: "header" };
      const before = logicalFromFake(fake.model);
      await expect(doc.insertTableAtCursor(hsPlan())).rejects.toThrow(WordCursorError);
      await expect(doc.insertTableAtCursor(hsPlan())).rejects.toThrow("Con trỏ đang ở đầu trang. Hãy đặt con trỏ vào thân văn bản");
      expect(logicalFromFake(fake.model)).toEqual(before);
    });

    it("inserts into a blank document", async () => {
      const fake = fakeWord();
      const { WordReportDocument } = await import("../../src/document/word/word-document");
      await new WordReportDocument(fake.host).insertTableAtCursor(hsPlan());
      expect(dossierTable(fake.model).path).toHaveLength(1);
    });
  });
});
