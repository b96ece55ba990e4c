/**
 * Test material: the seeds' reports as a unit types them by hand in Word, written
 * the way Word and other tools write OOXML, not the way ours does: a header table,
 * the body's paragraphs, the appendix table with a two-row heading (gridSpan over
 * "Kết quả thống kê", vMerge down the other columns), each seed's own printing
 * (seed 002: codes with a trailing dot, 1.2's rows numbered 1.1.1–1.1.4, "Trong đó"
 * merged down the STT column; seeds 000/003: parts as "- …" rows, notes in the
 * "Đơn vị thực hiện" column or after the label), and optional variations: tables
 * split by page breaks (heading repeated or not), the appendix inside a layout
 * table's cell, the title in a text box, runs split mid-word, values typed with
 * their unit. The printed rows come from the template (the seeds' own labels,
 * units and form text) and the seed fixture (the printed values and notes).
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import type { ReportData } from "../../src/core/model/report-data";
import { labelFor, Template } from "../../src/core/model/template";
import { appendixColumns } from "../../src/document/plan/build-plan";
import { FIXTURES, fixture, template } from "../helpers";
import { vi } from "../../src/strings";

export type SeedId = "000" | "002" | "003";

export interface Variation {
  /** Split the appendix into tables of this many rows, a page break between them. */
  splitEvery?: number;
  /** Repeat the heading rows at the top of each split table (default true). */
  repeatHeading?: boolean;
  /** The appendix table inside the one cell of a layout table. */
  nested?: boolean;
  /** The appendix title in a text box (DrawingML with its VML fallback, as Word writes it). */
  titleInTextBox?: boolean;
  /** Each text in two runs, cut mid-word, with proofing marks between (as Word's editing leaves it). */
  fragmentRuns?: boolean;
  /** Value cells typed differently: code → cell text. */
  valueCells?: Record<string, string>;
  /** Note cells typed differently (or emptied): code → cell text. */
  noteCells?: Record<string, string>;
}

export interface SeedStyle {
  /** "BÁO CÁO", or "KẾ HOẠCH" for a plan. */
  readonly docName?: string;
  readonly trichYeu: readonly string[];
  readonly appendixHead: readonly string[];
  readonly kemTheo: string;
  /** quang-ngai: codes with a dot, parts under "Trong đó" (seed 002); khanh-hoa: parts as "- …" rows (seeds 000, 003). */
  readonly printing: "quang-ngai" | "khanh-hoa";
  /** Seed 002 numbers 1.2's rows 1.1.1–1.1.4. */
  readonly renumbers12?: boolean;
  /** Seed 003 writes group rows' notes after the label ("Kế hoạch CCHC - 02/QĐ-…"). */
  readonly notesAfterLabel?: boolean;
}

