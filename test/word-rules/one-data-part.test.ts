import { DATA_PART_NS, dataPartXml } from "../../src/document/data-part";
import { planReport } from "../../src/document/plan/build-plan";
import { vi } from "../../src/strings";
import { fakeWord } from "../word-fake/fake-word";
import { run, seedShown, tk7, wordReport } from "./setup";

const ours = (xml: string) => xml.includes(DATA_PART_NS);

describe("[one-data-part]", () => {
  describe("fake enforces", () => {
    it("gives a null object from getOnlyItemOrNullObject when two parts share the namespace", async () => {
      const fake = fakeWord();
      const isNull = await run(fake, async (context) => {
        context.document.customXmlParts.add(dataPartXml(seedShown()));
        context.document.customXmlParts.add(dataPartXml(seedShown()));
        const only = context.document.customXmlParts.getByNamespace(DATA_PART_NS).getOnlyItemOrNullObject();
        only.load("id");
        await context.sync();
        return only.isNullObject;
      });
      expect(isNull).toBe(true);
    });
  });

  describe("renderer passes", () => {
    it("keeps one data part when a report is inserted twice, updated in place", async () => {
      const { fake, doc, data } = await wordReport();
      const second = { ...data, values: { ...data.values, "3.1.3": "70" } };
      await doc.insertReport(planReport({ template: tk7, data: second }), second);
      expect(fake.model.xmlParts.filter((p) => ours(p.xml))).toHaveLength(1);
      expect((await doc.read(tk7)).dataPart).toMatchObject({ status: "ok", data: { values: { "3.1.3": "70" } } });
    });

    it("says so when a document holds two different data parts, never that it has none, and the next insert leaves one", async () => {
      const { fake, doc, data } = await wordReport();
      await run(fake, async (context) => {
        context.document.customXmlParts.add(dataPartXml({ ...data, values: {} }));
        await context.sync();
      });
      const read = await doc.read(tk7);
      expect(read.dataPart).toEqual({ status: "invalid", reason: vi.word.severalDataParts(2) });
      expect(read.values["3.1.3"]).toBe("65");
      await doc.insertReport(planReport({ template: tk7, data }), data);
      expect(fake.model.xmlParts.filter((p) => ours(p.xml))).toHaveLength(1);
    });
  });
});
