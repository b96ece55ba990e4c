/**
 * What an officer does in Word's own window, applied to the fake's document
 * directly (not through Office.js): typing into a control, removing or deleting
 * a control (with or without Track Changes), putting the cursor somewhere.
 */
import { BlockControl, controlsInOrder, FakeDocumentModel, InlineControl, paragraphsIn, Table } from "./model";

export function controlByTag(model: FakeDocumentModel, tag: string): InlineControl | BlockControl {
  const c = controlsInOrder(model).find((x) => x.tag === tag);
  if (!c) throw new Error(`no control ${tag}`);
  return c;
}

/** Types over a control's content (a block control gets one paragraph per line). */
export function typeInto(model: FakeDocumentModel, tag: string, text: string): void {
  const c = controlByTag(model, tag);
  if (c.kind === "cc") c.text = text;
  else {
    const like = paragraphsIn(c.blocks)[0];
    c.blocks = text.split("\n").map((line) => ({ kind: "p" as const, parts: line ? [{ kind: "text" as const, text: line }] : [], format: like?.format ?? { font: {} }, style: like?.style }));
  }
}

/** Deletes a control with its content; with Track Changes on, Word keeps it as a tracked deletion. */
export function deleteControl(model: FakeDocumentModel, tag: string): void {
  const c = controlByTag(model, tag);
  if (model.changeTrackingMode !== "Off") {
    c.trackedDeleted = true;
    return;
  }
  removeFrom(model, c, false);
}

/** "Remove Content Control": the control goes, its text stays. */
export function removeControlKeepText(model: FakeDocumentModel, tag: string): void {
  removeFrom(model, controlByTag(model, tag), true);
}

function removeFrom(model: FakeDocumentModel, c: InlineControl | BlockControl, keep: boolean): void {
  if (c.kind === "cc") {
    for (const p of paragraphsIn(model.body)) {
      const i = p.parts.indexOf(c);
      if (i >= 0) p.parts.splice(i, 1, ...(keep ? [{ kind: "text" as const, text: c.text }] : []));
    }
    return;
  }
  const visit = (list: typeof model.body): boolean => {
    const i = list.indexOf(c);
    if (i >= 0) {
      list.splice(i, 1, ...(keep ? c.blocks : []));
      return true;
    }
    return list.some((b) => (b.kind === "bcc" ? visit(b.blocks) : b.kind === "table" ? b.rows.some((r) => r.some((cell) => visit(cell.blocks))) : false));
  };
  visit(model.body);
}

/** The appendix table (the biggest table in the body). */
export function appendixTable(model: FakeDocumentModel): Table {
  const tables = model.body.filter((b): b is Table => b.kind === "table");
  const t = tables.sort((a, b) => b.rows.length - a.rows.length)[0];
  if (!t) throw new Error("no table");
  return t;
}
