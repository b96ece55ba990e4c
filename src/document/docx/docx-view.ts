/**
 * The workbench's view of a .docx (it has no window of its own): who is told of each change,
 * selecting a control by its tag, marking the controls an issue names, editing a control as an
 * officer typing in Word would, and the read-only outline the preview draws.
 */
import type { Document } from "@xmldom/xmldom";
import { isControlOf, keyOf, tagOf } from "../plan/tags";
import { DocxControl, listControls, setBlockText, setInlineText, setMark } from "./docx-controls";
import { PreviewBlock, previewBody } from "./preview";

export const MARK_COLOR = "C4262E";

/** What changed: the content (insert, fill, marks, repair), or the selection (a control was selected). */
export type DocxChange = { kind: "content" } | { kind: "selection"; tag: string; find?: string };

export class DocxView {
  private readonly listeners = new Set<(change: DocxChange) => void>();

  constructor(private readonly doc: Document) {}

  /** Told after every change of content and every selection (the workbench's preview follows); returns the way to stop. */
  onChange(listener: (change: DocxChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  changed(change: DocxChange): void {
    this.listeners.forEach((l) => l(change));
  }

  /** Finds the control and tells the listeners which one (with the words to show, when it holds them). */
  select(tag: string, find?: string): boolean {
    const control = this.control(tag);
    if (control) this.changed({ kind: "selection", tag, find: find && control.text.replace(/\s+/g, " ").includes(find) ? find : undefined });
    return !!control;
  }

  /** Marks these controls (and unmarks every other). */
  mark(tags: readonly string[]): void {
    const wanted = new Set(tags);
    for (const c of listControls(this.doc)) {
      const k = keyOf(c.tag, c.title);
      setMark(this.doc, c.element, k && wanted.has(tagOf(k.kind, k.key)) ? MARK_COLOR : null);
    }
    this.changed({ kind: "content" });
  }

  /**
   * Changes a control's text the way an officer typing in Word would: the data part is not told.
   * For the self-test (a fill over a value typed in the document must be a conflict); false when no such control.
   */
  editControl(tag: string, text: string): boolean {
    const c = this.control(tag);
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

  /** The first control with this key (by its tag, or its title where the tag was lost). */
  private control(tag: string): DocxControl | undefined {
    return listControls(this.doc).find(isControlOf(tag));
  }
}
