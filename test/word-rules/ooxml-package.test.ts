import { DOMParser, Document, Element } from "@xmldom/xmldom";
import { BodyWriter } from "../../src/document/ooxml/body-writer";
import { el, newDocument, NS, REL, serialize } from "../../src/document/ooxml/dom";
import { elementsPackage, flatPackages } from "../../src/document/ooxml/flat-package";
import { pageNumberParagraph } from "../../src/document/ooxml/page-number";
import { stylesXml } from "../../src/document/ooxml/styles-part";
import { domBuilder } from "../../src/document/ooxml/xml-builder";
import { AGENCY_LEVELS } from "../../src/core/model/vocabulary";
import { builtInTemplates } from "../../src/core/templates/registry";
import { fixture, template } from "../helpers";
import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { effectiveFormat, paragraphsIn } from "../word-fake/model";
import { fakeWord } from "../word-fake/fake-word";
import { controlByTag } from "../word-fake/officer";
import { pkg, run, seedShown, tk7 } from "./setup";

/**
 * The packages as they were built before they were written as text: an @xmldom/xmldom tree,
 * serialized — the reference the text must equal, character for character.
 */
function domPackage(make: (doc: Document) => Element[]): string {
  const types = {
    rels: "application/vnd.openxmlformats-package.relationships+xml",
    document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  };
  const body = make(newDocument(NS.w, "w:document"));
  const styles = new DOMParser().parseFromString(stylesXml(), "text/xml").documentElement!;
  const pkg = newDocument(NS.pkg, "pkg:package");
  const part = (name: string, type: string, content: Element) => {
    const data = el(pkg, "pkg:xmlData");
    data.appendChild(pkg.importNode(content, true));
    return el(pkg, "pkg:part", { "pkg:name": name, "pkg:contentType": type }, [data]);
  };
  const rels = (type: string, target: string) => {
    const d = newDocument(NS.rel, "Relationships");
    const r = d.createElementNS(NS.rel, "Relationship");
    r.setAttribute("Id", "rId1");
    r.setAttribute("Type", type);
    r.setAttribute("Target", target);
    d.documentElement!.appendChild(r);
    return d.documentElement!;
  };
  const docXml = newDocument(NS.w, "w:document");
  docXml.documentElement!.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:w15", NS.w15);
  const b = el(docXml, "w:body");
  for (const e of body) b.appendChild(docXml.importNode(e, true));
  docXml.documentElement!.appendChild(b);
  pkg.insertBefore(pkg.createProcessingInstruction("mso-application", 'progid="Word.Document"'), pkg.documentElement);
  const p = pkg.documentElement!;
  p.appendChild(part("/_rels/.rels", types.rels, rels(REL.officeDocument, "word/document.xml")));
  p.appendChild(part("/word/document.xml", types.document, docXml.documentElement!));
  p.appendChild(part("/word/_rels/document.xml.rels", types.rels, rels(REL.styles, "styles.xml")));
  p.appendChild(part("/word/styles.xml", types.styles, styles));
  return serialize(pkg);
}

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
    it.each(builtInTemplates().flatMap((t) => AGENCY_LEVELS.map((level) => [t.id, level] as const)))("%s at level %s: the package text is what XMLSerializer printed for the elements", (id, level) => {
      const t = builtInTemplates().find((x) => x.id === id)!;
      const seed = fixture(id === "kh-phan-cong-2021" ? "seed-004.json" : "seed-002.json");
      const data = { ...seed, template: id, agency: { ...seed.agency, level }, sections: { "I.1": 'A & B <c> "d"\te\nf' } };
      const plan = planReport({ template: t, data });
      expect(flatPackages(plan.blocks, 1 << 22)).toEqual([
        domPackage((doc) => {
          const writer = new BodyWriter(doc);
          return plan.blocks.flatMap((block) => writer.block(block));
        }),
      ]);
    });

    it("cut at block boundaries, each package within the budget, together the whole report", () => {
      const plan = planReport({ template: tk7, data: seedShown() });
      const whole = flatPackages(plan.blocks, 1 << 22)[0];
      const bodyOf = (p: string) => p.slice(p.indexOf("<w:body>") + 8, p.indexOf("</w:body>"));
      const packages = flatPackages(plan.blocks, 280 * 1024);
      expect(packages.length).toBeGreaterThan(1);
      for (const p of packages) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(280 * 1024);
      expect(packages.map(bodyOf).join("")).toBe(bodyOf(whole));
    });

    it("the header's page number package is what XMLSerializer printed", () => {
      expect(elementsPackage((b) => [pageNumberParagraph(b)])).toBe(domPackage((doc) => [pageNumberParagraph(domBuilder(doc))]));
    });

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
