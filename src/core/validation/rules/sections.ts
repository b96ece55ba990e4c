/** `section`: every section the agency writes has its own text, not the template's placeholder. */
import { areaMembers, leafSections } from "../../outline";
import { isPlaceholderText } from "../../placeholders";
import { vi } from "../../../strings";
import type { CheckContext, Issue } from "../types";

/** Placeholders are bracketed instructions ("[Nêu …]"), a blank, or Word's own placeholder (src/core/placeholders.ts). */
export function looksLikePlaceholder(text: string, placeholder: string | undefined): boolean {
  const t = text.trim();
  return (placeholder !== undefined && t === placeholder.trim()) || isPlaceholderText(t);
}

const isWritten = (raw: string | undefined, placeholder: string | undefined) => raw !== undefined && raw.trim() !== "" && !looksLikePlaceholder(raw, placeholder);

export function checkSections(ctx: CheckContext): Issue[] {
  const texts = ctx.data.sections;
  if (texts === undefined) return [];
  const level = ctx.data.agency.level;
  const severity = ctx.mode === "final" ? "error" : "warning";
  const out: Issue[] = [];
  for (const sec of leafSections(ctx.outline)) {
    if (sec.fixedText !== undefined || !sec.levels.includes(level)) continue;
    const base = { severity, rule: "section", target: sec.id, targetKind: "section", area: sec.area ?? "sections" } as const;
    if (sec.optional) {
      // Not demanded: deleted from the document, nothing to say. Left with its placeholder, it would be
      // printed: an error before signing like any other; left empty, only its heading prints (a warning).
      const raw = texts[sec.id];
      // A reform area written as a whole or in its sub-sections a), b)…: one of them, at least.
      if (sec.parts && !areaMembers(ctx.outline, sec.id).some((m) => isWritten(texts[m.id], m.placeholder))) {
        const placeholderLeft = raw !== undefined && raw.trim() !== "";
        out.push({ ...base, message: placeholderLeft ? vi.check.sectionPlaceholder(sec.id, sec.heading) : vi.check.sectionEmpty(sec.id, sec.heading) });
        continue;
      }
      if (raw === undefined) continue;
      if (raw.trim() === "") out.push({ ...base, severity: "warning", message: vi.check.optionalSectionEmpty(sec.id, sec.heading) });
      else if (looksLikePlaceholder(raw, sec.placeholder)) out.push({ ...base, message: vi.check.optionalSectionPlaceholder(sec.id, sec.heading) });
      continue;
    }
    const text = (texts[sec.id] ?? "").trim();
    if (text === "") out.push({ ...base, message: vi.check.sectionEmpty(sec.id, sec.heading) });
    else if (looksLikePlaceholder(text, sec.placeholder)) {
      out.push({ ...base, message: vi.check.sectionPlaceholder(sec.id, sec.heading) });
    }
  }
  return out;
}
