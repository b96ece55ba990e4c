import { flatPackages } from "../../src/document/ooxml/flat-package";
import { fixture, template } from "../helpers";
import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { effectiveFormat, paragraphsIn } from "../word-fake/model";
import { fakeWord } from "../word-fake/fake-word";
import { controlByTag } from "../word-fake/officer";
import { pkg, run, seedShown, tk7 } from "./setup";

const insert = (ooxml: string) => {
  const fake = fakeWord();
  return run(fake, async (context) => {
    context.document.body.insertOoxml(ooxml, "End");
    await context.sync();
  });
};

describe("[ooxml-package]", () => {
  describe("fake enforces", () => {
    it("takes a Flat OPC package only", async () => {
      await expect(insert('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')).rejects.toThrow(/not a Flat OPC package/);
      await expect(insert("<pkg:package")).rejects.toThrow(/not well-formed/);
      await expect(insert(`<!DOCTYPE x [<!ENTITY e "e">]>${pkg("<w:p/>")}`)).rejects.toThrow(/DOCTYPE/);
    });

    it("refuses a table cell that does not end with a paragraph, and a row that does not span the grid", async () => {
      const grid = '<w:tblGrid><w:gridCol w:w="100"/><w:gridCol w:w="100"/></w:tblGrid>';
      await expect(insert(pkg(`<w:tbl>${grid}<w:tr><w:tc></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>`))).rejects.toThrow(/must end with a paragraph/);
      await expect(insert(pkg(`<w:tbl>${grid}<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>`))).rejects.toThrow(/spans 1 of the table's 2/);
    });

    it("keeps the document's definition of a style the package also defines", async () => {
      const fake = fakeWord();
      const style = (size: number) => `<w:style w:type="paragraph" w:styleId="S"><w:name w:val="S"/><w:rPr><w:sz w:val="${size}"/></w:rPr></w:style>`;
      await run(fake, async (context) => {
        context.document.body.insertOoxml(pkg('<w:p><w:pPr><w:pStyle w:val="S"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>', style(24)), "End");
        await context.sync();
        context.document.body.insertOoxml(pkg('<w:p><w:pPr><w:pStyle w:val="S"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>', style(40)), "End");
        await context.sync();
      });
      expect(fake.model.styles.get("S")?.format.font.size).toBe(12);
    });
  });

  describe("renderer passes", () => {
    it("sends no section properties, which Word drops from inserted OOXML (office-js#3450): the plan's landscape appendix goes after a page break", () => {
      const packages = flatPackages(planReport({ template: template("kh-phan-cong-2021"), data: fixture("seed-004.json") }).blocks, 1 << 20);
      const all = packages.join("");
      expect(all).not.toContain("<w:sectPr");
      expect(all).not.toContain("headerReference");
      expect(all).toContain('<w:br w:type="page"/>');
      expect(all).toContain("Phân công nhiệm vụ và triển khai thực hiện CCHC năm 2021");
    });

    it("writes packages Word takes: every part related, every cell ending in a paragraph, styles of Nghị định 30", async () => {
      const data = seedShown();
      const packages = flatPackages(planReport({ template: tk7, data }).blocks, 512 * 1024);
      expect(packages).toHaveLength(1);
      expect(packages[0]).toMatch(/^<\?xml[^>]*\?>\s*<\?mso-application progid="Word.Document"\?>\s*<pkg:package/);
      const fake = fakeWord();
      await new WordReportDocument(fake.host).insertReport(planReport({ template: tk7, data }), data);
      const section = controlByTag(fake.model, "cchc:section:II.2");
      const p = section.kind === "bcc" ? paragraphsIn(section.blocks)[0] : null;
      expect(p && effectiveFormat(fake.model, p)).toMatchObject({ font: { name: "Times New Roman", size: 14 }, alignment: "Justified", firstLineIndent: 36 });
    });
  });
});
