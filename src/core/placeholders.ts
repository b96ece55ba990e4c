/**
 * What a content control shows when it holds nothing the officer wrote.
 *
 * Word shows its own placeholder in an empty control ("Click or tap here to enter
 * text.", in the UI language), and an add-in cannot set it on the web
 * (OfficeDev/office-js#1515, #785). So no control of ours is ever empty: a value the
 * agency reports shows a bracketed placeholder ("[…]"), like the header fields and
 * sections; a note, or a row this agency does not report, holds one no-break space,
 * so nothing prints in the signed report. Every reader (both renderers, the checks)
 * treats these — and Word's own placeholder, should an officer clear a control — as empty.
 */
import { viDocument } from "../strings";

export const VALUE_PLACEHOLDER = viDocument.placeholderValue;

/** An invisible, non-empty control content: one no-break space. */
export const BLANK = "\u00a0";

/** Word's own placeholder texts for an empty rich-text control (English and Vietnamese UI). */
const WORD_OWN = new Set(["Click or tap here to enter text.", "Click here to enter text.", "Bấm hoặc gõ nhẹ vào đây để nhập văn bản.", "Bấm vào đây để nhập văn bản."]);

/** Bracketed instructions ("[…]", "[Nêu …]", "[Số ký hiệu]") are placeholders. */
const BRACKETED = /^\[[^\]]*\]$/;

/** Blank (spaces, no-break spaces) or Word's own placeholder: nothing at all. */
export function isBlankText(text: string): boolean {
  const t = text.replace(/\u00a0/g, " ").trim();
  return t === "" || WORD_OWN.has(t);
}

/**
 * Whether a header field's or a section's text holds nothing of the officer's: blank, Word's own,
 * or a bracketed instruction ("[Nêu …]", "[Số ký hiệu]", also those of earlier versions).
 */
export function isPlaceholderText(text: string): boolean {
  return isBlankText(text) || BRACKETED.test(text.replace(/\u00a0/g, " ").trim());
}

/** A value cell's text that is nothing of the officer's: blank, Word's own, or exactly "[…]" (any other bracketed text is the officer's, and a type error). */
export const isEmptyValueText = (text: string): boolean => isBlankText(text) || text.trim() === VALUE_PLACEHOLDER;

/** What a control shows for a text: the text, or, when empty, the given placeholder (never nothing). */
export function shownOrPlaceholder(text: string, placeholder: string = BLANK): string {
  return text.trim() === "" ? (placeholder.trim() === "" ? BLANK : placeholder) : text;
}
