/**
 * The .docx renderer: the same document as the Word renderer, produced and read
 * without Word (LibreOffice users, batch work at the Sở Nội vụ, headless tests).
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { dataAsShown, interpretControls, ReadResult, sectionPlaceholders } from "../controls";
import { DATA_PART_NS, dataPartXml, DataPartRead, parseDataPartXml } from "../data-part";
import { decideFill, decideHeaderFill, decideTextFill, FillDecision, fillResult, recordAfterWrite } from "../fill-plan";
import { planAppendix, planReport, valuePlaceholder } from "../plan/build-plan";
import { shownOrPlaceholder } from "../../core/placeholders";
import { keyOf, tagOf } from "../plan/tags";
import type { DocumentPlan, TableBlock } from "../plan/types";
import type { FillOptions, FillResult, ReportDocument } from "../report-document";
import { child, children, listControls, runsText, setBlockText, setInlineText, setMark, setSectionText } from "./docx-controls";
import { DocxLimits, DocxPackage, parseXmlPart } from "./read-docx";
import { DOCUMENT_PART, docxParts, itemPropsXml, relationships, zipParts } from "./write-docx";
import { NS, REL, serialize } from "../ooxml/dom";
import { BodyWriter } from "../ooxml/body-writer";
import { PreviewBlock, previewBody } from "./preview";
import { adoptDocument, Adopted, adoptedTyped } from "./adopt";
import { repairAppendixRows, repairSections } from "./repair";
import { dataPartWithout, isHeadingOf, SectionRemoval, sectionRemoval } from "../remove-section";
import { HandmadeGiven, HandmadeRead, readHandmade } from "../handmade/read-handmade";
import { domBody } from "./dom-body";

export const MARK_COLOR = "C4262E";

/** What changed: the content (insert, fill, marks, repair), or the selection (a control was selected). */
export type DocxChange = { kind: "content" } | { kind: "selection"; tag: string; find?: string };

export class DocxReportDocument implements ReportDocument {
  private constructor(
    private readonly pkg: DocxPackage,
    private readonly doc: Document,
    private dataPartName: string | null,
    private dataPart: DataPartRead | null,
  ) {}

  private readonly listeners = new Set<(change: DocxChange) => void>();