/** As each seed prints them (../shared/seeds). */
const STYLES: Record<SeedId, SeedStyle> = {
  "000": {
    trichYeu: ["Kết quả công tác Cải cách hành chính Quý I năm 2021", "và triển khai nhiệm vụ Quý II năm 2021"],
    appendixHead: ["Phụ lục 2", "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "TẠI TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ NHA TRANG"],
    kemTheo: "(Kèm theo báo cáo số 293/BC-CĐKTCN ngày 15 tháng 3 năm 2021 của Trường Cao đẳng Kỹ thuật Nha Trang)",
    printing: "khanh-hoa",
  },
  "002": {
    trichYeu: ["Công tác cải cách hành chính 6 tháng đầu năm 2021", "của Sở Khoa học và công nghệ"],
    appendixHead: ["PHỤ LỤC", "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC", "CẢI CÁCH HÀNH CHÍNH TẠI CÁC SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
    kemTheo: "(Kèm theo Báo cáo số       /BC-SKHCN ngày    /6/ 2021 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi)",
    printing: "quang-ngai",
    renumbers12: true,
  },
  "003": {
    trichYeu: ["Công tác cải cách hành chính 6 tháng đầu năm 2021"],
    appendixHead: ["Phụ lục 2", "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "TẠI BAN QUẢN LÝ KHU DU LỊCH BÁN ĐẢO CAM RANH"],
    kemTheo: "(Ban hành kèm theo Báo cáo số /BC-BQLKDL ngày / / 2021 của BQL KDL Bán đảo Cam Ranh)",
    printing: "khanh-hoa",
    notesAfterLabel: true,
  },
};

export interface PrintedCell {
  readonly text: string;
  readonly span?: number;
  readonly vMerge?: "restart" | "continue";
}

export interface PrintedDocument {
  readonly data: ReportData;
  readonly template: Template;
  readonly docName: string;
  readonly headerLeft: readonly string[];
  readonly headerRight: readonly string[];
  readonly trichYeu: readonly string[];
  readonly body: readonly string[];
  /** The signature block, a table of two cells: Nơi nhận, and the signer. */
  readonly signature: readonly [readonly string[], readonly string[]];
  readonly appendixHead: readonly string[];
  readonly heading: readonly (readonly PrintedCell[])[];
  readonly rows: readonly (readonly PrintedCell[])[];
}

/**
 * The seed's body as printed, a paragraph per printed line (a PDF copy keeps no paragraphs), from
 * "Kính gửi"/"Căn cứ"/"Thực hiện" to the line before "Nơi nhận": test/fixtures/bodies/seed-NNN.txt,
 * copied from ../shared/seeds.
 */
export function seedBody(seed: SeedId): string[] {
  return fs
    .readFileSync(path.join(FIXTURES, "bodies", `seed-${seed}.txt`), "utf8")
    .split("\n")
    .filter((l) => l !== "");
}

const lettered = (code: string) => /\.[a-z]$/.test(code);

/** The seed's report as printed: header, body paragraphs and the appendix rows. */
export function printedSeed(seed: SeedId, variation: Variation = {}): PrintedDocument {
  const data = fixture(`seed-${seed}.json`);
  return printedForm(data, template(data.template), STYLES[seed], seedBody(seed), variation);
}

/** Any template's form, as a unit would type it from the Sở's copy, with the given data. */
export function printedForm(data: ReportData, t: Template, style: SeedStyle, body: readonly string[], variation: Variation = {}): PrintedDocument {
  const h = data.header ?? {};
  const columns = appendixColumns(t);
  const grouped = columns.some((c) => c.group);
  const heading: PrintedCell[][] = grouped ? [[], []] : [[]];
  columns.forEach((c, i) => {
    if (!grouped) return heading[0].push({ text: c.title });
    if (!c.group) {
      heading[0].push({ text: c.title, vMerge: "restart" });
      heading[1].push({ text: "", vMerge: "continue" });
    } else {
      if (columns[i - 1]?.group !== c.group) heading[0].push({ text: c.group, span: columns.filter((x) => x.group === c.group).length });
      heading[1].push({ text: c.title });
    }
  });
  const rows: PrintedCell[][] = [];
  let trongDo = false;
  for (const row of t.rows) {
    const child = lettered(row.code);
    const note = variation.noteCells?.[row.code] ?? data.notes?.[row.code] ?? "";
    const value = variation.valueCells?.[row.code] ?? String(data.values[row.code] ?? "");
    let label = labelFor(row, data.agency.level);
    let stt = "";
    let sttMerge: PrintedCell["vMerge"];
    if (style.printing === "quang-ngai") {
      // Seed 002 numbers 1.2's rows 1.1.1–1.1.4, and merges "Trong đó" down the STT cells of a row's parts.
      stt = child ? "Trong đó" : `${style.renumbers12 && row.code.startsWith("1.2.") ? row.code.replace(/^1\.2\./, "1.1.") : row.code}.`;
      if (child) sttMerge = trongDo ? "continue" : "restart";
      if (child && row.parent === "3.1.3") label = `${label}:`;
    } else {
      stt = child ? "" : row.code.split(".").length >= 3 ? row.code : `${row.code}.`;
      if (child) label = `- ${label}`;
      if (style.notesAfterLabel && row.group && note !== "") label = `${label} - ${note}`;
    }
    trongDo = child;
    const unit = row.kind === "coded" ? row.options.map((o) => `${o.label} = ${o.value}`).join("\n") : (row.unit ?? "");
    const noteInColumn = style.notesAfterLabel && row.group ? "" : note;
    const cells = columns.map((c): PrintedCell => {
      const parts = c.show.map((p) => {
        if (p === "stt") return stt;
        if (p === "label") return label;
        if (p === "unit") return unit;
        if (p === "value") return value;
        if (p === "area") return row.parent === null ? vi.areaName(row.area) : "";
        if (p === "note") return noteInColumn;
        if (p.startsWith("cell:")) return noteInColumn !== "" && c.show.includes("note") ? "" : (row.cells[p.slice(5)] ?? "");
        return "";
      });
      const text = parts.filter((x) => x !== "").join("\n");
      return c.show.includes("stt") && sttMerge ? { text: sttMerge === "continue" ? "" : text, vMerge: sttMerge } : { text };
    });
    rows.push(cells);
  }
  const date = (h.ngay ?? "").split("/");
  return {
    data,
    template: t,
    docName: style.docName ?? "BÁO CÁO",
    headerLeft: [h["co-quan-chu-quan"] ?? "", h["co-quan-ban-hanh"] ?? "", `Số: ${h["so-ky-hieu"] ?? ""}`].filter((x) => x !== ""),
    headerRight: [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      h.ngay ? `${h["dia-danh"]}, ngày ${date[0] || "    "} tháng ${date[1]} năm ${date[2]}` : `${h["dia-danh"] ?? ""}, ngày      tháng      năm ${data.period.year}`,
    ],
    trichYeu: style.trichYeu,
    body,
    signature: [
      ["Nơi nhận:", ...(h["noi-nhan"] ?? "").split("\n")],
      [...(h["quyen-han"] ? [h["quyen-han"]] : []), h["chuc-vu"] ?? "", "", "(Đã ký)", "", h["nguoi-ky"] ?? ""],
    ],
    appendixHead: [...style.appendixHead, style.kemTheo],
    heading,
    rows,
  };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function runs(text: string, v: Variation, bold = false): string {
  const rPr = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${bold ? "<w:b/>" : ""}<w:sz w:val="26"/></w:rPr>`;
  const run = (t: string) => `<w:r w:rsidRPr="00A1B2C3">${rPr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
  return text
    .split("\n")
    .map((line, i) => {
      const br = i > 0 ? `<w:r>${rPr}<w:br/></w:r>` : "";
      if (!v.fragmentRuns || line.length < 4) return br + run(line);
      const cut = Math.floor(line.length / 2);
      return `${br}${run(line.slice(0, cut))}<w:proofErr w:type="spellStart"/>${run(line.slice(cut))}<w:proofErr w:type="spellEnd"/>`;
    })
    .join("");
}

const para = (text: string, v: Variation, opts: { bold?: boolean; center?: boolean } = {}) =>
  `<w:p w:rsidR="00C4D5E6"><w:pPr>${opts.center ? '<w:jc w:val="center"/>' : ""}</w:pPr>${runs(text, v, opts.bold)}</w:p>`;

function cellXml(c: PrintedCell, v: Variation, widthTw: number): string {
  const pr = `<w:tcPr><w:tcW w:w="${widthTw * (c.span ?? 1)}" w:type="dxa"/>${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ""}${c.vMerge ? (c.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>") : ""}</w:tcPr>`;
  // Several paragraphs in a cell, as Enter makes them.
  const paragraphs = c.text === "" ? [""] : c.text.split("\n");
  return `<w:tc>${pr}${paragraphs.map((p) => `<w:p>${runs(p, v)}</w:p>`).join("")}</w:tc>`;
}

function tableXml(rows: readonly (readonly PrintedCell[])[], v: Variation, grid: number, headingRows = 0): string {
  const w = Math.floor(9000 / grid);
  const head = (i: number) => (i < headingRows ? "<w:trPr><w:tblHeader/></w:trPr>" : "");
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${Array.from({ length: grid }, () => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    rows.map((r, i) => `<w:tr>${head(i)}${r.map((c) => cellXml(c, v, w)).join("")}</w:tr>`).join("") +
    "</w:tbl>"
  );
}

function textBox(lines: readonly string[], v: Variation): string {
  const inner = lines.map((l) => para(l, v, { bold: true, center: true })).join("");
  return (
    `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5760000" cy="900000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape style="width:453pt;height:70pt"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
  );
}

const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/** word/document.xml for the printed report. */
export function documentXml(doc: PrintedDocument, v: Variation = {}): string {
  const grid = doc.heading[doc.heading.length - 1].length;
  const headerTable = tableXml([[{ text: doc.headerLeft.join("\n") }, { text: doc.headerRight.join("\n") }]], v, 2);
  const parts: string[] = [headerTable, para(doc.docName, v, { bold: true, center: true })];
  for (const l of doc.trichYeu) parts.push(para(l, v, { bold: true, center: true }));
  for (const l of doc.body) parts.push(para(l, v));
  parts.push(tableXml([[{ text: doc.signature[0].join("\n") }, { text: doc.signature[1].join("\n") }]], v, 2));
  parts.push(pageBreak);
  const [label, ...title] = doc.appendixHead;
  if (v.titleInTextBox) parts.push(textBox([label, ...title], v));
  else for (const l of doc.appendixHead) parts.push(para(l, v, { bold: true, center: true }));
  const every = v.splitEvery ?? doc.rows.length;
  const tables: string[] = [];
  for (let at = 0; at < doc.rows.length; at += every) {
    let chunk = doc.rows.slice(at, at + every);
    // A split table starts again: a "Trong đó" merge cannot continue across it.
    if (chunk[0]?.some((c) => c.vMerge === "continue")) chunk = [chunk[0].map((c) => (c.vMerge === "continue" ? { ...c, text: "Trong đó", vMerge: "restart" as const } : c)), ...chunk.slice(1)];
    const withHeading = at === 0 || v.repeatHeading !== false;
    tables.push(tableXml(withHeading ? [...doc.heading, ...chunk] : chunk, v, grid, withHeading ? doc.heading.length : 0));
  }
  const appendix = tables.join(pageBreak);
  parts.push(
    v.nested
      ? `<w:tbl><w:tblPr><w:tblW w:w="9200" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="9200"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9200" w:type="dxa"/></w:tcPr>${appendix}<w:p/></w:tc></w:tr></w:tbl>`
      : appendix,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps">' +
    `<w:body>${parts.join("")}<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr></w:body></w:document>`
  );
}

/** A .docx package around documentXml (the parts Word needs to open it). */
export async function handmadeDocx(doc: PrintedDocument, v: Variation = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file("word/document.xml", documentXml(doc, v));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The printed report as HTML (rowspan/colspan), for LibreOffice to turn into a .docx its own way. */
export function documentHtml(doc: PrintedDocument): string {
  const p = (t: string, tag = "p") => `<${tag}>${t.split("\n").map(esc).join("<br>")}</${tag}>`;
  const heading = doc.heading
    .map(
      (r) =>
        `<tr>${r
          .filter((c) => c.vMerge !== "continue")
          .map((c) => `<th${c.span ? ` colspan="${c.span}"` : ""}${c.vMerge === "restart" ? ` rowspan="${doc.heading.length}"` : ""}>${esc(c.text)}</th>`)
          .join("")}</tr>`,
    )
    .join("");
  const spanDown = (r: number, c: number) => {
    let n = 1;
    while (doc.rows[r + n]?.[c]?.vMerge === "continue") n++;
    return n;
  };
  const rows = doc.rows
    .map(
      (r, ri) =>
        `<tr>${r.map((c, ci) => (c.vMerge === "continue" ? "" : `<td${c.vMerge === "restart" ? ` rowspan="${spanDown(ri, ci)}"` : ""}>${c.text.split("\n").map(esc).join("<br>")}</td>`)).join("")}</tr>`,
    )
    .join("");
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>báo cáo</title></head><body>` +
    `<table border="0"><tr><td>${doc.headerLeft.map(esc).join("<br>")}</td><td>${doc.headerRight.map(esc).join("<br>")}</td></tr></table>` +
    p(doc.docName) +
    doc.trichYeu.map((l) => p(l)).join("") +
    doc.body.map((l) => p(l)).join("") +
    `<table border="0"><tr><td>${doc.signature[0].map(esc).join("<br>")}</td><td>${doc.signature[1].map(esc).join("<br>")}</td></tr></table>` +
    doc.appendixHead.map((l) => p(l)).join("") +
    `<table border="1">${heading}${rows}</table></body></html>`
  );
}
