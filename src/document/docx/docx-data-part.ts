/**
 * The report's data part inside a .docx package: found when the file is opened, rewritten on
 * every change, and created (with its properties part and the document's relationship to it)
 * when the file has none yet. The relationship and content type are added once, on saving.
 */
import type { ReportData } from "../../core/model/report-data";
import { DATA_PART_NS, dataPartXml, DataPartRead, parseDataPartXml } from "../data-part";
import { NS, REL, serialize } from "../ooxml/dom";
import { children } from "./docx-controls";
import { DocxPackage, parseXmlPart } from "./read-docx";
import { itemPropsXml, relationships } from "./write-docx";

export class DocxDataPart {
  private pending: { target: string; props: string }[] = [];

  private constructor(
    private readonly pkg: DocxPackage,
    private name: string | null,
    /** What the part holds: absent (null), readable, or damaged. */
    public read: DataPartRead | null,
  ) {}

  /** The package's data part: the first customXml item in our namespace. */
  static async find(pkg: DocxPackage): Promise<DocxDataPart> {
    for (const name of pkg.names().filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
      const text = await pkg.text(name);
      if (text.includes(DATA_PART_NS)) return new DocxDataPart(pkg, name, parseDataPartXml(text));
    }
    return new DocxDataPart(pkg, null, null);
  }

  /** The readable part, or null (absent or damaged). */
  get ok(): Extract<DataPartRead, { status: "ok" }> | null {
    return this.read?.status === "ok" ? this.read : null;
  }

  /** Writes the data part (creating it, its properties and relationships when the file has none). */
  write(data: ReportData, typed: ReadonlySet<string> = new Set(), expected?: ReadonlySet<string>): void {
    if (!this.name) {
      let n = 1;
      while (this.pkg.has(`customXml/item${n}.xml`)) n++;
      this.name = `customXml/item${n}.xml`;
      this.pkg.put(`customXml/itemProps${n}.xml`, itemPropsXml());
      this.pkg.put(`customXml/_rels/item${n}.xml.rels`, relationships([{ id: "rId1", type: REL.customXmlProps, target: `itemProps${n}.xml` }]));
      this.pending.push({ target: `../customXml/item${n}.xml`, props: `/customXml/itemProps${n}.xml` });
    }
    this.pkg.put(this.name, dataPartXml(data, typed, expected));
    this.read = { status: "ok", data, typed, ...(expected ? { expected } : {}) };
  }

  /** Before saving: the document's relationship to a part created here, and its content type. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const relsName = "word/_rels/document.xml.rels";
    const rels = parseXmlPart(relsName, this.pkg.has(relsName) ? await this.pkg.text(relsName) : `<Relationships xmlns="${NS.rel}"/>`);
    const types = parseXmlPart("[Content_Types].xml", await this.pkg.text("[Content_Types].xml"));
    for (const p of this.pending) {
      const ids = new Set(children(rels.documentElement!).map((r) => r.getAttribute("Id")));
      let i = 1;
      while (ids.has(`rIdCchc${i}`)) i++;
      const r = rels.createElementNS(NS.rel, "Relationship");
      r.setAttribute("Id", `rIdCchc${i}`);
      r.setAttribute("Type", REL.customXml);
      r.setAttribute("Target", p.target);
      rels.documentElement!.appendChild(r);
      const o = types.createElementNS(NS.ct, "Override");
      o.setAttribute("PartName", p.props);
      o.setAttribute("ContentType", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
      types.documentElement!.appendChild(o);
    }
    this.pkg.put(relsName, serialize(rels));
    this.pkg.put("[Content_Types].xml", serialize(types));
    this.pending = [];
  }
}
