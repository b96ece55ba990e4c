/** `section`: every section the agency writes has its own text, not the template's placeholder. */
import { leafSections } from "../../outline";
import { isPlaceholderText } from "../../placeholders";
import { vi } from "../../../strings";
import type { CheckContext, Issue } from "../types";

/** Placeholders are bracketed instructions ("[Nêu …]"), a blank, or Word's own placeholder (src/core/placeholders.ts). */
export function looksLikePlaceholder(text: string, placeholder: string | undefined): boolean {
  const t = text.trim();
  return (placeholder !== undefined && t === placeholder.trim()) || isPlaceholderText(t);
}

export function checkSections(ctx: CheckContext): Issue[] {
  const texts = ctx.data.sections;
  if (texts === undefined) return [];
  const level = ctx.data.agency.level;
  const severity = ctx.mode === "final" ? "error" : "warning";
  const out: Issue[] = [];
  for (const sec of leafSections(ctx.outline)) {
    if (sec.fixedText !== undefined || !sec.levels.includes(level)) continue;
    const text = (texts[sec.id] ?? "").trim();
    const base = { severity, rule: "section", target: sec.id, targetKind: "section", area: sec.area ?? "sections" } as const;
    if (text === "") out.push({ ...base, message: vi.check.sectionEmpty(sec.id, sec.heading) });
    else if (looksLikePlaceholder(text, sec.placeholder)) {
      out.push({ ...base, message: vi.check.sectionPlaceholder(sec.id, sec.heading) });
    }
  }
  return out;
}
