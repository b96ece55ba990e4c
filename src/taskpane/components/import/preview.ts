/** What importing would change, row by row, before anything is written. */
import type { Template } from "../../../core/model/template";
import { valueText } from "../../../document/plan/build-plan";
import type { ImportedValues } from "../../../import/read-values";

export type Change = "new" | "changed" | "same" | "unknown";

export interface PreviewRow {
  readonly code: string;
  readonly label: string;
  readonly inDocument: string;
  readonly proposed: string;
  readonly change: Change;
}

export function previewImport(template: Template, current: Readonly<Record<string, string>>, imported: ImportedValues): PreviewRow[] {
  return Object.entries(imported.values).map(([code, raw]) => {
    const row = template.get(code);
    if (!row || row.group) return { code, label: "", inDocument: "", proposed: String(raw), change: "unknown" as const };
    const proposed = valueText(row, raw);
    const inDocument = (current[code] ?? "").trim();
    const change: Change = inDocument === "" ? "new" : inDocument === proposed ? "same" : "changed";
    return { code, label: row.label, inDocument, proposed, change };
  });
}
