/**
 * The Word renderer, through Office.js. Budgets per user action: insert the
 * report in 1 context.sync, fill all values in 2, read everything in 1 (2 only
 * for a document that has no data part). Content-control ids are not stable
 * across sessions: tags (and, where tags were lost, titles) are the keys.
 */
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { interpretControls, ReadControl, ReadResult, sectionPlaceholders } from "../controls";
import { DATA_PART_NS, dataPartXml, DataPartRead, parseDataPartXml } from "../data-part";
import { decideFill, decideSectionFill, FillDecision, fillResult, recordAfterWrite } from "../fill-plan";
import { planAppendix, planReport } from "../plan/build-plan";
import { keyOf, parseTag, tagOf } from "../plan/tags";
import type { ControlBlock, DocumentPlan, TableBlock } from "../plan/types";
import type { FillOptions, FillResult, ReportDocument } from "../report-document";
import { applyControl, drawBlocks, drawTableAfter, DrawOptions, fillParagraph, formatParagraph, MARK_COLOR, NEUTRAL_COLOR } from "./word-draw";
import type { WordHost } from "./word-host";

const CONTROL_PROPS = "items/tag,items/title,items/text";

export class WordRequirementError extends Error {
  constructor(readonly set: string) {
    super(`requirement set ${set} is not supported`);
    this.name = "WordRequirementError";
  }
}

interface Snapshot {
  controls: Word.ContentControl[];
  read: ReadControl[];
  part: Word.CustomXmlPart | null;
  dataPart: DataPartRead | null;
  commonPart: { xml: string; replace(xml: string): Promise<void> } | null;
}

export class WordReportDocument implements ReportDocument {
  constructor(private readonly host: WordHost) {
    if (!host.isSetSupported("WordApi", "1.3")) throw new WordRequirementError("WordApi 1.3");
  }

  private get drawOptions(): DrawOptions {
    return { plainTextControls: this.host.isSetSupported("WordApi", "1.5") };
  }

  private get hasXmlParts(): boolean {
    return this.host.isSetSupported("WordApi", "1.4");
  }

  private async writeNewDataPart(context: Word.RequestContext, data: ReportData): Promise<void> {
    if (this.hasXmlParts) context.document.customXmlParts.add(dataPartXml(data));
  }

  /** Fallback for hosts without WordApi 1.4 (the Common API, outside context.sync). */
  private async writeCommonDataPart(data: ReportData): Promise<void> {
    if (this.hasXmlParts || !this.host.commonXmlParts) return;
    const existing = await this.host.commonXmlParts.get(DATA_PART_NS);
    if (existing) await existing.replace(dataPartXml(data));
    else await this.host.commonXmlParts.add(dataPartXml(data));
  }

  async insertReport(plan: DocumentPlan, data: ReportData): Promise<void> {
    await this.host.run(async (context) => {
      drawBlocks(context.document.body, plan.blocks, this.drawOptions);
      await this.writeNewDataPart(context, data);
      await context.sync();
    });
    await this.writeCommonDataPart(data);
  }

  async insertAppendix(plan: DocumentPlan, data: ReportData): Promise<void> {
    await this.host.run(async (context) => {
      context.document.body.insertBreak("Page" as Word.BreakType.page, "End");
      drawBlocks(context.document.body, plan.blocks, this.drawOptions);
      await this.writeNewDataPart(context, data);
      await context.sync();
    });
    await this.writeCommonDataPart(data);
  }

  async insertTableAtCursor(plan: DocumentPlan): Promise<void> {
    const table = plan.blocks.find((b): b is TableBlock => b.type === "table");
    if (!table) return;
    await this.host.run(async (context) => {
      const at = context.document.getSelection().paragraphs.getFirst();
      drawTableAfter(at, table, this.drawOptions);
      await context.sync();
    });
  }

  /** Queues the loads of every control and the data part; the caller syncs once. */
  private queueSnapshot(context: Word.RequestContext, withPart: boolean) {
    const controls = context.document.contentControls;
    controls.load(CONTROL_PROPS);
    let part: Word.CustomXmlPart | null = null;
    let xml: OfficeExtension.ClientResult<string> | null = null;
    if (withPart && this.hasXmlParts) {
      part = context.document.customXmlParts.getByNamespace(DATA_PART_NS).getOnlyItemOrNullObject();
      xml = part.getXml();
    }
    return { controls, part, xml };
  }

  private async snapshot(context: Word.RequestContext): Promise<Snapshot> {
    let queued = this.queueSnapshot(context, true);
    try {
      await context.sync();
    } catch (e) {
      // A document without a data part: calling getXml on the null object fails; read the controls alone.
      if (!queued.part) throw e;
      queued = this.queueSnapshot(context, false);
      await context.sync();
      queued.part = null;
      queued.xml = null;
    }
    const controls = queued.controls.items;
    const read = controls.map((c) => ({ tag: c.tag ?? "", title: c.title ?? "", text: c.text ?? "" }));
    let dataPart: DataPartRead | null = queued.xml ? parseDataPartXml(queued.xml.value) : null;
    let commonPart = null;
    if (!this.hasXmlParts && this.host.commonXmlParts) {
      commonPart = await this.host.commonXmlParts.get(DATA_PART_NS);
      dataPart = commonPart ? parseDataPartXml(commonPart.xml) : null;
    }
    return { controls, read, part: queued.part, dataPart, commonPart };
  }

