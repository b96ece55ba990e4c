/**
 * Filling a .docx's controls of one kind (values, sections, notes, header): decide against their
 * texts and the data part (../fill-plan.ts, shared with Word), write, and keep the data part in
 * step with what the controls now show, remembering what the officer typed.
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { Template } from "../../core/model/template";
import { shownOrPlaceholder } from "../../core/placeholders";
import { interpretControls, sectionPlaceholders } from "../controls";
import type { DataPartRead } from "../data-part";
import { decideFill, decideHeaderFill, decideTextFill, FillDecision, fillResult, recordAfterWrite } from "../fill-plan";
import { valuePlaceholder } from "../plan/build-plan";
import { keyOf, tagOf } from "../plan/tags";
import type { FillOptions, FillResult } from "../report-document";
import { listControls, setInlineText, setSectionText } from "./docx-controls";
import type { DocxDataPart } from "./docx-data-part";

type Part = Extract<DataPartRead, { status: "ok" }> | null;
type Kind = "value" | "section" | "note" | "header";
/** What a fill did: its result, and whether anything was written (the view is told then). */
export interface DocxFill {
  readonly result: FillResult;
  readonly wrote: boolean;
}

export function fillDocxValues(doc: Document, part: DocxDataPart, template: Template, values: Readonly<Record<string, string | number>>, options?: FillOptions): DocxFill {
  return fillControls(
    doc,
    part,
    template,
    "value",
    (current, p) => decideFill(template, current, p?.data.values, values, options, p?.typed),
    (element, text, p, code) => setInlineText(doc, element, shownOrPlaceholder(text, p ? valuePlaceholder(template, code, p.data.agency.level) : undefined)),
  );
}

export function fillDocxSections(doc: Document, part: DocxDataPart, template: Template, texts: Readonly<Record<string, string>>, options?: FillOptions): DocxFill {
  return fillControls(
    doc,
    part,
    template,
    "section",
    (current, p) => decideTextFill("section", current, sectionPlaceholders(p?.data ?? null), p?.data.sections, texts, options, p?.typed),
    (element, text, p, id) => setSectionText(doc, element, shownOrPlaceholder(text, sectionPlaceholders(p?.data ?? null).get(id))),
  );
}

export function fillDocxNotes(doc: Document, part: DocxDataPart, template: Template, notes: Readonly<Record<string, string>>, options?: FillOptions): DocxFill {
  return fillControls(
    doc,
    part,
    template,
    "note",
    (current, p) => decideTextFill("note", current, new Map(), p?.data.notes, notes, options, p?.typed),
    (element, text) => setInlineText(doc, element, shownOrPlaceholder(text)),
  );
}

export function fillDocxHeader(doc: Document, part: DocxDataPart, template: Template, fields: Readonly<Record<string, string>>, options?: FillOptions): DocxFill {
  return fillControls(
    doc,
    part,
    template,
    "header",
    (current, p) => decideHeaderFill(current, p?.data.header, fields, options, p?.typed),
    (element, text) => setInlineText(doc, element, text),
  );
}

/** The first control of each key of a kind (value, section), with its text, from one pass over the document. */
function controlsOf(doc: Document, kind: Kind): Map<string, { element: Element; text: string }> {
  const map = new Map<string, { element: Element; text: string }>();
  for (const c of listControls(doc)) {
    const key = keyOf(c.tag, c.title);
    if (key?.kind === kind && !map.has(key.key)) map.set(key.key, { element: c.element, text: c.text });
  }
  return map;
}

function fillControls(
  doc: Document,
  part: DocxDataPart,
  template: Template,
  kind: Kind,
  decide: (current: ReadonlyMap<string, string>, part: Part) => FillDecision,
  write: (element: Element, text: string, part: Part, key: string) => void,
): DocxFill {
  const controls = controlsOf(doc, kind);
  const decision = decide(new Map([...controls].map(([key, c]) => [key, c.text])), part.ok);
  for (const [key, text] of decision.writes) write(controls.get(key)!.element, text, part.ok, key);
  syncDataPart(doc, part, template, new Set([...decision.writes.keys()].map((key) => tagOf(kind, key))));
  return { result: fillResult(decision), wrote: decision.writes.size > 0 };
}

/** Keeps the data part in step with what the controls now show, remembering what the officer typed. */
function syncDataPart(doc: Document, part: DocxDataPart, template: Template, written: ReadonlySet<string>): void {
  const ok = part.ok;
  if (!ok) return;
  const next = recordAfterWrite(template, ok, interpretControls(listControls(doc), null, template), written);
  part.write(next.data, next.typed, ok.expected);
}
