import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { fakeWord } from "../word-fake/fake-word";
import { paragraphsIn, sectionsOf } from "../word-fake/model";
import type { ReportData } from "../../src/core/model/report-data";
import { fixture, template } from "../helpers";
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
    const headerFields = (fake: ReturnType<typeof fakeWord>) => paragraphsIn(fake.model.header).flatMap((p) => p.parts.flatMap((x) => (x.kind === "text" && x.field ? [x.field] : [])));

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

    it("the plan (seed 004) on WordApiDesktop 1.3: its appendix in a landscape section of its own, numbered from its first page, no blank page before it; on the web a page break as before", async () => {
      const plan = fixture("seed-004.json") as ReportData;
      const khTemplate = template(plan.template);
      const put = async (fake: ReturnType<typeof fakeWord>) => new WordReportDocument(fake.host).insertReport(planReport({ template: khTemplate, data: plan }), plan);
      const desktop = fakeWord({ wordApiDesktop: DESKTOP });
      await put(desktop);
      const breaks = desktop.model.body.filter((b) => b.kind === "p" && b.sectionBreak);
      expect(breaks).toHaveLength(1);
      expect(sectionsOf(desktop.model)).toEqual([
        { differentFirstPage: true, orientation: "Portrait" },
        { differentFirstPage: false, orientation: "Landscape" },
      ]);
      // The section break stands where the page break was: right before the appendix's first line.
      const at = desktop.model.body.indexOf(breaks[0]);
      const next = desktop.model.body[at + 1];
      expect(next.kind === "p" && next.parts.some((x) => x.kind === "cc" && x.tag === "cchc:fixed:phu-luc")).toBe(true);
      expect(desktop.model.body.some((b) => b.kind === "p" && b.pageBreak)).toBe(false);

      const web = fakeWord();
      await put(web);
      expect(sectionsOf(web.model)).toEqual([{ differentFirstPage: false, orientation: "Portrait" }]);
      expect(web.model.body.some((b) => b.kind === "p" && b.pageBreak)).toBe(true);
    });

    it("replacing a plan by a plan: the report portrait and unnumbered on page 1 again, the appendix landscape, one page number (the old appendix's section is not kept as the report's)", async () => {
      const plan = fixture("seed-004.json") as ReportData;
      const khTemplate = template(plan.template);
      const fake = fakeWord({ wordApiDesktop: DESKTOP });
      const doc = new WordReportDocument(fake.host);
      await doc.insertReport(planReport({ template: khTemplate, data: plan }), plan);
      await doc.replaceReport(planReport({ template: khTemplate, data: plan }), plan);
      expect(sectionsOf(fake.model)).toEqual([
        { differentFirstPage: true, orientation: "Portrait" },
        { differentFirstPage: false, orientation: "Landscape" },
      ]);
      expect(headerFields(fake)).toEqual(["PAGE"]);
    });

    it("never over a header the officer wrote, and not when the report goes after the officer's own text", async () => {
      const written = fakeWord({ wordApiDesktop: DESKTOP });
      written.model.header = [{ kind: "p", parts: [{ kind: "text", text: "Dự thảo" }], format: { font: {} } }];
      await insert(written);
      expect(paragraphsIn(written.model.header).map((p) => p.parts.map((x) => (x.kind === "text" ? x.text : "")).join(""))).toEqual(["Dự thảo"]);
      expect(written.model.section.differentFirstPage).toBe(false);

      const after = fakeWord({ wordApiDesktop: DESKTOP });
      after.model.body = [{ kind: "p", parts: [{ kind: "text", text: "Công văn trước đó." }], format: { font: {} } }];
      await insert(after);
      expect(headerFields(after)).toEqual([]);
    });
  });
});
