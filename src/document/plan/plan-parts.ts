/** The small builders every part of the layout plan is made of: controls, runs, paragraphs, cells. */
import { BLANK, shownOrPlaceholder } from "../../core/placeholders";
import { assertSafeText } from "../../core/text-safety";
import { vi } from "../../strings";
import type { Role } from "./styles";
import type { ControlSpec, ParagraphBlock, Run, TableCell } from "./types";
import { tagOf, titleOf } from "./tags";

/** A control; an empty text becomes `placeholder` (a no-break space unless given): no control is ever empty. */
export function control(kind: ControlSpec["kind"], tagKind: Parameters<typeof tagOf>[0], key: string, text: string, lock: ControlSpec["lock"], titleText = "", placeholder = BLANK): ControlSpec {
  const title = titleOf(tagKind, key, titleText);
  // A character XML cannot carry is refused here, naming the control, before any document is written.
  assertSafeText(text, vi.input.control(title));
  return { tag: tagOf(tagKind, key), title, kind, lock, text: shownOrPlaceholder(text, placeholder) };
}
export const run = (text: string, extra: Partial<Run> = {}): Run => ({ text, ...extra });
export const para = (role: Role, runs: Run[]): ParagraphBlock => ({ type: "paragraph", role, runs });
export const fixed = (name: string, text: string): Run => run("", { control: control("inline", "fixed", name, text, "both") });
export const cell = (role: Role, runs: Run[]): TableCell => ({ paragraphs: [{ role, runs }] });
export const textCell = (role: Role, text: string): TableCell => cell(role, [run(text)]);
