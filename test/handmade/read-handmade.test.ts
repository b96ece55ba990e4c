/**
 * Reports typed by hand (the seeds' own tables, values and notes, written as Word
 * writes them) are recognised and read: template, period, agency and level from
 * the document's words, every printed value exactly as typed, none invented.
 */
import { builtInTemplates } from "../../src/core/templates/registry";
import { scanBody } from "../../src/document/docx/scan-body";
import { domBody } from "../../src/document/docx/dom-body";
import { parseXmlPart } from "../../src/document/docx/read-docx";
import { readHandmade } from "../../src/document/handmade/read-handmade";
import { validate } from "../../src/core/validation/engine";
import { documentXml, printedSeed, SeedId, Variation } from "./handmade-docx";

const templates = builtInTemplates();

function read(seed: SeedId, v: Variation = {}) {
  const doc = printedSeed(seed, v);
  return { doc, read: readHandmade(scanBody(documentXml(doc, v)), templates) };
}

/** The fixture's printed values (and the variation's), as the document must give them back. */
function expectSeedRead(seed: SeedId, v: Variation = {}, expectedValues: Record<string, string> = {}) {
  const { doc, read: r } = read(seed, v);
  expect(r.template?.id).toBe(doc.data.template);
  expect(r.data?.period).toEqual(doc.data.period);
  expect(r.data?.agency.level).toBe(doc.data.agency.level);
  const printed = Object.fromEntries(Object.entries(doc.data.values).filter(([, x]) => x !== ""));
  expect(r.data?.values).toEqual({ ...printed, ...expectedValues });
  expect(r.data?.notes).toEqual(doc.data.notes ?? {});
  expect(r.unmatched).toEqual([]);
  // The header as typed: what the fixture has of it, read from the header block, the opening and the signature block.
  const h = doc.data.header ?? {};
  const fields = ["co-quan-ban-hanh", "so-ky-hieu", "dia-danh", "kinh-gui", "can-cu", "chuc-vu", "nguoi-ky", "noi-nhan"] as const;
  expect(Object.fromEntries(fields.filter((f) => h[f]).map((f) => [f, r.identity.header[f]]))).toEqual(Object.fromEntries(fields.filter((f) => h[f]).map((f) => [f, h[f]])));
  return r;
}