  /** Told after every change of content and every selection (the workbench's preview follows); returns the way to stop. */
  onChange(listener: (change: DocxChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private changed(change: DocxChange): void {
    this.listeners.forEach((l) => l(change));
  }

  /** A new .docx holding the whole report. */
  static async create(template: Template, data: ReportData): Promise<DocxReportDocument> {
    return DocxReportDocument.open(await DocxReportDocument.write(template, data));
  }

  /** The bytes of a new .docx holding the whole report, written once (`cchc new`: nothing is read back). */
  static async write(template: Template, data: ReportData): Promise<Uint8Array> {
    const shown = dataAsShown(template, data);
    return zipParts(docxParts(planReport({ template, data: shown }), shown));
  }

  static async open(bytes: Uint8Array, limits?: DocxLimits): Promise<DocxReportDocument> {
    const pkg = await DocxPackage.open(bytes, limits);
    const doc = await pkg.xml(DOCUMENT_PART);
    let dataPartName: string | null = null;
    let dataPart: DataPartRead | null = null;
    for (const name of pkg.names().filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
      const text = await pkg.text(name);
      if (!text.includes(DATA_PART_NS)) continue;
      dataPartName = name;
      dataPart = parseDataPartXml(text);
      break;
    }
    return new DocxReportDocument(pkg, doc, dataPartName, dataPart);
  }

  private get body(): Element {
    const body = this.doc.getElementsByTagNameNS(NS.w, "body").item(0);
    if (!body) throw new Error("word/document.xml has no body");
    return body as Element;
  }

  private appendBlocks(plan: DocumentPlan): void {
    const sectPr = child(this.body, "sectPr");
    const writer = new BodyWriter(this.doc, { finalSection: sectPr ?? undefined });
    for (const block of plan.blocks) {
      for (const e of writer.block(block)) this.body.insertBefore(e, sectPr);
    }
  }

  /** Writes the data part (creating it, its properties and relationships when the file has none). */
  private writeDataPart(data: ReportData, typed: ReadonlySet<string> = new Set(), expected?: ReadonlySet<string>): void {
    const xml = dataPartXml(data, typed, expected);
    if (!this.dataPartName) {
      let n = 1;
      while (this.pkg.has(`customXml/item${n}.xml`)) n++;
      this.dataPartName = `customXml/item${n}.xml`;
      this.pkg.put(`customXml/itemProps${n}.xml`, itemPropsXml());
      this.pkg.put(`customXml/_rels/item${n}.xml.rels`, relationships([{ id: "rId1", type: REL.customXmlProps, target: `itemProps${n}.xml` }]));
      this.pendingRels.push({ target: `../customXml/item${n}.xml`, props: `/customXml/itemProps${n}.xml` });
    }
    this.pkg.put(this.dataPartName, xml);
    this.dataPart = { status: "ok", data, typed, ...(expected ? { expected } : {}) };
  }
  private pendingRels: { target: string; props: string }[] = [];

  private async flushRels(): Promise<void> {
    if (this.pendingRels.length === 0) return;
    const relsName = "word/_rels/document.xml.rels";
    const rels = parseXmlPart(relsName, this.pkg.has(relsName) ? await this.pkg.text(relsName) : `<Relationships xmlns="${NS.rel}"/>`);
    const types = parseXmlPart("[Content_Types].xml", await this.pkg.text("[Content_Types].xml"));
    for (const p of this.pendingRels) {
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
    this.pendingRels = [];
  }

  async insertReport(plan: DocumentPlan, data: ReportData): Promise<void> {
    this.appendBlocks(plan);
    this.writeDataPart(data);
    this.changed({ kind: "content" });
  }

  async replaceReport(plan: DocumentPlan, data: ReportData): Promise<void> {
    // A report whose appendix turned the final section (landscape) had its own section in the first break: it comes back.
    const firstBreak = children(this.body, "p")
      .map((p) => child(p, "pPr"))
      .map((pPr) => pPr && child(pPr, "sectPr"))
      .find((s) => s);
    const finalSection = child(this.body, "sectPr");
    if (firstBreak && finalSection) this.body.replaceChild(firstBreak.cloneNode(true), finalSection);
    const sectPr = child(this.body, "sectPr");
    for (const node of children(this.body)) if (node !== sectPr) this.body.removeChild(node);
    await this.insertReport(plan, data);
  }

  async insertAppendix(plan: DocumentPlan, data: ReportData): Promise<void> {
    this.body.insertBefore(new BodyWriter(this.doc).pageBreak(), child(this.body, "sectPr"));
    this.appendBlocks(plan);
    this.writeDataPart(data);
    this.changed({ kind: "content" });
  }

  /** A .docx has no cursor: the table goes at the end of the document. */
  async insertTableAtCursor(plan: DocumentPlan): Promise<void> {
    this.appendBlocks(plan);
    this.changed({ kind: "content" });
  }

  /** The first control of each key of a kind (value, section), with its text, from one pass over the document. */
  private controlsOf(kind: "value" | "section" | "note" | "header"): Map<string, { element: Element; text: string }> {
    const map = new Map<string, { element: Element; text: string }>();
    for (const c of listControls(this.doc)) {
      const key = keyOf(c.tag, c.title);
      if (key?.kind === kind && !map.has(key.key)) map.set(key.key, { element: c.element, text: c.text });
    }
    return map;
  }

  async fillValues(template: Template, values: Readonly<Record<string, string | number>>, options?: FillOptions): Promise<FillResult> {
    return this.fillControls(
      template,
      "value",
      (current, part) => decideFill(template, current, part?.data.values, values, options, part?.typed),
      (element, text, part, code) => setInlineText(this.doc, element, shownOrPlaceholder(text, part ? valuePlaceholder(template, code, part.data.agency.level) : undefined)),
    );
  }

  async fillSections(template: Template, texts: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return this.fillControls(
      template,
      "section",
      (current, part) => decideTextFill("section", current, sectionPlaceholders(part?.data ?? null), part?.data.sections, texts, options, part?.typed),
      (element, text, part, id) => setSectionText(this.doc, element, shownOrPlaceholder(text, sectionPlaceholders(part?.data ?? null).get(id))),
    );
  }

  async fillNotes(template: Template, notes: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return this.fillControls(
      template,
      "note",
      (current, part) => decideTextFill("note", current, new Map(), part?.data.notes, notes, options, part?.typed),
      (element, text) => setInlineText(this.doc, element, shownOrPlaceholder(text)),
    );
  }

  async fillHeader(template: Template, fields: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return this.fillControls(
      template,
      "header",
      (current, part) => decideHeaderFill(current, part?.data.header, fields, options, part?.typed),
      (element, text) => setInlineText(this.doc, element, text),
    );
  }

  /** Filling controls of one kind: decide against their texts and the data part, write, keep the data part in step. */
  private async fillControls(
    template: Template,
    kind: "value" | "section" | "note" | "header",
    decide: (current: ReadonlyMap<string, string>, part: Extract<DataPartRead, { status: "ok" }> | null) => FillDecision,
    write: (element: Element, text: string, part: Extract<DataPartRead, { status: "ok" }> | null, key: string) => void,
  ): Promise<FillResult> {
    const controls = this.controlsOf(kind);
    const part = this.dataPart?.status === "ok" ? this.dataPart : null;
    const decision = decide(new Map([...controls].map(([key, c]) => [key, c.text])), part);
    for (const [key, text] of decision.writes) write(controls.get(key)!.element, text, part, key);
    this.syncDataPart(template, new Set([...decision.writes.keys()].map((key) => tagOf(kind, key))));
    if (decision.writes.size > 0) this.changed({ kind: "content" });
    return fillResult(decision);
  }

  /** Keeps the data part in step with what the controls now show, remembering what the officer typed. */
  private syncDataPart(template: Template, written: ReadonlySet<string>): void {
    if (this.dataPart?.status !== "ok") return;
    const next = recordAfterWrite(template, this.dataPart, interpretControls(listControls(this.doc), null, template), written);
    this.writeDataPart(next.data, next.typed, this.dataPart.expected);
  }

  /**
   * Takes a report typed by hand over (./adopt.ts): our controls around what was recognised, and the
   * data part, which lists the controls made. Refused (AdoptError) when the report is not recognised.
   */
  adopt(templates: readonly Template[], given: HandmadeGiven = {}): Adopted {
    const adopted = adoptDocument(this.doc, templates, given);
    this.writeDataPart(adopted.data, adoptedTyped(adopted.data), new Set(adopted.made));
    this.changed({ kind: "content" });
    return adopted;
  }

  /** The document read as a report typed by hand (../handmade/read-handmade.ts), without changing it. */
  readAsHandmade(templates: readonly Template[], given: HandmadeGiven = {}): HandmadeRead {
    return readHandmade(domBody(this.doc), templates, given);
  }

  /** Whether the document is one of ours: a data part, or any of our controls. */
  isStructured(): boolean {
    return this.dataPart !== null || listControls(this.doc).some((c) => keyOf(c.tag, c.title) !== null);
  }

  async read(template?: Template): Promise<ReadResult> {
    return interpretControls(listControls(this.doc), this.dataPart, template);
  }

  async removeSection(template: Template, id: string): Promise<SectionRemoval> {
    const read = await this.read(template);
    const part = this.dataPart?.status === "ok" ? this.dataPart : null;
    if (!part) return { status: "refused", reason: "absent" };
    const controls = listControls(this.doc);
    const headingControl = controls.find(isHeadingOf(id));
    const heading = headingControl && !headingControl.block ? { control: headingControl.text, paragraph: runsText(headingControl.element.parentNode as Element) } : undefined;
    const removal = sectionRemoval(part.data, id, read.present, read.sections, heading);
    if (removal.status !== "remove") return removal;
    const gone = new Set(removal.tags);
    for (const c of controls) {
      const k = keyOf(c.tag, c.title);
      if (!k || !gone.has(tagOf(k.kind, k.key))) continue;
      // A heading is an inline control: its paragraph goes; a section is a block control.
      const node = c.block ? c.element : (c.element.parentNode as Element);
      node.parentNode?.removeChild(node);
    }
    const next = dataPartWithout(part, id, removal.tags);
    this.writeDataPart(next.data, new Set(next.typed), next.expected ? new Set(next.expected) : undefined);
    this.changed({ kind: "content" });
    return removal;
  }

  /** A .docx has no view: selecting finds the control and tells the listeners which one. */
  async select(tag: string, find?: string): Promise<boolean> {
    const target = keyOf(tag, null);
    const control = listControls(this.doc).find((c) => {
      const k = keyOf(c.tag, c.title);
      return !!k && !!target && k.kind === target.kind && k.key === target.key;
    });
    if (control) this.changed({ kind: "selection", tag, find: find && control.text.replace(/\s+/g, " ").includes(find) ? find : undefined });
    return !!control;
  }

  async mark(tags: readonly string[]): Promise<void> {
    const wanted = new Set(tags);
    for (const c of listControls(this.doc)) {
      const k = keyOf(c.tag, c.title);
      setMark(this.doc, c.element, k && wanted.has(tagOf(k.kind, k.key)) ? MARK_COLOR : null);
    }
    this.changed({ kind: "content" });
  }

  async unmark(): Promise<void> {
    await this.mark([]);
  }

  async repair(template: Template): Promise<string[]> {
    const read = await this.read(template);
    if (read.missing.length === 0 || this.dataPart?.status !== "ok") return [];
    const data = this.dataPart.data;
    const repaired: string[] = [];
    const plan = read.missing.some((t) => /^cchc:(section|heading|header):/.test(t)) ? planReport({ template, data }) : planAppendix({ template, data });
    const table = plan.blocks.find((b): b is TableBlock => b.type === "table" && b.style === "grid");
    // A report taken over has the officer's own table, not the plan's rows and columns: not refilled from the plan.
    if (table && !this.dataPart.expected) repaired.push(...repairAppendixRows(this.doc, table, new Set(read.missing)));
    repaired.push(...repairSections(this.doc, plan, new Set(read.missing)));
    if (repaired.length > 0) this.changed({ kind: "content" });
    return repaired;
  }

  async isBlank(): Promise<boolean> {
    const text = this.body.getElementsByTagNameNS(NS.w, "t");
    for (let i = 0; i < text.length; i++) if ((text.item(i)!.textContent ?? "").trim() !== "") return false;
    return this.body.getElementsByTagNameNS(NS.w, "tbl").length === 0;
  }

  /**
   * Changes a control's text the way an officer typing in Word would: the data part is not told.
   * For the self-test (a fill over a value typed in the document must be a conflict); false when no such control.
   */
  editControl(tag: string, text: string): boolean {
    const target = keyOf(tag, null);
    const c = listControls(this.doc).find((x) => {
      const k = keyOf(x.tag, x.title);
      return !!k && !!target && k.kind === target.kind && k.key === target.key;
    });
    if (!c) return false;
    if (c.block) setBlockText(this.doc, c.element, text);
    else setInlineText(this.doc, c.element, text);
    this.changed({ kind: "content" });
    return true;
  }

  /** A read-only outline of the body, for the workbench's preview. */
  preview(): PreviewBlock[] {
    return previewBody(this.doc);
  }

  async save(): Promise<Uint8Array> {
    await this.flushRels();
    this.pkg.put(DOCUMENT_PART, serialize(this.doc));
    return this.pkg.bytes();
  }
}
