/**
 * The .docx renderer: the same document as the Word renderer, produced and read
 * without Word (LibreOffice users, batch work at the Sở Nội vụ, headless tests).
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { dataAsShown, interpretControls, ReadResult } from "../controls";
import { planAppendix, planReport } from "../plan/build-plan";
import { keyOf, tagOf } from "../plan/tags";
import type { DocumentPlan, TableBlock } from "../plan/types";
import type { FillOptions, FillResult, ReportDocument } from "../report-document";
import { child, children, listControls, runsText } from "./docx-controls";
import { DocxLimits, DocxPackage } from "./read-docx";
import { DOCUMENT_PART, docxParts, zipParts } from "./write-docx";
import { NS, serialize } from "../ooxml/dom";
import { BodyWriter } from "../ooxml/body-writer";
import type { PreviewBlock } from "./preview";
import { DocxDataPart } from "./docx-data-part";
import { DocxFill, fillDocxHeader, fillDocxNotes, fillDocxSections, fillDocxValues } from "./docx-fill";
import { DocxChange, DocxView } from "./docx-view";
import { adoptDocument, Adopted, adoptedTyped } from "./adopt";
import { repairAppendixRows, repairSections } from "./repair";
import { dataPartWithout, isHeadingOf, SectionRemoval, sectionRemoval } from "../remove-section";
import { HandmadeGiven, HandmadeRead, readHandmade } from "../handmade/read-handmade";
import { domBody } from "./dom-body";

export { MARK_COLOR } from "./docx-view";
export type { DocxChange } from "./docx-view";

export class DocxReportDocument implements ReportDocument {
  /** Who is told of changes, selection, marks and the preview (./docx-view.ts). */
  private readonly view: DocxView;

  private constructor(
    private readonly pkg: DocxPackage,
    private readonly doc: Document,
    private readonly part: DocxDataPart,
  ) {
    this.view = new DocxView(doc);
  }

  /** Told after every change of content and every selection (the workbench's preview follows); returns the way to stop. */
  onChange(listener: (change: DocxChange) => void): () => void {
    return this.view.onChange(listener);
  }

  private changed(change: DocxChange): void {
    this.view.changed(change);
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
    return new DocxReportDocument(pkg, doc, await DocxDataPart.find(pkg));
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

  async insertReport(plan: DocumentPlan, data: ReportData): Promise<void> {
    this.appendBlocks(plan);
    this.part.write(data);
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
    this.part.write(data);
    this.changed({ kind: "content" });
  }

  /** A .docx has no cursor: the table goes at the end of the document. */
  async insertTableAtCursor(plan: DocumentPlan): Promise<void> {
    this.appendBlocks(plan);
    this.changed({ kind: "content" });
  }

  async fillValues(template: Template, values: Readonly<Record<string, string | number>>, options?: FillOptions): Promise<FillResult> {
    return this.filled(fillDocxValues(this.doc, this.part, template, values, options));
  }

  async fillSections(template: Template, texts: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return this.filled(fillDocxSections(this.doc, this.part, template, texts, options));
  }

  async fillNotes(template: Template, notes: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return this.filled(fillDocxNotes(this.doc, this.part, template, notes, options));
  }

  async fillHeader(template: Template, fields: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return this.filled(fillDocxHeader(this.doc, this.part, template, fields, options));
  }

  private filled({ result, wrote }: DocxFill): FillResult {
    if (wrote) this.changed({ kind: "content" });
    return result;
  }

  /**
   * Takes a report typed by hand over (./adopt.ts): our controls around what was recognised, and the
   * data part, which lists the controls made. Refused (AdoptError) when the report is not recognised.
   */
  adopt(templates: readonly Template[], given: HandmadeGiven = {}): Adopted {
    const adopted = adoptDocument(this.doc, templates, given);
    this.part.write(adopted.data, adoptedTyped(adopted.data), new Set(adopted.made));
    this.changed({ kind: "content" });
    return adopted;
  }

  /** The document read as a report typed by hand (../handmade/read-handmade.ts), without changing it. */
  readAsHandmade(templates: readonly Template[], given: HandmadeGiven = {}): HandmadeRead {
    return readHandmade(domBody(this.doc), templates, given);
  }

  /** Whether the document is one of ours: a data part, or any of our controls. */
  isStructured(): boolean {
    return this.part.read !== null || listControls(this.doc).some((c) => keyOf(c.tag, c.title) !== null);
  }

  async read(template?: Template): Promise<ReadResult> {
    return interpretControls(listControls(this.doc), this.part.read, template);
  }

  async removeSection(template: Template, id: string): Promise<SectionRemoval> {
    const read = await this.read(template);
    const part = this.part.ok;
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
    this.part.write(next.data, new Set(next.typed), next.expected ? new Set(next.expected) : undefined);
    this.changed({ kind: "content" });
    return removal;
  }

  /** A .docx has no view: selecting finds the control and tells the listeners which one. */
  async select(tag: string, find?: string): Promise<boolean> {
    return this.view.select(tag, find);
  }

  async mark(tags: readonly string[]): Promise<void> {
    this.view.mark(tags);
  }

  async unmark(): Promise<void> {
    this.view.mark([]);
  }

  async repair(template: Template): Promise<string[]> {
    const read = await this.read(template);
    const part = this.part.ok;
    if (read.missing.length === 0 || !part) return [];
    const data = part.data;
    const repaired: string[] = [];
    const plan = read.missing.some((t) => /^cchc:(section|heading|header):/.test(t)) ? planReport({ template, data }) : planAppendix({ template, data });
    const table = plan.blocks.find((b): b is TableBlock => b.type === "table" && b.style === "grid");
    // A report taken over has the officer's own table, not the plan's rows and columns: not refilled from the plan.
    if (table && !part.expected) repaired.push(...repairAppendixRows(this.doc, table, new Set(read.missing)));
    repaired.push(...repairSections(this.doc, plan, new Set(read.missing)));
    if (repaired.length > 0) this.changed({ kind: "content" });
    return repaired;
  }

  async isBlank(): Promise<boolean> {
    const text = this.body.getElementsByTagNameNS(NS.w, "t");
    for (let i = 0; i < text.length; i++) if ((text.item(i)!.textContent ?? "").trim() !== "") return false;
    return this.body.getElementsByTagNameNS(NS.w, "tbl").length === 0;
  }

  /** As an officer typing in Word would (the data part is not told): see DocxView.editControl. */
  editControl(tag: string, text: string): boolean {
    return this.view.editControl(tag, text);
  }

  /** A read-only outline of the body, for the workbench's preview. */
  preview(): PreviewBlock[] {
    return this.view.preview();
  }

  async save(): Promise<Uint8Array> {
    await this.part.flush();
    this.pkg.put(DOCUMENT_PART, serialize(this.doc));
    return this.pkg.bytes();
  }
}
