/** Selecting a control by its tag, and in it the words an issue quotes when Word's search finds them. */
import { isControlOf } from "../plan/tags";
import { takeSnapshot } from "./snapshot";
import type { WordHost } from "./word-host";

/** Selects the control (one snapshot), then the quoted words in it (one sync to look) when Word finds them. */
export async function selectControl(host: WordHost, tag: string, find?: string): Promise<boolean> {
  return host.run(async (context) => {
    const s = await takeSnapshot(context, host, false);
    const i = s.read.findIndex(isControlOf(tag));
    if (i < 0) return false;
    const words = searchable(find);
    if (words) {
      // Range.search takes at most 255 characters (learn.microsoft.com, Word.ContentControl.search): one sync to look.
      const found = s.controls[i].search(words, { matchCase: true });
      found.load("items");
      await context.sync();
      if (found.items.length > 0) {
        found.items[0].select("Select" as Word.SelectionMode.select);
        await context.sync();
        return true;
      }
    }
    s.controls[i].select("Select" as Word.SelectionMode.select);
    await context.sync();
    return true;
  });
}

/**
 * Words Word's search can take as they are: at most 255 characters (Word.ContentControl.search),
 * cut before "^" (Word's search reads ^p, ^t… as special characters) and at a word boundary.
 */
export function searchable(find: string | undefined): string | null {
  if (!find) return null;
  let words = find.split("^")[0].replace(/\s+/g, " ").trim();
  if (words.length > 255) words = words.slice(0, 255).replace(/\s+\S*$/, "");
  return words.length >= 2 ? words : null;
}
