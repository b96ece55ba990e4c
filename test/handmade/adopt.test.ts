/**
 * `adopt` on the seeds' reports typed by hand: the officer's document kept as it is
 * (every run, formatting and all), our controls around what was recognised, and the
 * result read back, filled and checked as a report the tool made.
 */
import { XMLSerializer } from "@xmldom/xmldom";
import { builtInTemplates } from "../../src/core/templates/registry";
import { validate } from "../../src/core/validation/engine";
import { domBody } from "../../src/document/docx/dom-body";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { DocxPackage, parseXmlPart } from "../../src/document/docx/read-docx";
import { readDocxReport } from "../../src/document/docx/read-report";
import { readHandmadeDocx } from "../../src/document/docx/read-handmade-docx";
import { NS } from "../../src/document/ooxml/dom";
import { handmadeDocx, printedSeed, SeedId, Variation } from "./handmade-docx";
import JSZip from "jszip";

const editPart = async (bytes: Uint8Array, xml: string) => {
  const zip = await JSZip.loadAsync(bytes);
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array" });
};

const templates = builtInTemplates();

async function adopted(seed: SeedId, v: Variation = {}) {
  const original = await handmadeDocx(printedSeed(seed, v), v);
  const doc = await DocxReportDocument.open(original);
  const result = doc.adopt(templates);
  return { original, result, bytes: await doc.save() };
}

const documentOf = async (bytes: Uint8Array) => parseXmlPart("word/document.xml", await (await DocxPackage.open(bytes)).text("word/document.xml"));
const texts = (blocks: ReturnType<typeof domBody>) => blocks.map((b) => (b.kind === "paragraph" ? b.text : b.rows.map((r) => r.map((c) => c.text).join("|")).join("\n")).replace(/\u00a0/g, ""));

describe("adopt: a report typed by hand taken over", () => {
  it.each<SeedId>(["002", "000", "003"])("seed %s reads back as the hand-made read gave it, with no control missing and no disagreement", async (seed) => {
    const { original, result, bytes } = await adopted(seed);
    const before = await readHandmadeDocx(original, templates);
    const read = await readDocxReport(bytes, () => before.template!);
    expect(read.disagreements).toEqual([]);
    expect(read.missing).toEqual([]);
    const left = new Set(result.left.map((l) => l.target));
    const wanted = Object.fromEntries(Object.entries(before.data!.values).filter(([code]) => !left.has(code)));
    expect(Object.fromEntries(Object.entries(read.values).filter(([, v]) => v !== ""))).toEqual(wanted);
    expect(read.notes).toEqual(Object.fromEntries(Object.entries(before.data!.notes ?? {}).filter(([code]) => !left.has(code))));
    expect(read.sections).toEqual(before.data!.sections);
    expect(read.data).toMatchObject({ template: before.data!.template, period: before.data!.period, agency: before.data!.agency });
  });

  it("seed 002: every paragraph and cell keeps its text, and every run of the officer's is still there as it was", async () => {
    const { original, bytes } = await adopted("002", { fragmentRuns: true, splitEvery: 40 });
    const [a, b] = [await documentOf(original), await documentOf(bytes)];
    expect(texts(domBody(b))).toEqual(texts(domBody(a)));
    // Each run of the original, formatting and text, in the same order among the adopted document's runs.
    const runs = (d: typeof a) =>
      Array.from({ length: d.getElementsByTagNameNS(NS.w, "r").length }, (_, i) => new XMLSerializer().serializeToString(d.getElementsByTagNameNS(NS.w, "r").item(i)!).replace(/ xmlns:w="[^"]*"/, ""));
    const after = runs(b);
    let at = 0;
    for (const r of runs(a)) {
      while (at < after.length && after[at] !== r) at++;
      expect(at).toBeLessThan(after.length);
      at++;
    }
  });

  it("seed 003: notes written after the label and seed 000's notes of two paragraphs are left as they are, and listed", async () => {
    expect((await adopted("003")).result.left).toEqual([
      { target: "1.1", reason: "note-after-label" },
      { target: "1.3", reason: "note-after-label" },
    ]);
    expect((await adopted("000")).result.left).toEqual([
      { target: "1.1.b", reason: "several-paragraphs" },
      { target: "1.3", reason: "several-paragraphs" },
    ]);
  });

  it("a value typed with its unit: the value alone in its control, the unit kept beside it as typed", async () => {
    const { result, bytes } = await adopted("002", { valueCells: { "3.1.1": "07 thủ tục" }, fragmentRuns: true });
    expect(result.left).toEqual([]);
    expect(result.made).toContain("cchc:value:3.1.1");
    expect(texts(domBody(await documentOf(bytes))).join("\n")).toContain("07 thủ tục");
    const template = templates.find((t) => t.id === "tk-7-linh-vuc-2021")!;
    const read = await readDocxReport(bytes, () => template);
    expect(read.values["3.1.1"]).toBe("07");
    expect(read.missing).toEqual([]);
  });

  it("a note written after the value in its cell: the value in its control, the note left where it is and said", async () => {
    const cell = "65 (05 TTHC thuộc thẩm quyền cấp huyện)";
    const { result, bytes } = await adopted("002", { valueCells: { "3.1.3": cell } });
    expect(result.left).toEqual([{ target: "3.1.3", reason: "note-in-value-cell" }]);
    expect(texts(domBody(await documentOf(bytes))).join("\n")).toContain(cell);
    const read = await readDocxReport(bytes, () => templates.find((t) => t.id === "tk-7-linh-vuc-2021")!);
    expect(read.values["3.1.3"]).toBe("65");
  });

  it("seed 002 adopted is filled and checked as the tool's own: an empty row takes a value, the rest is kept", async () => {
    const { bytes } = await adopted("002");
    const doc = await DocxReportDocument.open(bytes);
    const template = templates.find((t) => t.id === "tk-7-linh-vuc-2021")!;
    const fill = await doc.fillValues(template, { "1.3.2": "0", "1.1.1": "40" });
    expect(fill.conflicts.map((c) => c.code)).toEqual(["1.1.1"]); // typed by the officer: never overwritten
    const read = await readDocxReport(await doc.save(), () => template);
    expect(read.values).toMatchObject({ "1.3.2": "0", "1.1.1": "35" });
    expect(read.missing).toEqual([]);
    expect(validate(template, read.data!).filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a control deleted from a report taken over is reported missing, and repair does not refill the officer's own table from the plan", async () => {
    const { bytes } = await adopted("002");
    const template = templates.find((t) => t.id === "tk-7-linh-vuc-2021")!;
    // Word's "Remove content control" on 1.1.1's value: the text stays, the control goes.
    const zip = await DocxPackage.open(bytes);
    const xml = await zip.text("word/document.xml");
    const unwrapped = xml.replace(/<w:sdt><w:sdtPr><w:alias w:val="[^"]*"\/><w:tag w:val="cchc:value:1\.1\.1"\/>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>(.*?)<\/w:sdtContent><\/w:sdt>/s, "$1");
    expect(unwrapped).not.toBe(xml);
    const doc = await DocxReportDocument.open(await editPart(bytes, unwrapped));
    expect((await doc.read(template)).missing).toEqual(["cchc:value:1.1.1"]);
    expect(await doc.repair(template)).toEqual([]);
    expect(texts(domBody(await documentOf(await doc.save())))).toEqual(texts(domBody(parseXmlPart("word/document.xml", unwrapped))));
  });
});
