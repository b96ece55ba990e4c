/**
 * "Bỏ mục này": an optional section (III, IV, V of a report, which the seeds do not all
 * write) taken out of the document, heading and text, as an officer deletes it in Word —
 * for the workbench, where there is no Word to delete it in, and for Word alike. Decided
 * here once for both renderers (pure): which controls go, and when the answer is no.
 *
 * Nothing the officer wrote is lost: a section holding the officer's own text is not
 * taken out (the officer empties it first, knowingly). A heading whose sections are all
 * gone goes with the last of them (III's "Đánh giá chung" over 1. and 2.).
 */
import type { ReportData } from "../core/model/report-data";
import { allSections, outlineFor, Section } from "../core/outline";
import { tagOf } from "./plan/tags";

export type SectionRemoval =
  | { readonly status: "remove"; readonly tags: readonly string[] }
  /** Not an optional section of this report, already gone, or holding the officer's text. */
  | { readonly status: "refused"; readonly reason: "not-optional" | "absent" | "has-text" };

export function sectionRemoval(data: ReportData, id: string, present: ReadonlySet<string>, sections: Readonly<Record<string, string>>): SectionRemoval {
  const all = allSections(outlineFor(data.period));
  const section = all.find((s) => s.id === id);
  if (!section || !section.optional || section.children.length > 0) return { status: "refused", reason: "not-optional" };
  if (!present.has(tagOf("section", id)) && !present.has(tagOf("heading", id))) return { status: "refused", reason: "absent" };
  // `sections` as read (ReadResult.sections): the officer's text only, placeholders left out.
  if ((sections[id] ?? "").trim() !== "") return { status: "refused", reason: "has-text" };
  const tags = [tagOf("heading", id), tagOf("section", id)].filter((t) => present.has(t));
  // The parent's heading goes with its last section.
  const parent = all.find((s) => s.children.includes(section as Section));
  if (parent?.optional) {
    const others = parent.children.filter((c) => c.id !== id && (present.has(tagOf("section", c.id)) || present.has(tagOf("heading", c.id))));
    if (others.length === 0 && present.has(tagOf("heading", parent.id))) tags.push(tagOf("heading", parent.id));
  }
  return { status: "remove", tags };
}