  async read(template?: Template): Promise<ReadResult> {
    return this.host.run(async (context) => {
      const s = await this.snapshot(context);
      return interpretControls(s.read, s.dataPart, template);
    });
  }

  async fillValues(template: Template, values: Readonly<Record<string, string | number>>, options?: FillOptions): Promise<FillResult> {
    return this.fillControls(
      template,
      "value",
      (current, part) => decideFill(template, current, part?.data.values, values, options, part?.typed),
      (control, text) => control.insertText(text, "Replace"),
    );
  }

  async fillSections(template: Template, texts: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
    return this.fillControls(
      template,
      "section",
      (current, part) => decideSectionFill(current, sectionPlaceholders(part?.data ?? null), part?.data.sections, texts, options, part?.typed),
      (control, text) => {
        // One paragraph per line, inside the control (insertParagraph "End"; "Start" after clearing fails on the web, office-js#4316).
        const [first, ...rest] = text.split("\n");
        control.insertText(first, "Replace");
        for (const line of rest) control.insertParagraph(line, "End");
      },
    );
  }

  /**
   * Filling controls of one kind in two syncs: one snapshot (controls, texts, data part), then every
   * write and the data part — kept in step with what the controls now show, remembering what the officer typed.
   */
  private fillControls(
    template: Template,
    kind: "value" | "section",
    decide: (current: ReadonlyMap<string, string>, part: Extract<DataPartRead, { status: "ok" }> | null) => FillDecision,
    write: (control: Word.ContentControl, text: string) => void,
  ): Promise<FillResult> {
    return this.host.run(async (context) => {
      const s = await this.snapshot(context);
      const byKey = new Map<string, { control: Word.ContentControl; text: string }>();
      s.controls.forEach((control, i) => {
        const key = keyOf(s.read[i].tag, s.read[i].title);
        if (key?.kind === kind && !byKey.has(key.key)) byKey.set(key.key, { control, text: s.read[i].text });
      });
      const part = s.dataPart?.status === "ok" ? s.dataPart : null;
      const decision = decide(new Map([...byKey].map(([key, v]) => [key, v.text])), part);
      for (const [key, text] of decision.writes) write(byKey.get(key)!.control, text);
      let nextXml: string | null = null;
      if (part) {
        const shown = s.read.map((c) => {
          const key = keyOf(c.tag, c.title);
          return key?.kind === kind && decision.writes.has(key.key) ? { ...c, text: decision.writes.get(key.key)! } : c;
        });
        const written = new Set([...decision.writes.keys()].map((key) => tagOf(kind, key)));
        const next = recordAfterWrite(template, part, interpretControls(shown, null, template), written);
        nextXml = dataPartXml(next.data, next.typed);
        if (s.part) s.part.setXml(nextXml);
      }
      if (decision.writes.size > 0 || s.part) await context.sync();
      if (nextXml && s.commonPart) await s.commonPart.replace(nextXml);
      return fillResult(decision);
    });
  }

  async select(tag: string): Promise<boolean> {
    return this.host.run(async (context) => {
      const s = await this.snapshot(context);
      const target = keyOf(tag, null);
      const i = s.read.findIndex((c) => {
        const k = keyOf(c.tag, c.title);
        return !!k && !!target && k.kind === target.kind && k.key === target.key;
      });
      if (i < 0) return false;
      s.controls[i].select("Select" as Word.SelectionMode.select);
      await context.sync();
      return true;
    });
  }

