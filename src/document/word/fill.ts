/**
 * Filling Word's controls of one kind (values, sections, notes, header): one snapshot (two syncs),
 * the decision shared with the .docx (../fill-plan.ts), then the writes in batches of
 * SYNC_BUDGET.controlsPerSync, the data part — kept in step with what the controls now show —
 * with the last batch (never one sync per row).
 */
import type { Template } from "../../core/model/template";
import { interpretControls, sectionPlaceholders } from "../controls";
import { dataPartXml, DataPartRead } from "../data-part";
import { decideFill, decideHeaderFill, decideTextFill, FillDecision, fillResult, recordAfterWrite } from "../fill-plan";
import { valuePlaceholder } from "../plan/build-plan";
import { keyOf, tagOf } from "../plan/tags";
import type { FillOptions, FillResult } from "../report-document";
import { SYNC_BUDGET } from "./budget";
import { checkDataPartSize, queueWrite } from "./data-part";
import { writeBlock, writeInline } from "./draw";
import { takeSnapshot } from "./snapshot";
import type { WordHost } from "./word-host";

export async function fillWordValues(host: WordHost, template: Template, values: Readonly<Record<string, string | number>>, options?: FillOptions): Promise<FillResult> {
  return fillControls(
    host,
    template,
    "value",
    (current, part) => decideFill(template, current, part?.data.values, values, options, part?.typed),
    (control, text, part, code) => writeInline(control, text, part ? valuePlaceholder(template, code, part.data.agency.level) : undefined),
  );
}

export async function fillWordSections(host: WordHost, template: Template, texts: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
  return fillControls(
    host,
    template,
    "section",
    (current, part) => decideTextFill("section", current, sectionPlaceholders(part?.data ?? null), part?.data.sections, texts, options, part?.typed),
    (control, text, part, id) => writeBlock(control, text, sectionPlaceholders(part?.data ?? null).get(id)),
  );
}

export async function fillWordNotes(host: WordHost, template: Template, notes: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
  return fillControls(
    host,
    template,
    "note",
    (current, part) => decideTextFill("note", current, new Map(), part?.data.notes, notes, options, part?.typed),
    (control, text) => writeInline(control, text),
  );
}

export async function fillWordHeader(host: WordHost, template: Template, fields: Readonly<Record<string, string>>, options?: FillOptions): Promise<FillResult> {
  return fillControls(
    host,
    template,
    "header",
    (current, part) => decideHeaderFill(current, part?.data.header, fields, options, part?.typed),
    (control, text) => writeInline(control, text),
  );
}

/**
 * Filling controls of one kind: one snapshot (two syncs), then the writes in batches,
 * the data part — kept in step with what the controls now show — with the last batch.
 */
function fillControls(
  host: WordHost,
  template: Template,
  kind: "value" | "section" | "note" | "header",
  decide: (current: ReadonlyMap<string, string>, part: Extract<DataPartRead, { status: "ok" }> | null) => FillDecision,
  write: (control: Word.ContentControl, text: string, part: Extract<DataPartRead, { status: "ok" }> | null, key: string) => void,
): Promise<FillResult> {
  return host.run(async (context) => {
    const s = await takeSnapshot(context, host);
    const byKey = new Map<string, { control: Word.ContentControl; text: string }>();
    s.controls.forEach((control, i) => {
      const key = keyOf(s.read[i].tag, s.read[i].title);
      if (key?.kind === kind && !byKey.has(key.key)) byKey.set(key.key, { control, text: s.read[i].text });
    });
    const part = s.dataPart?.status === "ok" ? s.dataPart : null;
    const decision = decide(new Map([...byKey].map(([key, v]) => [key, v.text])), part);
    let nextXml: string | null = null;
    if (part) {
      const shown = s.read.map((c) => {
        const key = keyOf(c.tag, c.title);
        return key?.kind === kind && decision.writes.has(key.key) ? { ...c, text: decision.writes.get(key.key)! } : c;
      });
      const written = new Set([...decision.writes.keys()].map((key) => tagOf(kind, key)));
      const next = recordAfterWrite(template, part, interpretControls(shown, null, template), written);
      nextXml = dataPartXml(next.data, next.typed, part.expected);
      checkDataPartSize(nextXml);
    }
    const writes = [...decision.writes];
    const lastBatch = Math.max(0, Math.ceil(writes.length / SYNC_BUDGET.controlsPerSync) - 1);
    for (let b = 0; b <= lastBatch; b++) {
      for (const [key, text] of writes.slice(b * SYNC_BUDGET.controlsPerSync, (b + 1) * SYNC_BUDGET.controlsPerSync)) write(byKey.get(key)!.control, text, part, key);
      if (b === lastBatch && nextXml && !s.writeCommon) queueWrite(context, s.parts, nextXml);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch within the budget (./budget.ts), never one per row
      if (writes.length > 0 || (nextXml && !s.writeCommon)) await context.sync();
    }
    if (nextXml && s.writeCommon) await s.writeCommon(nextXml);
    return fillResult(decision);
  });
}
