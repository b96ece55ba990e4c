/**
 * Which template row each printed row is. Codes are not enough: units renumber
 * (seed 002 prints 1.2's four rows as 1.1.1–1.1.4), leave parts unlettered ("- …",
 * "Trong đó") and word labels their own way. Rows are matched in order (a form's
 * rows never change places), each pair scored on its label, code and unit, and the
 * best order-keeping matching taken (a sequence alignment).
 */
import { Indicator, labelsOf, Template } from "../../core/model/template";
import type { PrintedRow } from "./appendix-rows";
import { bagOf, bagSimilarity, normalised, startsWithWords, WordBag, words } from "./text-match";

export type MatchBasis = "code-and-label" | "label" | "code";

export interface RowMatch {
  readonly printed: PrintedRow;
  readonly row: Indicator;
  readonly basis: MatchBasis;
  /** How alike the labels are, 0–1. */
  readonly labelSimilarity: number;
  /** Another template row fits this printed row about as well (and nothing else decided between them). */
  readonly ambiguousWith?: string;
}

export interface Alignment {
  readonly matches: readonly RowMatch[];
  /** Printed rows no template row fits. */
  readonly unmatched: readonly PrintedRow[];
  readonly score: number;
}

/** Below this, two labels are different rows (unless the code agrees, see score). */
const LABEL_FLOOR = 0.5;
const CODE_FLOOR = 0.3;

const isLettered = (code: string) => /\.[a-z]$/.test(code);

interface Prepared {
  readonly row: Indicator;
  readonly labels: readonly WordBag[];
  readonly unit: string;
}

const prepared = new WeakMap<Template, Prepared[]>();

/** A template's labels as word bags, made once per template. */
export function prepare(template: Template): Prepared[] {
  let p = prepared.get(template);
  if (!p) {
    p = template.rows.map((row) => ({
      row,
      labels: labelsOf(row).map((l) => bagOf(words(l.replace(/\.\s*$/, "")))),
      unit: normalised(row.unit ?? ""),
    }));
    prepared.set(template, p);
  }
  return p;
}

/** The form's label followed by the officer's words ("Kế hoạch CCHC - 02/QĐ-BQLKDL ngày …", seed 003) counts as the label. */
function labelSimilarity(p: WordBag, t: Prepared): number {
  let best = 0;
  for (const l of t.labels) best = Math.max(best, bagSimilarity(p, l), startsWithWords(p, l) ? 0.9 : 0);
  return best;
}

/** How well a printed row fits a template row; 0 when it does not. */
function score(p: PrintedRow, pWords: WordBag, t: Prepared, unit: string): { score: number; sim: number; basis: MatchBasis } {
  const sim = labelSimilarity(pWords, t);
  const sameCode = p.code !== "" && p.code === t.row.code;
  if (sim < (sameCode ? CODE_FLOOR : LABEL_FLOOR)) return { score: 0, sim, basis: "label" };
  let s = sim;
  if (sameCode) s += 0.6;
  else if (p.code !== "") s -= 0.15;
  if (p.child && isLettered(t.row.code)) s += 0.15;
  if (p.child && !isLettered(t.row.code)) s -= 0.1;
  if (unit !== "" && t.unit !== "" && unit === t.unit) s += 0.15;
  return { score: Math.max(s, 0.01), sim, basis: sameCode ? (sim >= LABEL_FLOOR ? "code-and-label" : "code") : "label" };
}

/** The printed labels as word bags, when the caller has not made them (once for every template). */
const printedBags = (printed: readonly PrintedRow[]): WordBag[] => printed.map((p) => bagOf(words(p.label)));

const labelSets = new WeakMap<Template, Set<string>>();

/**
 * A quick first look: how many printed labels are, word for word, one of the template's. Templates
 * far behind the best on this are not aligned at all (each alignment is printed × template rows).
 */
export function exactLabelHits(printedLabels: readonly string[], template: Template): number {
  let set = labelSets.get(template);
  if (!set) {
    set = new Set(template.rows.flatMap((r) => labelsOf(r).map((l) => normalised(l.replace(/\.\s*$/, "")))));
    labelSets.set(template, set);
  }
  let hits = 0;
  for (const p of printedLabels) if (set.has(p)) hits++;
  return hits;
}

/** Aligns the printed rows with a template's rows. O(printed × template) time and memory. */
export function alignRows(printed: readonly PrintedRow[], template: Template, bags?: readonly WordBag[]): Alignment {
  const t = prepare(template);
  const n = printed.length;
  const m = t.length;
  const pWords = bags ?? printedBags(printed);
  const units = printed.map((p) => (p.unit === "" ? "" : normalised(p.unit)));
  const pair = new Float64Array(n * m);
  const best = new Float64Array((n + 1) * (m + 1));
  const W = m + 1;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score(printed[i - 1], pWords[i - 1], t[j - 1], units[i - 1]).score;
      pair[(i - 1) * m + (j - 1)] = s;
      const skip = Math.max(best[(i - 1) * W + j], best[i * W + j - 1]);
      best[i * W + j] = s > 0 ? Math.max(skip, best[(i - 1) * W + j - 1] + s) : skip;
    }
  }
  const matches: RowMatch[] = [];
  const matched = new Set<number>();
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const s = pair[(i - 1) * m + (j - 1)];
    if (s > 0 && best[i * W + j] === best[(i - 1) * W + j - 1] + s && best[i * W + j] !== best[(i - 1) * W + j] && best[i * W + j] !== best[i * W + j - 1]) {
      const p = printed[i - 1];
      const detail = score(p, pWords[i - 1], t[j - 1], units[i - 1]);
      matches.push({ printed: p, row: t[j - 1].row, basis: detail.basis, labelSimilarity: detail.sim });
      matched.add(i - 1);
      i--;
      j--;
    } else if (best[i * W + j] === best[(i - 1) * W + j]) i--;
    else j--;
  }
  matches.reverse();
  // A match decided by order alone: another row nearby with the same label and no code to tell them apart.
  const withDoubt = matches.map((mt, k) => {
    if (mt.basis !== "label") return mt;
    const lo = k > 0 ? template.rows.indexOf(matches[k - 1].row) + 1 : 0;
    const hi = k + 1 < matches.length ? template.rows.indexOf(matches[k + 1].row) : m;
    const pi = printed.indexOf(mt.printed);
    for (let jj = lo; jj < hi; jj++) {
      if (t[jj].row === mt.row) continue;
      const other = score(mt.printed, pWords[pi], t[jj], units[pi]);
      if (other.score > 0 && other.sim >= mt.labelSimilarity - 0.02) return { ...mt, ambiguousWith: t[jj].row.code };
    }
    return mt;
  });
  return { matches: withDoubt, unmatched: printed.filter((_, k) => !matched.has(k)), score: best[n * W + m] };
}
