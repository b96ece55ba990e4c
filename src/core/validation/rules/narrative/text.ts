/**
 * The narrative as the narrative rules read it: each written section's text, whitespace
 * collapsed, with a way to quote the fragment a rule found. Pure.
 */
import { allSections } from "../../../outline";
import type { CheckContext } from "../../types";
import { looksLikePlaceholder } from "../sections";

export interface SectionText {
  readonly id: string;
  readonly heading: string;
  /** The text with runs of white space as one space (line breaks of a PDF copy included). */
  readonly text: string;
}

/** The sections the officer wrote (placeholders and blanks are not narrative). */
export function writtenSections(ctx: CheckContext): SectionText[] {
  const texts = ctx.data.sections ?? {};
  return allSections(ctx.outline).flatMap((s) => {
    const raw = texts[s.id];
    if (raw === undefined || raw.trim() === "" || looksLikePlaceholder(raw, s.placeholder)) return [];
    return [{ id: s.id, heading: s.heading, text: raw.normalize("NFC").replace(/\s+/g, " ").trim() }];
  });
}

/** The words around a match, at most ~`span` characters each side, cut at word boundaries. */
export function fragment(text: string, start: number, end: number, span = 40): string {
  let a = Math.max(0, start - span);
  let b = Math.min(text.length, end + span);
  if (a > 0) a = text.indexOf(" ", a) + 1 || a;
  if (b < text.length) b = text.lastIndexOf(" ", b) > end ? text.lastIndexOf(" ", b) : b;
  return `${a > 0 ? "…" : ""}${text.slice(a, b).trim()}${b < text.length ? "…" : ""}`;
}

/** The clause around a position: between the nearest sentence or clause marks. */
export function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("!"), before.lastIndexOf("?")) + 1;
  const rest = text.slice(end);
  const stops = [".", ";", ":", "!", "?"].map((c) => rest.search(c === "." ? /\.(?!\d)/ : new RegExp(`\\${c}`))).filter((i) => i >= 0);
  const to = stops.length > 0 ? end + Math.min(...stops) : text.length;
  return text.slice(from, to);
}

/** Sentence marks; a dot between digits (1.050, 15.6) is not one. */
const SENTENCE_MARK = /[;!?]|\.(?!\d)/g;

/** The sentence holding a match, as the officer wrote it; a long one is cut around the match. */
export function quoteAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_MARK)) {
    if (m.index! < start) from = m.index! + 1;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  const sentence = text.slice(from, to).trim();
  return sentence.length <= 160 ? sentence : fragment(text, start, end);
}
