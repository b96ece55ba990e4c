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

/** Sentence marks; a dot between digits (1.050, 15.6) is not one. */
const SENTENCE_MARK = /[;!?]|\.(?!\d)/g;
/** The longest sentence quoted whole; a longer one is cut around the match. */
const QUOTED_SENTENCE = 160;

/**
 * The sentence holding a match, as the officer wrote it; a long one is cut around the match.
 * Only the text near the match is looked at (a quoted sentence is short), so quoting every match
 * of a long section stays linear.
 */
export function quoteAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - QUOTED_SENTENCE - 2);
  const hi = Math.min(text.length, end + QUOTED_SENTENCE + 2);
  let from = lo === 0 ? 0 : -1;
  let to = hi === text.length ? text.length : -1;
  for (const m of text.slice(lo, hi).matchAll(SENTENCE_MARK)) {
    const at = lo + m.index!;
    if (at < start) from = at + 1;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  const sentence = from < 0 || to < 0 ? null : text.slice(from, to).trim();
  return sentence !== null && sentence.length <= QUOTED_SENTENCE ? sentence : fragment(text, start, end);
}

/** Each issue once per section: the same words repeated (a pasted block, say) are one slip to fix. */
export function oncePerWords(): (find: string) => boolean {
  const seen = new Set<string>();
  return (find) => !seen.has(find) && !!seen.add(find);
}

/** The first index of a sorted list whose value is at least `x`. */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
