/**
 * "Bỏ mục này": an optional section (III, IV, V of a report, which the seeds do not all
 * write; a reform area's sub-sections a), b)…, or the area's own text when it is written in
 * them) taken out of the document, heading and text, as an officer deletes it in Word —
 * for the workbench, where there is no Word to delete it in, and for Word alike. Decided
 * here once for both renderers (pure): which controls go, and when the answer is no.
 *
 * Nothing the officer wrote is lost: a section holding the officer's own text is not
 * taken out (the officer empties it first, knowingly). A heading whose sections are all
 * gone goes with the last of them (III's "Đánh giá chung" over 1. and 2.).
 */
import type { ReportData } from "../core/model/report-data";
import { allSections, areaMembers, areaOf, outlineFor, Section } from "../core/outline";
import { words } from "./handmade/text-match";
import { isControlOf, tagOf } from "./plan/tags";
import type { DataPartRead } from "./data-part";

export type SectionRemoval =
  | { readonly status: "remove"; readonly tags: readonly string[] }
  /** Not an optional section of this report, already gone, or holding the officer's text. */
  /** `last-part`: the last of a reform area's own text and its sub-sections a), b)… (the area's heading would print alone). */
  | { readonly status: "refused"; readonly reason: "not-optional" | "absent" | "has-text" | "last-part" };

/**
 * Whether the heading's paragraph holds more than the heading: text typed beside its control ("V. Kiến
 * nghị, đề xuất: Không có."), or, in a report taken over, words in the heading control that are not
 * the heading's ("V. Kiến nghị: đề nghị tập huấn" wrapped whole). Such words are the officer's.
 */
export function headingHoldsMore(section: Section, heading: { readonly control: string; readonly paragraph: string }): boolean {
  const control = words(heading.control).join(" ");
  if (words(heading.paragraph).join(" ") !== control) return true;
  const own = new Set([...words(section.id), ...words(section.label ?? ""), ...words(section.heading)]);
  return words(heading.control).some((w) => !own.has(w));
}

/** `heading`: the heading control's text and its paragraph's, where the document has the heading. */
export function sectionRemoval(
  data: ReportData,
  id: string,
  present: ReadonlySet<string>,
  sections: Readonly<Record<string, string>>,
  heading?: { readonly control: string; readonly paragraph: string },
): SectionRemoval {
  const outline = outlineFor(data.period);
  const all = allSections(outline);
  const section = all.find((s) => s.id === id);
  if (!section || !section.optional || section.children.length > 0) return { status: "refused", reason: "not-optional" };
  // An area written in parts has only its own text to lose: with that gone, the area is absent here.
  if (!present.has(tagOf("section", id)) && (section.parts || !present.has(tagOf("heading", id)))) return { status: "refused", reason: "absent" };
  // `sections` as read (ReadResult.sections): the officer's text only, placeholders left out.
  if ((sections[id] ?? "").trim() !== "") return { status: "refused", reason: "has-text" };
  if (heading && headingHoldsMore(section, heading)) return { status: "refused", reason: "has-text" };
  // A reform area written in parts: its own text goes alone (its heading stays over the parts), and one of them stays.
  const area = areaOf(section);
  if (area !== undefined) {
    const members = areaMembers(outline, area).filter((s) => s.id !== id && present.has(tagOf("section", s.id)));
    if (members.length === 0) return { status: "refused", reason: "last-part" };
  }
  const tags = (section.parts ? [tagOf("section", id)] : [tagOf("heading", id), tagOf("section", id)]).filter((t) => present.has(t));
  // The parent's heading goes with its last section.
  const parent = all.find((s) => s.children.includes(section as Section));
  if (parent?.optional) {
    const others = parent.children.filter((c) => c.id !== id && (present.has(tagOf("section", c.id)) || present.has(tagOf("heading", c.id))));
    if (others.length === 0 && present.has(tagOf("heading", parent.id))) tags.push(tagOf("heading", parent.id));
  }
  return { status: "remove", tags };
}

/** The control that is section `id`'s heading, among read controls (by tag, or title where the tag was lost). */
export const isHeadingOf = (id: string) => isControlOf(tagOf("heading", id));

/** The data part once section `id`'s controls (`tags`) are gone: its text forgotten, and the controls from the typed and expected lists. */
export function dataPartWithout(part: Extract<DataPartRead, { status: "ok" }>, id: string, tags: readonly string[]): { data: ReportData; typed: string[]; expected?: string[] } {
  const gone = new Set(tags);
  const { [id]: _removed, ...sections } = part.data.sections ?? {};
  const keep = (list: ReadonlySet<string>) => [...list].filter((t) => !gone.has(t));
  return { data: { ...part.data, sections }, typed: keep(part.typed), ...(part.expected ? { expected: keep(part.expected) } : {}) };
}
