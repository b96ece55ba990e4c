/**
 * Report outlines: the body's sections per kind, following the seeds. Only leaf
 * sections hold text (a content control each, keyed `cchc:section:<id>`); the
 * `section` rule checks that each applicable leaf was written.
 */
import { vi, viDocument } from "../strings";
import type { Period } from "./model/report-data";
import { AGENCY_LEVELS, AgencyLevel, Area, AREAS, ReportKind } from "./model/vocabulary";
import { periodInfo } from "./period";

export interface Section {
  readonly id: string;
  readonly heading: string;
  /** Leaves hold text; a placeholder shows what to write. */
  readonly placeholder?: string;
  /** Fixed text that is not the officer's to write (locked in the document). */
  readonly fixedText?: string;
  readonly area?: Area;
  /** Agency levels that write this section; others see `notReportedText`. */
  readonly levels: readonly AgencyLevel[];
  readonly notReportedText?: string;
  /**
   * A section the seeds do not all write (III, IV, V of a report: seed 002 has none of them): not
   * demanded before signing, and the officer may delete it (heading and text) from the document.
   */
  readonly optional?: boolean;
  /**
   * A sub-section of a reform area (a), b), c)… as seeds 002 and 003 write them): printed after the
   * area with this label, optional; the area (`parts: true`) is written as a whole or in its parts.
   */
  readonly label?: string;
  readonly partOf?: string;
  /** A reform area that has sub-sections: at least one of it and them must be written. */
  readonly parts?: boolean;
  readonly children: readonly Section[];
}

export interface Outline {
  readonly kind: ReportKind;
  readonly docType: "report" | "plan";
  /** "BC" or "KH": the tên loại abbreviation expected in the ký hiệu. */
  readonly kyHieuType: "BC" | "KH";
  readonly title: string;
  readonly trichYeu: string;
  readonly sections: readonly Section[];
}

const ALL = AGENCY_LEVELS;
const REFORM_AREAS = AREAS.filter((a) => a !== "chi-dao-dieu-hanh");
const s = viDocument.sections;
const ph = viDocument.placeholders;

function leaf(id: string, heading: string, placeholder: string, extra: Partial<Section> = {}): Section {
  return { id, heading, placeholder, levels: ALL, children: [], ...extra };
}
function node(id: string, heading: string, children: Section[]): Section {
  return { id, heading, levels: ALL, children };
}

function areaSections(prefix: string, areas: readonly Area[], placeholder: (name: string) => string, withParts = false): Section[] {
  return areas.flatMap((area, i) => {
    const name = vi.areaName(area);
    const notForSuNghiep = area === "the-che";
    const levels = notForSuNghiep ? ALL.filter((l) => l !== "su-nghiep") : ALL;
    const id = `${prefix}.${i + 1}`;
    const subs = withParts ? (viDocument.subSections[area] ?? []) : [];
    const own = leaf(id, name, subs.length > 0 ? ph.areaWithParts(name) : placeholder(name), {
      area,
      levels,
      notReportedText: notForSuNghiep ? viDocument.notReportedBySuNghiep : undefined,
      ...(subs.length > 0 ? { optional: true, parts: true } : {}),
    });
    const parts = subs.map((heading, k) => leaf(`${id}.${k + 1}`, heading, ph.part(heading), { area, levels, optional: true, label: viDocument.subSectionLabels[k], partOf: id }));
    return [own, ...parts];
  });
}

/** The reform area a section belongs to as one of its members (the area's own text, or a sub-section), if any. */
export const areaOf = (s: Section): string | undefined => (s.parts ? s.id : s.partOf);

/** The members of a reform area written in parts: the area's own text and its sub-sections. */
export function areaMembers(outline: Outline, areaId: string): Section[] {
  return leafSections(outline).filter((s) => s.id === areaId || s.partOf === areaId);
}

/** An optional section and all it holds. */
const optional = (sec: Section): Section => ({ ...sec, optional: true, children: sec.children.map(optional) });

function reportSections(kind: ReportKind, next: string): Section[] {
  // The seeds write "Khó khăn, vướng mắc" after the results in a quarter's and a half-year's report
  // (seeds 000, 003); the year's report reviews the year (ưu điểm; tồn tại, hạn chế).
  const review = kind === "nam" ? node("III", s.IIIReview, [leaf("III.1", s["III.1"], ph["III.1"]), leaf("III.2", s["III.2"], ph["III.2"])]) : leaf("III", s.IIIQuarter, ph.III);
  return [
    node("I", s.I, [
      leaf("I.1", s["I.1"], ph["I.1"], { area: "chi-dao-dieu-hanh" }),
      leaf("I.2", s["I.2"], ph["I.2"], { area: "chi-dao-dieu-hanh" }),
      leaf("I.3", s["I.3"], ph["I.3"], { area: "chi-dao-dieu-hanh" }),
    ]),
    node("II", s.II, areaSections("II", REFORM_AREAS, ph.area, true)),
    optional(review),
    optional(leaf("IV", s.IV(next), ph.IV)),
    optional(leaf("V", s.V, ph.V)),
  ];
}

function planSections(): Section[] {
  return [
    leaf("I", s.planI, ph.planI),
    node("II", s.planII, areaSections("II", [...REFORM_AREAS, "chi-dao-dieu-hanh"], ph.planArea)),
    { id: "III", heading: s.planIII, fixedText: viDocument.planAssignmentText, levels: ALL, children: [] },
    leaf("IV", s.planIV, ph.planIV),
  ];
}

export function outlineFor(period: Period): Outline {
  const info = periodInfo(period);
  if (period.kind === "ke-hoach") {
    return {
      kind: period.kind,
      docType: "plan",
      kyHieuType: "KH",
      title: viDocument.docTypePlan,
      trichYeu: viDocument.trichYeuPlan(period.year),
      sections: planSections(),
    };
  }
  return {
    kind: period.kind,
    docType: "report",
    kyHieuType: "BC",
    title: viDocument.docTypeReport,
    trichYeu: viDocument.trichYeuReport(info.title, info.next),
    sections: reportSections(period.kind, info.next),
  };
}

/** Leaf sections in document order: the ones that hold text. */
export function leafSections(outline: Outline): Section[] {
  const out: Section[] = [];
  const walk = (list: readonly Section[]) => {
    for (const sec of list) {
      if (sec.children.length === 0) out.push(sec);
      else walk(sec.children);
    }
  };
  walk(outline.sections);
  return out;
}

/** Every section, headings with children included, in document order. */
export function allSections(outline: Outline): Section[] {
  const out: Section[] = [];
  const walk = (list: readonly Section[]) => list.forEach((sec) => (out.push(sec), walk(sec.children)));
  walk(outline.sections);
  return out;
}
