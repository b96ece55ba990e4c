/**
 * The body's sections in a report typed by hand, found by their headings: "I. …"
 * for a part, "1. …" for a point inside it, each matched to our outline by its
 * words ("1. Về tổ chức, chỉ đạo, điều hành cải cách hành chính" is I.1). The text
 * under a heading, up to the next heading, is the section's. A numbered line under
 * a section with no sub-sections is text ("IV. … 1. Tiếp tục thực hiện …").
 */
import { allSections, Outline, Section } from "../../core/outline";
import type { BodyBlock } from "./body";
import { bagOf, bagSimilarity, WordBag, words } from "./text-match";

export interface FoundSection {
  readonly id: string;
  /** Indices (in the body's blocks) of the heading paragraph and of the text paragraphs under it. */
  readonly heading: number;
  readonly paragraphs: readonly number[];
  readonly text: string;
}

const PART = /^([IVX]{1,4})\s*[.:/-]\s*(.+)$/u;
const POINT = /^(\d{1,2})\s*[.)]\s*(.+)$/u;
/** Where the body ends: the signature block, or the appendix. */
const BODY_END = /^(nơi nhận|phụ lục(\s+\d+)?$|phụ lục\s*:)/iu;

/** Headings abbreviate ("công tác CCHC", "Cải cách TTHC"); compared written out. */
const ABBREVIATIONS: Record<string, string[]> = { cchc: ["cải", "cách", "hành", "chính"], tthc: ["thủ", "tục", "hành", "chính"] };
const expanded = (text: string) => words(text).flatMap((w) => ABBREVIATIONS[w] ?? [w]);

function bestSection(text: string, candidates: readonly Section[], floor: number, headings: Map<Section, WordBag>): Section | null {
  const w = bagOf(expanded(text.replace(/\([^)]*\)/g, " ")));
  let best: { s: Section; sim: number } | null = null;
  for (const s of candidates) {
    let h = headings.get(s);
    if (!h) headings.set(s, (h = bagOf(expanded(s.heading))));
    const sim = bagSimilarity(w, h);
    if (sim >= floor && (!best || sim > best.sim)) best = { s, sim };
  }
  return best?.s ?? null;
}

export function findSections(blocks: readonly BodyBlock[], outline: Outline): FoundSection[] {
  const tops = outline.sections;
  const found: { id: string; heading: number; paragraphs: number[] }[] = [];
  let part: Section | null = null;
  let current: { id: string; heading: number; paragraphs: number[] } | null = null;
  const taken = new Set<string>();
  const headings = new Map<Section, WordBag>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== "paragraph" || b.inTextBox) continue;
    const text = b.text.replace(/\s+/g, " ").trim();
    if (BODY_END.test(text)) break;
    const p = PART.exec(text);
    // Parts are worded their own way ("II. Những kết quả đã đạt được"): the closest part not yet seen.
    const partSection = p
      ? bestSection(
          p[2],
          tops.filter((s) => !taken.has(s.id)),
          0.2,
          headings,
        )
      : null;
    if (partSection) {
      part = partSection;
      taken.add(partSection.id);
      // A part with points is a heading only; its text is its points'.
      const entry = { id: partSection.id, heading: i, paragraphs: [] as number[] };
      found.push(entry);
      current = partSection.children.length === 0 ? entry : null;
      continue;
    }
    const n = POINT.exec(text);
    // A reform area's sub-sections a), b)… are not looked for: the seeds word them too differently
    // (seed 003's "d) Kết quả thực hiện tiếp nhận, xử lý phản ánh…" came closest to đ), "Kết quả thực
    // hiện cơ chế một cửa…"); they stay in the area's text, as the officer wrote them.
    const within = (part ? part.children : tops.flatMap((s) => s.children)).filter((s) => !s.partOf);
    const pointSection =
      n && within.length > 0
        ? bestSection(
            n[2],
            within.filter((s) => !taken.has(s.id)),
            0.45,
            headings,
          )
        : null;
    if (pointSection) {
      taken.add(pointSection.id);
      current = { id: pointSection.id, heading: i, paragraphs: [] };
      found.push(current);
      continue;
    }
    if (current && text !== "") current.paragraphs.push(i);
  }
  const ids = new Set(allSections(outline).map((s) => s.id));
  return found.filter((f) => ids.has(f.id)).map((f) => ({ ...f, text: f.paragraphs.map((k) => (blocks[k] as { text: string }).text.trim()).join("\n") }));
}
