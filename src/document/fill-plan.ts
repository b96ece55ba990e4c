/**
 * Deciding what filling writes. A value the officer typed is never overwritten
 * unless told to: a non-empty control whose text is neither the new value nor
 * the value the add-in itself wrote last (kept in the data part) is a conflict.
 */
import type { Template } from "../core/model/template";
import { valueText } from "./plan/build-plan";
import type { FillConflict, FillOptions } from "./report-document";

export interface FillDecision {
  /** code → text to write into its value control. */
  readonly writes: ReadonlyMap<string, string>;
  readonly unchanged: string[];
  readonly conflicts: FillConflict[];
  readonly missing: string[];
}

export function decideFill(
  template: Template,
  current: ReadonlyMap<string, string>,
  lastWritten: Readonly<Record<string, string | number>> | undefined,
  incoming: Readonly<Record<string, string | number>>,
  options: FillOptions = {},
): FillDecision {
  const writes = new Map<string, string>();
  const unchanged: string[] = [];
  const conflicts: FillConflict[] = [];
  const missing: string[] = [];
  for (const [code, raw] of Object.entries(incoming)) {
    const row = template.get(code);
    if (!row || row.group) {
      missing.push(code);
      continue;
    }
    const proposed = valueText(row, raw);
    const inDocument = current.get(code);
    if (inDocument === undefined) missing.push(code);
    else if (inDocument.trim() === proposed) unchanged.push(code);
    else if (inDocument.trim() === "" || options.overwrite) writes.set(code, proposed);
    else if (lastWritten && lastWritten[code] !== undefined && valueText(row, lastWritten[code]) === inDocument.trim()) writes.set(code, proposed);
    else conflicts.push({ code, inDocument: inDocument.trim(), proposed });
  }
  return { writes, unchanged, conflicts, missing };
}
