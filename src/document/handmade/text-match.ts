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

/**
 * How alike two wordings are, 0–1: the Dice coefficient of their word lists
 * (each word counted as often as it occurs), so a word added or left out costs
 * little in a long label and much in a short one.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
