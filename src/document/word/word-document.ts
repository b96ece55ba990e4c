/**
 * The Word renderer, through Office.js. Reports go in as Office Open XML made by the
 * same writer as the .docx renderer (one document by construction); values and
 * sections are written through the object model. Round trips are budgeted per sync
 * (./budget.ts): the number of syncs of an action does not grow with the row count
 * beyond that batching. Content-control ids are not stable across sessions: tags
 * (and, where tags were lost, titles) are the keys.
 */
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { interpretControls, ReadResult } from "../controls";
import { dataPartXml } from "../data-part";
import { keyOf, tagOf } from "../plan/tags";
import type { Block, DocumentPlan, TableBlock } from "../plan/types";
import type { FillOptions, FillResult, InsertOptions, ReportDocument } from "../report-document";
import { inBatches, SYNC_BUDGET } from "./budget";
import { checkDataPartSize, commonPart, queueParts, queueWrite } from "./data-part";
import { MARK_COLOR, NEUTRAL_COLOR } from "./draw";
import { fillWordHeader, fillWordNotes, fillWordSections, fillWordValues } from "./fill";
import { selectControl } from "./select";
import { WordRequirementError } from "./errors";
import { anchorAtCursor, anchorAtEnd, insertPackages } from "./insert";
import { queueRepair } from "./repair";
import { takeSnapshot } from "./snapshot";
import { canNumberPages, landscapeAppendix, numberPages } from "./page-layout";
import type { Adopted } from "../docx/adopt";
import type { HandmadeGiven } from "../handmade/read-handmade";
import { dataPartWithout, isHeadingOf, SectionRemoval, sectionRemoval } from "../remove-section";
import type { WordHost } from "./word-host";

export { WordRequirementError };

export interface WordDocumentOptions {
  /** OOXML per insert (tests lower it to see a report go in several syncs). */
  readonly maxInsertBytes?: number;
}

export class WordReportDocument implements ReportDocument {
  constructor(
    private readonly host: WordHost,
    private readonly options: WordDocumentOptions = {},
  ) {
    if (!host.isSetSupported("WordApi", "1.3")) throw new WordRequirementError("WordApi 1.3");
  }

  private get maxInsertBytes(): number {
    return this.options.maxInsertBytes ?? SYNC_BUDGET.maxInsertBytes;
  }

  insertReport(plan: DocumentPlan, data: ReportData, options?: InsertOptions): Promise<void> {
    return this.insert(plan.blocks, data, options, true);
  }

  async replaceReport(plan: DocumentPlan, data: ReportData, options?: InsertOptions): Promise<void> {
    checkDataPartSize(dataPartXml(data));
    await this.host.run(async (context) => {
      // Our controls refuse deletion (cannotDelete): unlocked first, in batches, then the body is cleared.
      const controls = context.document.contentControls.load("items");
      await context.sync();
      await inBatches(context, controls.items, SYNC_BUDGET.controlsPerSync, (c) => {
        c.cannotDelete = false;
        c.cannotEdit = false;
      });
      context.document.body.clear();
      await context.sync();
    });
    await this.insertReport(plan, data, options);
  }

  insertAppendix(plan: DocumentPlan, data: ReportData, options?: InsertOptions): Promise<void> {
    return this.insert([{ type: "pageBreak" }, ...plan.blocks], data, options);
  }

  /** Blocks after the end of the body, and the data part (one, written in place) with the last package. */
  /**
   * Whether the last whole report inserted got its page numbers (null after any other insert): the
   * pane tells the officer to number by hand when it did not (../../taskpane/session/word-session.ts).
   */
  pagesNumbered: boolean | null = null;

  private async insert(blocks: readonly Block[], data: ReportData, options?: InsertOptions, whole = false): Promise<void> {
    const xml = dataPartXml(data);
    checkDataPartSize(xml);
    // A whole report going into a blank document gets its page numbers and landscape appendix where Word allows (./page-layout.ts).
    const layout = whole && canNumberPages(this.host) && (await this.isBlank());
    const landscape = layout && blocks.some((b) => b.type === "pageBreak" && b.newSection === "landscape");
    await this.host.run(async (context) => {
      const parts = queueParts(context, this.host);
      const anchor = await anchorAtEnd(context);
      await insertPackages(context, anchor, blocks, this.maxInsertBytes, () => parts.scoped && queueWrite(context, parts.scoped.items, xml), options?.onProgress);
      this.pagesNumbered = whole ? layout && (await numberPages(context)) : null;
      if (landscape) await landscapeAppendix(context);
    });
    if (!this.host.isSetSupported("WordApi", "1.4")) await (await commonPart(this.host.commonXmlParts)).write(xml);
  }

  async insertTableAtCursor(plan: DocumentPlan, options?: InsertOptions): Promise<void> {
    const at = plan.blocks.findIndex((b): b is TableBlock => b.type === "table");
    if (at < 0) return;
    await this.host.run(async (context) => {
      const anchor = await anchorAtCursor(context);
      await insertPackages(context, anchor, plan.blocks.slice(0, at + 1), this.maxInsertBytes, () => undefined, options?.onProgress);
    });
  }