describe("a report typed by hand is read", () => {
  it.each<SeedId>(["000", "002", "003"])("seed %s: template, period, level, every printed value and note", (seed) => {
    expectSeedRead(seed);
  });

  it("seed 002: 1.2's rows printed 1.1.1–1.1.4 are read as 1.2.1–1.2.4, by their labels, and say so", () => {
    const r = expectSeedRead("002");
    const f = r.found.find((x) => x.code === "1.2.3")!;
    expect(f).toMatchObject({ printedCode: "1.1.3", basis: "label", printedLabel: "Số vấn đề phát hiện qua kiểm tra", value: "0" });
    expect(r.found.find((x) => x.code === "1.1.3")).toMatchObject({ printedCode: "1.1.3", basis: "code-and-label", value: "09" });
  });

  it("seed 002: the agency from the appendix's 'Kèm theo' line, the period from the trích yếu", () => {
    const { read: r } = read("002");
    expect(r.identity.agency?.value).toBe("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
    expect(r.identity.period?.from).toBe("Công tác cải cách hành chính 6 tháng đầu năm 2021 của Sở Khoa học và công nghệ");
    expect(r.identity.header).toMatchObject({ "co-quan-ban-hanh": "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "so-ky-hieu": "/BC-SKHCN", "dia-danh": "Quảng Ngãi", ngay: "15/6/2021" });
  });

  it("seed 003: notes written after the label are the row's notes; the form's own 'Đơn vị thực hiện' text is not", () => {
    const r = expectSeedRead("003");
    expect(r.found.find((x) => x.code === "1.1")).toMatchObject({ note: "02/QĐ-BQLKDL ngày 28/01/2021 v.v ban hành Kế hoạch cải cách hành chính năm 2021", noteInLabel: true });
    expect(r.data?.notes?.["1.2"]).toBeUndefined();
  });

  it("seed 000: 'Không' and parts printed as '- …' rows", () => {
    const r = expectSeedRead("000");
    expect(r.found.find((x) => x.code === "1.3.2.a")).toMatchObject({ printedCode: "", printedLabel: "Số vấn đề phát hiện qua kiểm tra", value: "Không" });
  });

  it("tables split by page breaks, with and without the heading repeated", () => {
    expectSeedRead("002", { splitEvery: 17 });
    expectSeedRead("002", { splitEvery: 23, repeatHeading: false });
    expectSeedRead("000", { splitEvery: 20 });
  });

  it("the appendix inside a layout table, the title in a text box, runs split mid-word", () => {
    expectSeedRead("002", { nested: true, titleInTextBox: true, fragmentRuns: true });
    expectSeedRead("000", { nested: true, fragmentRuns: true, splitEvery: 31 });
  });

  it("a unit typed with the value, a note in the value cell: the value as typed, the rest kept as the note", () => {
    const r = expectSeedRead(
      "002",
      {
        valueCells: { "3.1.3": "65 (05 TTHC thuộc lĩnh vực tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo tiếp nhận tại Sở theo quy định)", "3.1.1": "07 thủ tục", "3.4.1": "98,4%" },
        noteCells: { "3.1.3": "" },
      },
      { "3.4.1": "98,4%" },
    );
    expect(r.found.find((x) => x.code === "3.1.1")).toMatchObject({ value: "07", how: "unit-typed-in" });
    expect(r.found.find((x) => x.code === "3.1.3")).toMatchObject({ value: "65", how: "note-in-value-cell" });
  });

  it("a value in no row of the form is listed, not placed", () => {
    const { doc } = read("002");
    const rows = [...doc.rows, doc.rows[doc.rows.length - 1].map((c, i) => ({ text: i === 1 ? "Số sáng kiến cải cách được công nhận" : i === 3 ? "4" : "" }))];
    const r = readHandmade(scanBody(documentXml({ ...doc, rows })), templates);
    expect(r.unmatched.map((p) => [p.label, p.value])).toEqual([["Số sáng kiến cải cách được công nhận", "4"]]);
    expect(Object.values(r.data?.values ?? {})).not.toContain("4");
  });
});

describe("the body's sections, found by their headings", () => {
  it.each<[SeedId, string[], string]>([
    ["002", ["I", "I.1", "I.2", "I.3", "II", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6"], "Chỉ đạo xây dựng và ban hành Kế hoạch cải cách hành chính năm 2021"],
    ["000", ["I", "I.1", "I.2", "I.3", "II", "II.2", "II.3", "II.4", "II.5", "II.6", "III", "IV"], "- Triển khai Quyết định số 3595/QĐ-UBND ngày 31/12/2020 của UBND tỉnh"],
    [
      "003",
      ["I", "I.1", "I.2", "I.3", "II", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III", "IV", "V"],
      "- Trong 6 tháng đầu năm 2021, Ban quản lý đã ban hành Quyết định số 02/QĐ-BQLKDL ngày 28/01/2021 về kế hoạch cải cách hành chính năm 2021, với mục tiêu thực hiện theo Nghị quyết của Đại hội Đảng bộ tỉnh Khánh Hòa lần thứ XVIII và phát huy kết quả đạt được trong giai đoạn 2011 – 2020.",
    ],
  ])("seed %s", (seed, ids, firstLine) => {
    const { read: r } = read(seed);
    expect(r.sections.map((s) => s.id)).toEqual(ids);
    expect(r.data?.sections?.["I.1"]?.split("\n")[0]).toBe(firstLine);
  });
});

describe("the checks on a report typed by hand", () => {
  it.each<SeedId>(["000", "002", "003"])("seed %s, accepted by its Sở Nội vụ, gives no error", (seed) => {
    const { read: r } = read(seed);
    const errors = validate(r.template!, r.data!, { mode: "draft" }).filter((i) => i.severity === "error");
    expect(errors.map((e) => `${e.rule} ${e.target}: ${e.message}`)).toEqual([]);
  });
});

describe("one set of rules for the SAX read and the DOM walk", () => {
  const strip = (blocks: ReturnType<typeof scanBody>) => JSON.parse(JSON.stringify(blocks, (k, v) => (k === "node" || k === "rowNodes" ? undefined : v)));
  it.each<[SeedId, Variation]>([
    ["002", {}],
    ["000", { nested: true, titleInTextBox: true, fragmentRuns: true, splitEvery: 30 }],
    ["003", { splitEvery: 11, repeatHeading: false }],
  ])("seed %s %j: the same blocks", (seed, v) => {
    const xml = documentXml(printedSeed(seed, v), v);
    const fromDom = domBody(parseXmlPart("word/document.xml", xml));
    expect(strip(fromDom)).toEqual(strip(scanBody(xml)));
    expect(fromDom.filter((b) => b.kind === "table").every((b) => b.node && b.rowNodes?.length === b.rows.length)).toBe(true);
  });
});

describe("a long paragraph pasted into a report typed by hand", () => {
  it("seed 000 with 1.2 MB of pasted text in its first section: still recognised, its values read, the text kept in its section (the header's date pattern once cost the square of a line's length)", () => {
    const pasted = "hồ sơ ".repeat(200_000);
    const xml = documentXml(printedSeed("000")).replace(/(<w:t xml:space="preserve">)(- Triển khai Quyết định số 3595)/, `$1${pasted}$2`);
    const r = readHandmade(scanBody(xml), templates, {});
    expect(r.template?.id).toBe(read("000").read.template?.id);
    expect(r.data?.values).toEqual(read("000").read.data?.values);
    expect(Object.values(r.data?.sections ?? {}).some((s) => s.includes(pasted.trim()))).toBe(true);
  });
});
