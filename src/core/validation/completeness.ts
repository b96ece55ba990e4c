/** How complete a report is: filled / required value rows and body sections (the completeness bar). */
import { parseValue } from "../grammar/value";
import type { ReportData } from "../model/report-data";
import { appliesTo, Template } from "../model/template";
import { leafSections, outlineFor } from "../outline";
import { looksLikePlaceholder } from "./rules/sections";

export interface Completeness {
  readonly rows: { readonly filled: number; readonly required: number };
  readonly sections: { readonly filled: number; readonly required: number };
  /** The required fields still empty, in document order: value codes, then section ids. */
  readonly empty: readonly { readonly kind: "value" | "section"; readonly key: string }[];
}

export function completeness(template: Template, data: ReportData): Completeness {
  const level = data.agency.level;
  const empty: { kind: "value" | "section"; key: string }[] = [];
  let rowsRequired = 0;
  let rowsFilled = 0;
  for (const row of template.rows) {
    if (row.group || row.optional || !appliesTo(row, level)) continue;
    rowsRequired++;
    if (parseValue(data.values[row.code], row).status === "empty") empty.push({ kind: "value", key: row.code });
    else rowsFilled++;
  }
  let sectionsRequired = 0;
  let sectionsFilled = 0;
  if (data.sections !== undefined) {
    for (const s of leafSections(outlineFor(data.period))) {
      // Optional sections (III–V of a report) are not counted: the bar measures what is required.
      if (s.fixedText !== undefined || !s.levels.includes(level) || s.optional) continue;
      sectionsRequired++;
      const text = (data.sections[s.id] ?? "").trim();
      if (text === "" || looksLikePlaceholder(text, s.placeholder)) empty.push({ kind: "section", key: s.id });
      else sectionsFilled++;
    }
  }
  return { rows: { filled: rowsFilled, required: rowsRequired }, sections: { filled: sectionsFilled, required: sectionsRequired }, empty };
}
