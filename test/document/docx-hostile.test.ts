import JSZip from "jszip";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { DEFAULT_LIMITS, DocxError, RawInflate, useNativeInflate } from "../../src/document/docx/read-docx";
import { nodeInflate } from "../../src/cli/native-inflate";
import { docxBytes } from "./docx-helpers";
import { declaresDoctype, NS } from "../../src/document/ooxml/dom";

async function failure(bytes: Uint8Array): Promise<DocxError> {
  try {
    await DocxReportDocument.open(bytes);
  } catch (e) {
    if (e instanceof DocxError) return e;
    throw e;
  }
  throw new Error("opened a hostile file");
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [k, v] of Object.entries(files)) zip.file(k, v);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// The same refusals with either inflater: jszip's (the workbench) and Node's zlib (the command line).
describe.each<[string, RawInflate | null]>([
  ["jszip's inflater", null],
  ["Node's zlib (the command line)", nodeInflate],
])("hostile .docx input gets a clear error, with %s", (_, inflater) => {
  beforeAll(() => useNativeInflate(inflater));
  afterAll(() => useNativeInflate(null));

  it("a deflated part whose bytes were damaged", async () => {
    const bytes = await docxBytes();
    const zip = await JSZip.loadAsync(bytes);
    const size = (zip.file("word/document.xml") as unknown as { _data: { compressedSize: number } })._data.compressedSize;
    // Damage a byte in the middle of document.xml's compressed data (it follows its local header and name).
    const at = Buffer.from(bytes).indexOf(Buffer.from("word/document.xml")) + "word/document.xml".length + Math.floor(size / 2);
    const damaged = bytes.slice();
    damaged[at] ^= 0xff;
    const e = await failure(damaged);
    expect(["truncated", "corrupt-part", "bad-xml"]).toContain(e.code);
  });

  it("a truncated file", async () => {
    const bytes = await docxBytes();
    const e = await failure(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(["truncated", "not-zip"]).toContain(e.code);
    expect(e.message).toMatch(/bị hỏng/);
  });

  it("something that is not a zip at all", async () => {
    const e = await failure(new TextEncoder().encode("%PDF-1.4 không phải docx"));
    expect(e.code).toBe("not-zip");
  });

  it("a zip bomb: document.xml inflating far past the limit is stopped while inflating", async () => {
    const huge = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"a".repeat(40 * 1024 * 1024)}</w:body></w:document>`;
    const bytes = await zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": huge });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const e = await failure(bytes);
    expect(e.code).toBe("part-too-big");
    expect(e.message).toContain("word/document.xml");
  });

  it("50 MB of text in the document body", async () => {
    const e = await failure(await zipOf({ "word/document.xml": "x".repeat(50 * 1024 * 1024) }));
    expect(e.code).toBe("part-too-big");
  });

  it("XML with a DOCTYPE or entities (billion laughs) is refused before parsing", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    const e = await failure(await zipOf({ "word/document.xml": xml }));
    expect(e.code).toBe("doctype");
  });

  it("a DOCTYPE or entity is found in any letter case, after comments and CDATA; comments and CDATA alone are not one", () => {
    const body = `<w:document xmlns:w="${NS.w}"><w:body/></w:document>`;
    expect(declaresDoctype(`<?xml version="1.0"?><!doctype x>${body}`)).toBe(true);
    expect(declaresDoctype(`<!-- a comment --><!DocType x [<!ENTITY a "b">]>${body}`)).toBe(true);
    expect(declaresDoctype(`${body}<!ENTITY a "b">`)).toBe(true);
    expect(declaresDoctype(`<!-- <!x --><w:document xmlns:w="${NS.w}"><w:body><w:p><w:r><w:t><![CDATA[<!DOC]]></w:t></w:r></w:p></w:body></w:document>`)).toBe(false);
    expect(declaresDoctype(body)).toBe(false);
    expect(declaresDoctype("<!")).toBe(false);
  });

  it("in text read in pieces (DocxPackage.textPieces), a DOCTYPE or entity cut anywhere between two pieces is found", () => {
    const body = `<w:document xmlns:w="${NS.w}"><w:body/></w:document>`;
    // Each declaration once: a second one left whole would be found without looking at the seams.
    for (const declaration of ["<!DOCTYPE x>", '<!ENTITY a "b">', "<!doctype x>"]) {
      const xml = `${"<w:p/>".repeat(5)}${declaration}${body}`;
      const start = xml.indexOf("<!");
      for (let cut = start - 1; cut <= start + 10; cut++) expect([cut, declaresDoctype([xml.slice(0, cut), xml.slice(cut)])]).toEqual([cut, true]);
    }
    expect(declaresDoctype([body.slice(0, 20), body.slice(20)])).toBe(false);
    // Pieces of one to three characters (a stream may give any size): a declaration across several of them.
    for (const size of [1, 2, 3]) {
      const xml = `<w:p/><!DOCTYPE x>${body}`;
      const pieces = Array.from({ length: Math.ceil(xml.length / size) }, (_, i) => xml.slice(i * size, i * size + size));
      expect([size, declaresDoctype(pieces), declaresDoctype(["", ...pieces.flatMap((p) => [p, ""])])]).toEqual([size, true, true]);
      expect(declaresDoctype(Array.from(body))).toBe(false);
    }
  });

  it("a zip without word/document.xml", async () => {
    const e = await failure(await zipOf({ "hello.txt": "xin chào" }));
    expect(e.code).toBe("missing-part");
    expect(e.message).toContain("word/document.xml");
  });

  it("broken XML", async () => {
    const e = await failure(await zipOf({ "word/document.xml": "<w:document><w:body>" }));
    expect(e.code).toBe("bad-xml");
  });

  it("a file over the size limit is refused before unzipping", async () => {
    const e = await failure(new Uint8Array(31 * 1024 * 1024));
    expect(e.code).toBe("too-big");
  });
});

describe("editing is bounded below reading", () => {
  it("a document.xml past the editing limit is refused for editing (a DOM takes ~80× its size), with what still works", async () => {
    const bytes = await docxBytes();
    const e = await DocxReportDocument.open(bytes, { ...DEFAULT_LIMITS, maxEditBytes: 10_000 }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(DocxError);
    expect((e as DocxError).code).toBe("too-big-to-edit");
    expect((e as DocxError).message).toMatch(/^Thành phần word\/document\.xml quá lớn để sửa trong công cụ \(.* MB; giới hạn 0 MB\)\. Công cụ vẫn đọc và kiểm tra được văn bản này/);
  });
});
