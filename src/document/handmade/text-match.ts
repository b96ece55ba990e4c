/**
 * Comparing what a unit typed with what a form prints: the same words, whatever
 * the case, spacing, punctuation or Unicode form, with room for a unit's or a
 * year's different wording ("Số TTHC tham mưu công bố mới" / "Số TTHC công bố mới").
 */

/** Lower case NFC words, punctuation and line breaks gone. */
export function words(text: string): string[] {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
}

export const normalised = (text: string): string => words(text).join(" ");

/** Words as numbers (the same word, the same number, in this process), in order and sorted: compared without allocating. */
export interface WordBag {
  readonly ordered: Int32Array;
  readonly sorted: Int32Array;
}

const ids = new Map<string, number>();
const idOf = (w: string): number => {
  let id = ids.get(w);
  if (id === undefined) ids.set(w, (id = ids.size));
  return id;
};

export function bagOf(list: readonly string[]): WordBag {
  const ordered = Int32Array.from(list, idOf);
  return { ordered, sorted: ordered.slice().sort() };
}

export const bagOfText = (text: string): WordBag => bagOf(words(text));

/**
 * How alike two wordings are, 0–1: the Dice coefficient of their word lists (each word counted as
 * often as it occurs), so a word added or left out costs little in a long label and much in a short
 * one. A merge of the bags' sorted ids.
 */
export function bagSimilarity(a: WordBag, b: WordBag): number {
  const x = a.sorted;
  const y = b.sorted;
  if (x.length === 0 || y.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/** `longer` begins with all of `head`'s words (at least two) and goes on. */
export function startsWithWords(longer: WordBag, head: WordBag): boolean {
  const p = longer.ordered;
  const l = head.ordered;
  if (l.length < 2 || p.length <= l.length) return false;
  for (let i = 0; i < l.length; i++) if (p[i] !== l[i]) return false;
  return true;
}
