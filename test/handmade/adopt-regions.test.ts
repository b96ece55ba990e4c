/**
 * The take-over in Word planned without Office (src/document/word/adopt-regions.ts): what a
 * package put back carries, and what is refused before anything changes.
 */
import { builtInTemplates } from "../../src/core/templates/registry";
import { planWordAdoption } from "../../src/document/word/adopt-regions";
import { documentXml, printedSeed } from "./handmade-docx";

const templates = builtInTemplates();
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Seed 002 typed by hand as Word's Body.getOoxml gives it: the document part, its relationships, two images, maybe settings. */
function bodyPackage(extraParts = "", bodyEdit: (xml: string) => string = (x) => x): string {
  const doc = bodyEdit(documentXml(printedSeed("002")).replace(/^<\?xml[^>]*\?>/, "")).replace('<w:document xmlns:w="', `<w:document xmlns:r="${REL}" xmlns:w="`);
  const part = (name: string, xml: string) => `<pkg:part pkg:name="${name}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const binary = (name: string, data: string) => `<pkg:part pkg:name="${name}" pkg:contentType="image/png" pkg:compression="store"><pkg:binaryData>${data}</pkg:binaryData></pkg:part>`;
  return (
    `<pkg:package xmlns:pkg="${PKG}">` +
    part("/_rels/.rels", `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`) +
    part("/word/document.xml", doc) +
    part(
      "/word/_rels/document.xml.rels",
      `<Relationships xmlns="${RELS}"><Relationship Id="rIdLogo" Type="${REL}/image" Target="media/logo.png"/><Relationship Id="rIdPhoto" Type="${REL}/image" Target="media/photo.png"/></Relationships>`,
    ) +
    binary("/word/media/logo.png", "TE9HTw==") +
    binary("/word/media/photo.png", "UEhPVE8=".repeat(1000)) +
    extraParts +
    "</pkg:package>"
  );
}

describe("planning the take-over in Word", () => {
  it("a block put back carries only the images it shows: the heading's logo goes with the heading, the photo elsewhere in the document with no block", () => {
    const drawing = (id: string) => `<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="${id}"/></w:drawing></w:r>`;
    const withImages = (xml: string) => {
      // The logo in a paragraph of section II's text (taken over: put back); the photo before the header table (left as it is).
      const at = xml.indexOf("trên địa bàn tỉnh giai đoạn 2017 - 2020.");
      const p = xml.lastIndexOf("</w:pPr>", at) + "</w:pPr>".length;
      const logo = xml.slice(0, p) + drawing("rIdLogo") + xml.slice(p);
      return logo.replace("<w:body>", `<w:body><w:p>${drawing("rIdPhoto")}</w:p>`);
    };
    const plan = planWordAdoption(bodyPackage("", withImages), templates);
    expect(plan.regions.length).toBeGreaterThan(0);
    const carrying = (id: string) => plan.regions.filter((r) => r.ooxml.includes(`Id="${id}"`)).length;
    expect(plan.regions.some((r) => r.ooxml.includes('r:embed="rIdLogo"'))).toBe(true);
    // Every region that shows the logo has its part; no region carries the photo, which no region shows.
    for (const r of plan.regions) expect(r.ooxml.includes('r:embed="rIdLogo"')).toBe(r.ooxml.includes("/word/media/logo.png"));
    expect(carrying("rIdPhoto")).toBe(0);
    expect(plan.regions.some((r) => r.ooxml.includes("UEhPVE8="))).toBe(false);
  });

  it("changes tracked, as the settings part says (hosts without WordApi 1.4 cannot be asked): refused before anything", () => {
    const settings = `<pkg:part pkg:name="/word/settings.xml"><pkg:xmlData><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/></w:settings></pkg:xmlData></pkg:part>`;
    expect(() => planWordAdoption(bodyPackage(settings), templates)).toThrow(expect.objectContaining({ reason: "tracking" }));
    const off = settings.replace("<w:trackRevisions/>", '<w:trackRevisions w:val="false"/>');
    expect(planWordAdoption(bodyPackage(off), templates).regions.length).toBeGreaterThan(0);
  });
});
