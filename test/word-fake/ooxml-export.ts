/**
 * What Word gives for `Body.getOoxml()` (WordApi 1.1, learn.microsoft.com Word.Body:
 * "Gets the OOXML (Office Open XML) representation of the body object"): a Flat OPC
 * package (pkg:package) with /_rels/.rels naming the main document part, the
 * document part holding the body, and the styles part it relates to — the same shape
 * `insertOoxml` takes (./ooxml-import.ts), as "Create better add-ins for Word with
 * Office Open XML" describes (learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 *
 * The fake writes what its model holds: paragraphs (style, runs bold/italic, tabs,
 * line and page breaks, a section break's w:sectPr), inline and block controls
 * (w:alias, w:tag, w:lock), tables (grid, spans, vertical merges, header rows). What
 * the model does not hold (direct formatting, images…) is not invented.
 */
import type { Block, BlockControl, InlineControl, Paragraph, StyleDef, Table, TextPart } from "./model";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function runs(text: string, font?: TextPart["font"]): string {
  const rPr = font?.bold || font?.italic ? `<w:rPr>${font.bold ? "<w:b/>" : ""}${font.italic ? "<w:i/>" : ""}</w:rPr>` : "";
  const inner = text
    .split(/(\t|\v)/)
    .filter((s) => s !== "")
    .map((s) => (s === "\t" ? "<w:tab/>" : s === "\v" ? "<w:br/>" : `<w:t xml:space="preserve">${esc(s)}</w:t>`))
    .join("");
  return `<w:r>${rPr}${inner}</w:r>`;
}

function sdtPr(c: InlineControl | BlockControl): string {
  const lock = c.cannotEdit && c.cannotDelete ? "sdtContentLocked" : c.cannotEdit ? "contentLocked" : c.cannotDelete ? "sdtLocked" : "";
  return (
    `<w:sdtPr><w:alias w:val="${esc(c.title)}"/><w:tag w:val="${esc(c.tag)}"/>` +
    (lock ? `<w:lock w:val="${lock}"/>` : "") +
    (c.color ? `<w15:color w:val="${esc(c.color)}"/>` : "") +
    (c.type === "PlainText" ? "<w:text/>" : "") +
    "</w:sdtPr>"
  );
}

function paragraph(p: Paragraph): string {
  const sect = p.sectionBreak
    ? `<w:sectPr>${p.sectionBreak.orientation === "Landscape" ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' : ""}${p.sectionBreak.differentFirstPage ? "<w:titlePg/>" : ""}</w:sectPr>`
    : "";
  const pPr = p.style || sect ? `<w:pPr>${p.style ? `<w:pStyle w:val="${esc(p.style)}"/>` : ""}${sect}</w:pPr>` : "";
  const parts = p.parts
    .map((x) =>
      x.kind === "cc"
        ? `<w:sdt>${sdtPr(x)}<w:sdtContent>${runs(x.text)}</w:sdtContent></w:sdt>`
        : x.field
          ? `<w:fldSimple w:instr=" ${esc(x.field)} ">${runs(x.text, x.font)}</w:fldSimple>`
          : runs(x.text, x.font),
    )
    .join("");
  return `<w:p>${pPr}${parts}${p.pageBreak ? '<w:r><w:br w:type="page"/></w:r>' : ""}</w:p>`;
}

function table(t: Table): string {
  const columns = Math.max(...t.rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));
  const borders = t.borders === "none" ? `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map((b) => `<w:${b} w:val="nil"/>`).join("")}</w:tblBorders>` : "";
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(columns)}</w:tblGrid>`;
  const rows = t.rows
    .map((r, i) => {
      const trPr = i < t.headerRowCount ? "<w:trPr><w:tblHeader/></w:trPr>" : "";
      const cells = r
        .map((c) => {
          const tcPr =
            c.span || c.vMerge ? `<w:tcPr>${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ""}${c.vMerge ? (c.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>") : ""}</w:tcPr>` : "";
          return `<w:tc>${tcPr}${blocks(c.blocks)}</w:tc>`;
        })
        .join("");
      return `<w:tr>${trPr}${cells}</w:tr>`;
    })
    .join("");
  return `<w:tbl><w:tblPr>${borders}</w:tblPr>${grid}${rows}</w:tbl>`;
}

function blocks(list: readonly Block[]): string {
  return list.map((b) => (b.kind === "p" ? paragraph(b) : b.kind === "table" ? table(b) : `<w:sdt>${sdtPr(b)}<w:sdtContent>${blocks(b.blocks)}</w:sdtContent></w:sdt>`)).join("");
}

function styles(defs: Iterable<StyleDef>): string {
  const each = [...defs].map((s) => `<w:style w:type="paragraph" w:styleId="${esc(s.id)}"><w:name w:val="${esc(s.name)}"/></w:style>`).join("");
  return `<w:styles xmlns:w="${W}">${each}</w:styles>`;
}

const part = (name: string, type: string, xml: string) => `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

/** The body as Word's getOoxml gives it: a Flat OPC package. */
export function exportOoxml(body: readonly Block[], styleDefs: Iterable<StyleDef>): string {
  const document = `<w:document xmlns:w="${W}" xmlns:w15="${W15}"><w:body>${blocks(body)}<w:sectPr/></w:body></w:document>`;
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="${PKG}">` +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", document) +
    part(
      "/word/_rels/document.xml.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ) +
    part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", styles(styleDefs)) +
    "</pkg:package>"
  );
}
