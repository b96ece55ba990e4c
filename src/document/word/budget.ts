/**
 * Round trips are budgeted per sync: at most 1,000 operations and 1 MB of payload
 * (large batches are slow or refused on the web, office-js#2311, #3982). Work over
 * many controls is cut into batches; the number of syncs per action grows only
 * with that cut, never one per row.
 */
export const SYNC_BUDGET = {
  /** Operations per sync (Word documents no limit; this is ours, with a margin for loads). */
  maxOps: 1000,
  /** OOXML per insert: a package and its JSON escaping stay well under 1 MB. */
  maxInsertBytes: 512 * 1024,
  /** Controls written, marked or looked at per sync (each is at most 3 operations). */
  controlsPerSync: 300,
} as const;

/** Runs `each` over the items in batches, syncing after each batch. */
export async function inBatches<T>(context: Word.RequestContext, items: readonly T[], size: number, each: (item: T) => void): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    items.slice(i, i + size).forEach(each);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch within the budget (./budget.ts), never one per row
    await context.sync();
  }
}
