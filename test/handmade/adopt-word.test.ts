/**
 * "Chuyển thành báo cáo có cấu trúc" in Word (the fake, with Word's rules): the seeds'
 * reports typed by hand, opened in Word, taken over by the same adoption as `cchc adopt`,
 * put back as whole blocks; what Word cannot take back safely is refused before any change.
 */
import { builtInTemplates } from "../../src/core/templates/registry";
import { validate } from "../../src/core/validation/engine";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { AdoptError } from "../../src/document/docx/adopt";
import { AdoptRefusal } from "../../src/document/word/adopt-regions";
import { WordReportDocument } from "../../src/document/word/word-document";
import { fakeWord, openedModel } from "../word-fake/fake-word";
import { paragraphsIn, paragraphText } from "../word-fake/model";
import type { FakeDocumentModel } from "../word-fake/model";
import { documentXml, handmadeDocx, printedSeed, SeedId, Variation } from "./handmade-docx";

const templates = builtInTemplates();

function opened(seed: SeedId, v: Variation = {}, edit: (xml: string) => string = (x) => x) {
  const model = openedModel(edit(documentXml(printedSeed(seed, v), v)));
  const word = fakeWord({ model });
  return { word, doc: new WordReportDocument(word.host) };
}

/** What the officer sees: every paragraph's text, in order (the invisible mark of an empty cell's control left out). */
const shown = (model: FakeDocumentModel) => paragraphsIn(model.body).map((p) => paragraphText(p).replace(/\u00a0/g, ""));
const snapshot = (model: FakeDocumentModel) => JSON.stringify({ body: model.body, parts: model.xmlParts });

describe("taking a report typed by hand over in Word", () => {
  it.each<SeedId>(["000", "002", "003"])("seed %s: read back as cchc adopt reads the same document, every paragraph's text as it was, in a few syncs", async (seed) => {
    const { word, doc } = opened(seed);
    const before = shown(word.model);
    const syncsBefore = word.stats.syncs;
    const adopted = await doc.adopt(templates);
    const syncs = word.stats.syncs - syncsBefore;
    // One sync to read, the regions in as few syncs as the insert budget allows, the data part in its own.
    expect(syncs).toBeLessThanOrEqual(4);
    expect(shown(word.model)).toEqual(before);

    const docx = await DocxReportDocument.open(await handmadeDocx(printedSeed(seed)));
    const viaDocx = docx.adopt(templates);
    expect(adopted.made).toEqual(viaDocx.made);
    expect(adopted.left).toEqual(viaDocx.left);

    const read = await doc.read(adopted.read.template!);
    expect(read.missing).toEqual([]);
    expect(read.disagreements).toEqual([]);
    expect(read.values).toEqual((await docx.read(viaDocx.read.template!)).values);
    expect(read.data).toMatchObject({ template: adopted.data.template, period: adopted.data.period, agency: adopted.data.agency });
    // A report a Sở accepted: no error once taken over.
    const issues = validate(adopted.read.template!, read.data!);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("seed 002: the values are the printed ones (1.1.1 = 35, 1.1.3 = 09 as typed) and a value written afterwards goes into its cell", async () => {
    const { word, doc } = opened("002");
    const adopted = await doc.adopt(templates);
    const template = adopted.read.template!;
    const read = await doc.read(template);
    expect(read.values["1.1.1"]).toBe("35");
    expect(read.values["1.1.3"]).toBe("09");
    const empty = Object.entries(read.values).find(([code, v]) => v === "" && template.get(code)?.kind === "count");
    expect(empty).toBeDefined();
    const filled = await doc.fillValues(template, { [empty![0]]: 7 });
    expect(filled.written).toEqual([empty![0]]);
    expect((await doc.read(template)).values[empty![0]]).toBe("7");
    expect(shown(word.model).join("\n")).toContain("7");
  });

  it.each<[string, Variation]>([
    ["split across pages", { splitEvery: 30 }],
    ["inside a layout table", { nested: true }],
    ["in runs cut mid-word", { fragmentRuns: true }],
  ])("seed 000 with its appendix %s: taken over, every paragraph as it was, within the batch budget", async (_, v) => {
    const { word, doc } = opened("000", v);
    const before = shown(word.model);
    const adopted = await doc.adopt(templates);
    expect(shown(word.model)).toEqual(before);
    const read = await doc.read(adopted.read.template!);
    expect(read.missing).toEqual([]);
    const docx = await DocxReportDocument.open(await handmadeDocx(printedSeed("000", v), v));
    const viaDocx = docx.adopt(templates);
    expect(read.values).toEqual((await docx.read(viaDocx.read.template!)).values);
    for (const s of word.stats.perSync) expect(s.payloadBytes).toBeLessThanOrEqual(1024 * 1024);
  });

  it("is refused while Word tracks changes, and nothing changes", async () => {
    const { word, doc } = opened("000");
    word.model.changeTrackingMode = "TrackAll";
    const before = snapshot(word.model);
    await expect(doc.adopt(templates)).rejects.toMatchObject({ name: "AdoptRefusal", reason: "tracking" });
    expect(snapshot(word.model)).toBe(before);
  });

  it("is refused on a document that is ours already (taken over once)", async () => {
    const { word, doc } = opened("003");
    await doc.adopt(templates);
    const before = snapshot(word.model);
    await expect(doc.adopt(templates)).rejects.toMatchObject({ reason: "ours" });
    expect(snapshot(word.model)).toBe(before);
  });

  it("is refused when a block to put back holds a section break (Word drops inserted section properties, office-js#3450)", async () => {
    // The appendix's heading line ends a section (as a portrait report before a landscape appendix does).
    const { word, doc } = opened("002", {}, (x) => {
      const at = x.toLocaleLowerCase("vi").indexOf("phụ lục");
      const p = x.lastIndexOf("<w:pPr>", at) + "<w:pPr>".length;
      return x.slice(0, p) + "<w:sectPr/>" + x.slice(p);
    });
    expect(paragraphsIn(word.model.body).some((p) => p.sectionBreak)).toBe(true);
    const before = snapshot(word.model);
    await expect(doc.adopt(templates)).rejects.toBeInstanceOf(AdoptRefusal);
    await expect(doc.adopt(templates)).rejects.toMatchObject({ reason: "section-break" });
    expect(snapshot(word.model)).toBe(before);
  });

  it("a block too large to put back in one sync is refused before anything changes", async () => {
    // A body paragraph of some 1.1 MB (pasted text): its section goes back as one block.
    const { word, doc } = opened("000", {}, (x) => x.replace(/(<w:t xml:space="preserve">)(- Triển khai Quyết định số 3595)/, `$1${"hồ sơ ".repeat(190_000)}$2`));
    const before = snapshot(word.model);
    await expect(doc.adopt(templates)).rejects.toMatchObject({ reason: "too-big" });
    expect(snapshot(word.model)).toBe(before);
  });

  it("a document that is no report says so (AdoptError), and nothing changes", async () => {
    const word = fakeWord();
    const doc = new WordReportDocument(word.host);
    const before = snapshot(word.model);
    await expect(doc.adopt(templates)).rejects.toBeInstanceOf(AdoptError);
    expect(snapshot(word.model)).toBe(before);
  });
});