  async mark(tags: readonly string[]): Promise<void> {
    const wanted = new Set(tags);
    await this.host.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag,items/title");
      await context.sync();
      for (const c of controls.items) {
        const k = keyOf(c.tag, c.title);
        c.color = k && wanted.has(tagOf(k.kind, k.key)) ? MARK_COLOR : NEUTRAL_COLOR;
      }
      await context.sync();
    });
  }

  async unmark(): Promise<void> {
    await this.mark([]);
  }

  /**
   * Re-inserts deleted value/note/label controls (wrapping the text left in the
   * cell), deleted appendix rows next to the surviving rows, and deleted
   * section controls after their headings. Two syncs (three when a section is
   * missing). Header fields are reported by `read` but not re-inserted.
   */
  async repair(template: Template): Promise<string[]> {
    return this.host.run(async (context) => {
      const s = await this.snapshot(context);
      const read = interpretControls(s.read, s.dataPart, template);
      if (read.missing.length === 0 || s.dataPart?.status !== "ok") return [];
      const missing = new Set(read.missing);
      const data = s.dataPart.data;
      const whole = read.missing.some((t) => /^cchc:(section|heading|header):/.test(t)) || s.read.some((c) => /^cchc:(section|header):/.test(c.tag));
      const plan = whole ? planReport({ template, data }) : planAppendix({ template, data });
      const table = plan.blocks.find((b): b is TableBlock => b.type === "table" && b.style === "grid");
      if (!table) return [];
      // A surviving control of each row locates the row.
      const anchor = new Map<string, Word.ContentControl>();
      s.controls.forEach((control, i) => {
        const k = keyOf(s.read[i].tag, s.read[i].title);
        if (k && (k.kind === "label" || k.kind === "value" || k.kind === "note") && !anchor.has(k.key)) anchor.set(k.key, control);
      });
      const repaired: string[] = [];
      let previous: Word.TableRow | null = null;
      table.rowKeys.forEach((code, i) => {
        if (code === null) return;
        const tags = (["label", "value", "note"] as const).map((k) => tagOf(k, code)).filter((t) => missing.has(t));
        const surviving = anchor.get(code);
        if (surviving) {
          const row = surviving.parentTableCellOrNullObject.parentRow;
          if (tags.length > 0) rewrapCells(row, table, i, tags, this.drawOptions);
          repaired.push(...tags);
          previous = row;
          return;
        }
        if (tags.length === 0 || !previous) return;
        const inserted: Word.TableRow = (previous as Word.TableRow).insertRows("After", 1, [table.rows[i].map(() => "")]).getFirst();
        fillRow(inserted, table, i, this.drawOptions);
        repaired.push(...tags);
        previous = inserted;
      });
      repaired.push(...(await this.repairSections(context, s, plan, missing)));
      await context.sync();
      return repaired;
    });
  }

  /**
   * A deleted section control comes back after its heading: wrapping the
   * paragraphs the officer left between the heading and the next control, or,
   * with nothing left, holding the placeholder. One more sync to look.
   */
  private async repairSections(context: Word.RequestContext, s: Snapshot, plan: DocumentPlan, missing: Set<string>): Promise<string[]> {
    const wanted = plan.blocks.filter((b): b is ControlBlock => b.type === "control" && missing.has(b.control.tag));
    if (wanted.length === 0) return [];
    const looks = wanted.flatMap((block) => {
      const id = parseTag(block.control.tag)!.key;
      const i = s.read.findIndex((c) => {
        const k = keyOf(c.tag, c.title);
        return k?.kind === "heading" && k.key === id;
      });
      if (i < 0 || i + 1 >= s.controls.length) return [];
      const headingParagraph = s.controls[i].paragraphs.getFirst();
      const first = headingParagraph.getNextOrNullObject();
      first.load("text");
      const last = s.controls[i + 1].paragraphs.getFirst().getPreviousOrNullObject();
      const firstControls = first.contentControls;
      firstControls.load("items/tag");
      return [{ block, headingParagraph, first, last, firstControls, nextTag: s.read[i + 1].tag }];
    });
    await context.sync();
    for (const l of looks) {
      const nothingLeft = l.first.isNullObject || l.firstControls.items.some((c) => c.tag === l.nextTag);
      if (nothingLeft) {
        const p = l.headingParagraph.insertParagraph(l.block.control.text, "After");
        formatParagraph(p, l.block.role);
        applyControl(p.getRange("Whole").insertContentControl(), l.block.control);
      } else {
        applyControl(l.first.getRange("Whole").expandTo(l.last.getRange("Whole")).insertContentControl(), l.block.control);
      }
    }
    return looks.map((l) => l.block.control.tag);
  }
}

const CELL_OF = { label: 1, value: 3, note: 4 } as const;

/** The n-th cell of a row (TableCell.getNext, WordApi 1.3). */
function cellAt(row: Word.TableRow, index: number): Word.TableCell {
  let cell = row.cells.getFirst();
  for (let i = 0; i < index; i++) cell = cell.getNext();
  return cell;
}

/** Wraps the text left in a cell whose control was deleted in a new control. */
function rewrapCells(row: Word.TableRow, table: TableBlock, index: number, tags: string[], options: DrawOptions): void {
  for (const tag of tags) {
    const kind = tag.split(":")[1] as keyof typeof CELL_OF;
    const spec = table.rows[index][CELL_OF[kind]].paragraphs[0].runs.find((r) => r.control)?.control;
    if (!spec) continue;
    const range = cellAt(row, CELL_OF[kind]).body.paragraphs.getFirst().getRange("Content");
    const cc = options.plainTextControls ? range.insertContentControl("PlainText" as Word.ContentControlType.plainText) : range.insertContentControl();
    applyControl(cc, spec);
  }
}

function fillRow(row: Word.TableRow, table: TableBlock, index: number, options: DrawOptions): void {
  table.rows[index].forEach((cell, c) => {
    const p = cellAt(row, c).body.paragraphs.getFirst();
    formatParagraph(p, cell.paragraphs[0].role);
    fillParagraph(p, cell.paragraphs[0].runs, options);
  });
}