  /**
   * Takes the open document, typed by hand, over (./adopt-word.ts): AdoptError when it is not
   * recognised, AdoptRefusal when Word cannot take it over as it is (nothing changed then).
   */
  async adopt(templates: readonly Template[], given: HandmadeGiven = {}): Promise<Adopted> {
    // The reader of hand-made reports is a chunk of its own: most officers never need it.
    const { adoptInWord } = await import(/* webpackChunkName: "adopt" */ "./adopt-word");
    return adoptInWord(this.host, templates, given, this.maxInsertBytes);
  }

  async read(template?: Template): Promise<ReadResult> {
    return this.host.run(async (context) => {
      const s = await takeSnapshot(context, this.host);
      return { ...interpretControls(s.read, s.dataPart, template), trackedDeleted: s.tracked.deleted, trackingUnverified: s.tracked.unverified };
    });
  }

  fillValues(template: Template, values: Readonly<Record<string, string | number>>, options?: FillOptions): Promise<FillResult> {
    return fillWordValues(this.host, template, values, options);
  }

  fillSections(template: Template, texts: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return fillWordSections(this.host, template, texts, options);
  }

  fillNotes(template: Template, notes: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return fillWordNotes(this.host, template, notes, options);
  }

  fillHeader(template: Template, fields: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return fillWordHeader(this.host, template, fields, options);
  }

  /** Selects the control (and in it the words an issue quotes, when Word finds them): ./select.ts. */
  select(tag: string, find?: string): Promise<boolean> {
    return selectControl(this.host, tag, find);
  }

  /** Takes an optional section out (../remove-section.ts decides): our locks lifted first, in the same sync; the data part forgets it. */
  async removeSection(template: Template, id: string): Promise<SectionRemoval> {
    return this.host.run(async (context) => {
      const s = await takeSnapshot(context, this.host);
      const part = s.dataPart?.status === "ok" ? s.dataPart : null;
      if (!part) return { status: "refused", reason: "absent" } as const;
      const read = interpretControls(s.read, s.dataPart, template);
      // The heading's paragraph: the officer may have typed beside its control (one more sync to look).
      const h = s.read.findIndex(isHeadingOf(id));
      const headingParagraph = h >= 0 ? s.controls[h].paragraphs.getFirst().load("text") : null;
      if (headingParagraph) await context.sync();
      const heading = headingParagraph ? { control: s.read[h].text, paragraph: headingParagraph.text } : undefined;
      const removal = sectionRemoval(part.data, id, read.present, read.sections, heading);
      if (removal.status !== "remove") return removal;
      const gone = new Set(removal.tags);
      s.controls.forEach((control, i) => {
        const k = keyOf(s.read[i].tag, s.read[i].title);
        if (!k || !gone.has(tagOf(k.kind, k.key))) return;
        control.cannotDelete = false;
        control.cannotEdit = false;
        // A heading is an inline control: its paragraph goes; a section is a block control, deleted with its text.
        if (k.kind === "heading") control.paragraphs.getFirst().getRange("Whole").delete();
        else control.delete(false);
      });
      const next = dataPartWithout(part, id, removal.tags);
      const xml = dataPartXml(next.data, next.typed, next.expected);
      if (!s.writeCommon) queueWrite(context, s.parts, xml);
      await context.sync();
      if (s.writeCommon) await s.writeCommon(xml);
      return removal;
    });
  }

  /** Colours the problem controls; only controls whose colour changes are written, in batches. */
  async mark(tags: readonly string[]): Promise<void> {
    const wanted = new Set(tags);
    await this.host.run(async (context) => {
      const controls = context.document.contentControls.load("items/tag,items/title,items/color");
      await context.sync();
      const changes = controls.items.flatMap((c) => {
        const k = keyOf(c.tag, c.title);
        if (!k) return [];
        const color = wanted.has(tagOf(k.kind, k.key)) ? MARK_COLOR : NEUTRAL_COLOR;
        return c.color.toUpperCase() === color ? [] : [{ c, color }];
      });
      await inBatches(context, changes, SYNC_BUDGET.controlsPerSync, ({ c, color }) => (c.color = color));
    });
  }

  async unmark(): Promise<void> {
    await this.mark([]);
  }

  async isBlank(): Promise<boolean> {
    return this.host.run(async (context) => {
      const body = context.document.body.load("text");
      const table = context.document.body.tables.getFirstOrNullObject().load("rowCount");
      await context.sync();
      return body.text.trim() === "" && table.isNullObject;
    });
  }

  /** Re-inserts deleted controls and rows (see ./repair.ts): two syncs to read, then one to read the appendix table and one per 300 of its controls, two for sections. */
  async repair(template: Template): Promise<string[]> {
    return this.host.run(async (context) => {
      const s = await takeSnapshot(context, this.host);
      return queueRepair(context, s, template);
    });
  }
}

export { searchable } from "./select";
