/** What importing would change, row by row, before anything is written. */
import type { Template } from "../../../core/model/template";
import { valueText } from "../../../document/plan/build-plan";
import type { ImportedValues } from "../../../import/read-values";
import type { ReportData } from "../../../core/model/report-data";
import { invalidValues } from "../data/invalid-values";

export type Change = "new" | "changed" | "same" | "unknown" | "invalid";

export interface PreviewRow {
  readonly code: string;
  readonly label: string;
  readonly inDocument: string;
  readonly proposed: string;
  readonly change: Change;
  /** Why an invalid value cannot be written (the check's message). */
  readonly reason?: string;
}

/** Each imported value against the document: new, changed, the same, a code the template lacks, or invalid (with why). */
export function previewImport(template: Template, data: ReportData, current: Readonly<Record<string, string>>, imported: ImportedValues): PreviewRow[] {
  const invalid = new Map(invalidValues(template, data, imported.values).map((i) => [i.code, i.message]));
  return Object.entries(imported.values).map(([code, raw]) => {
    const row = template.get(code);
    if (!row || row.group) return { code, label: "", inDocument: "", proposed: String(raw), change: "unknown" as const };
    const reason = invalid.get(code);
    if (reason) return { code, label: row.label, inDocument: (current[code] ?? "").trim(), proposed: String(raw), change: "invalid" as const, reason };
    const proposed = valueText(row, raw);
    const inDocument = (current[code] ?? "").trim();
    const change: Change = inDocument === "" ? "new" : inDocument === proposed ? "same" : "changed";
    return { code, label: row.label, inDocument, proposed, change };
  });
}
