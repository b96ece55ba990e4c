import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { fakeWord } from "../word-fake/fake-word";
import { paragraphsIn } from "../word-fake/model";
import { run, seedShown, tk7 } from "./setup";

const DESKTOP = ["1.1", "1.2", "1.3"];

describe("[page-numbers]", () => {
  describe("fake enforces", () => {
    it("a first page without the header's number needs WordApiDesktop 1.3: the web refuses it (ApiNotFound); the primary header takes what is inserted", async () => {
      const setFirstPage = (fake: ReturnType<typeof fakeWord>) =>
        run(fake, async (context) => {
          context.document.sections.getFirst().pageSetup.differentFirstPageHeaderFooter = true;
          await context.sync();
        });
      await expect(setFirstPage(fakeWord())).rejects.toMatchObject({ code: "ApiNotFound" });
      const desktop = fakeWord({ wordApiDesktop: DESKTOP });
      await setFirstPage(desktop);
      expect(desktop.model.section.differentFirstPage).toBe(true);
    });
  });

  describe("renderer passes", () => {
    const insert = async (fake: ReturnType<typeof fakeWord>) => {
      const data = seedShown();
      await new WordReportDocument(fake.host).insertReport(planReport({ template: tk7, data }), data);
    };
    const headerFields = (fake: ReturnType<typeof fakeWord>) => paragraphsIn(fake.model.section.header).flatMap((p) => p.parts.flatMap((x) => (x.kind === "text" && x.field ? [x.field] : [])));

    it("on a Word with WordApiDesktop 1.3, a report inserted into a blank document is numbered from page 2 (a PAGE field in the primary header, the first page without)", async () => {
      const fake = fakeWord({ wordApiDesktop: DESKTOP });
      await insert(fake);
      expect(headerFields(fake)).toEqual(["PAGE"]);
      expect(fake.model.section.differentFirstPage).toBe(true);
    });

    it("on the web nothing is set (a number on page 1 would break Nghị định 30), and no error", async () => {
      const fake = fakeWord();
      await insert(fake);
      expect(headerFields(fake)).toEqual([]);
      expect(fake.model.section.differentFirstPage).toBe(false);
    });

    it("never over a header the officer wrote, and not when the report goes after the officer's own text", async () => {
      const written = fakeWord({ wordApiDesktop: DESKTOP });
      written.model.section.header = [{ kind: "p", parts: [{ kind: "text", text: "Dự thảo" }], format: { font: {} } }];
      await insert(written);
      expect(paragraphsIn(written.model.section.header).map((p) => p.parts.map((x) => (x.kind === "text" ? x.text : "")).join(""))).toEqual(["Dự thảo"]);
      expect(written.model.section.differentFirstPage).toBe(false);

      const after = fakeWord({ wordApiDesktop: DESKTOP });
      after.model.body = [{ kind: "p", parts: [{ kind: "text", text: "Công văn trước đó." }], format: { font: {} } }];
      await insert(after);
      expect(headerFields(after)).toEqual([]);
    });
  });
});
