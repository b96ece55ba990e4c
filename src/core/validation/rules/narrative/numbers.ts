/**
 * `narrative-number`: a count stated next to an indicator's words that differs from the row's
 * value in the appendix ("đã ban hành 05 văn bản quy phạm pháp luật" against "Số VBQPPL đã ban
 * hành" = 3). Only confident matches: the number right before the row's whole object (with the
 * usual abbreviations), the row's verb in the same clause, and exactly one row matching.
 */
import { labelFor, Template } from "../../../model/template";
import type { AgencyLevel } from "../../../model/vocabulary";
import { parseViNumber } from "../../../grammar/numbers";
import { vi } from "../../../../strings";
import type { CheckContext, Issue } from "../../types";
import { lowerBound, oncePerWords, writtenSections } from "./text";

/** Words and their usual abbreviations, longest first; both the labels and the text are read through it. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/văn bản quy phạm pháp luật|văn bản qppl/gu, "vbqppl"],
  [/thủ tục hành chính/gu, "tthc"],
  [/cải cách hành chính/gu, "cchc"],
  [/đơn vị sự nghiệp công lập|đơn vị sncl|đvsncl/gu, "sncl"],
  [/dịch vụ công/gu, "dvc"],
  [/cán bộ, công chức, viên chức|cán bộ công chức viên chức/gu, "cbccvc"],
  [/ủy ban nhân dân|uỷ ban nhân dân/gu, "ubnd"],
];

export function normalise(s: string): string {
  let t = s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ");
  for (const [re, abbr] of ABBREVIATIONS) t = t.replace(re, abbr);
  return t;
}

/** Where a row's label turns from what is counted to what was done to it. */
const MARKERS = [" đã ", " được ", " đang ", " bị ", " cho phép ", " có "];

interface RowWords {
  readonly code: string;
  readonly object: string;
  readonly verbs: readonly string[];
}

/** "Số VBQPPL đã ban hành/tham mưu ban hành" → object "vbqppl", verbs ["ban hành", "tham mưu"]. */
function rowWords(code: string, label: string): RowWords | null {
  const l = normalise(label);
  const m = /^(?:tổng số|số lượng|số) (.+)$/u.exec(l);
  if (!m) return null;
  const body = ` ${m[1]} `;
  const at = MARKERS.map((k) => body.indexOf(k)).filter((i) => i > 0);
  if (at.length === 0) return null;
  const cut = Math.min(...at);
  const object = body.slice(0, cut).trim();
  const rest = body.slice(cut).trim().split(" ").slice(1).join(" ");
  const verbs = rest
    .split("/")
    .map((v) => v.trim().split(" ").slice(0, 2).join(" "))
    .filter((v) => v.length > 2);
  if (object.length < 3 || verbs.length === 0) return null;
  return { code, object, verbs };
}

/** Sentence and clause marks; a dot between digits (1.050) is a grouping dot. */
const CLAUSE_MARK = /[;:!?]|\.(?!\d)/g;

/**
 * A section's clauses, found once: which clause a position is in, whether a word stands in that
 * clause, and the clause as the officer wrote it. Every lookup is a binary search, so a long
 * section with many numbers stays fast.
 */
function clausesOf(text: string, original: string) {
  const marks = [...text.matchAll(CLAUSE_MARK)].map((m) => m.index!);
  // Clause marks are the same in both texts (lowercasing and abbreviating leave them).
  const written = original.split(CLAUSE_MARK);
  const places = new Map<string, number[]>();
  const placesOf = (word: string) => {
    let list = places.get(word);
    if (!list) {
      list = [];
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) list.push(at);
      places.set(word, list);
    }
    return list;
  };
  return {
    /** The clause holding [start, end): its number and bounds. */
    at(start: number, end: number) {
      const index = lowerBound(marks, start);
      const from = index > 0 ? marks[index - 1] + 1 : 0;
      const next = lowerBound(marks, end);
      return { index, from, to: next < marks.length ? marks[next] : text.length };
    },
    has(word: string, from: number, to: number): boolean {
      const list = placesOf(word);
      const i = lowerBound(list, from);
      return i < list.length && list[i] + word.length <= to;
    },
    quote(index: number): string {
      const clause = written[index]?.trim() ?? "";
      return clause.length > 160 ? `${clause.slice(0, 157)}…` : clause;
    },
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each count or money row's words, made once per template and level (a Sở checks hundreds of reports of one template). */
const wordsByTemplate = new WeakMap<Template, Map<AgencyLevel | undefined, readonly RowWords[]>>();
function countRowWords(template: Template, level: AgencyLevel | undefined): readonly RowWords[] {
  let byLevel = wordsByTemplate.get(template);
  if (!byLevel) wordsByTemplate.set(template, (byLevel = new Map()));
  let rows = byLevel.get(level);
  if (!rows) {
    const made: RowWords[] = [];
    for (const row of template.rows) {
      if (row.group || (row.kind !== "count" && row.kind !== "money")) continue;
      const words = rowWords(row.code, labelFor(row, level));
      if (words) made.push(words);
    }
    byLevel.set(level, (rows = made));
  }
  return rows;
}

export function checkNarrativeNumber(ctx: CheckContext): Issue[] {
  const sections = writtenSections(ctx);
  if (sections.length === 0) return [];
  const rows = countRowWords(ctx.template, ctx.data.agency.level);
  const out: Issue[] = [];
  for (const s of sections) {
    const text = normalise(s.text);
    const clauses = clausesOf(text, s.text);
    const once = oncePerWords();
    const hits = new Map<number, { row: RowWords; stated: number; clause: number }[]>();
    for (const r of rows) {
      const re = new RegExp(`(?<![\\d.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+${escape(r.object)}(?![\\p{L}])`, "gu");
      for (const m of text.matchAll(re)) {
        const clause = clauses.at(m.index!, m.index! + m[0].length);
        if (!r.verbs.some((v) => clauses.has(v, clause.from, clause.to))) continue;
        const n = parseViNumber(m[1]);
        if (!n.ok) continue;
        const list = hits.get(m.index!) ?? [];
        list.push({ row: r, stated: n.value, clause: clause.index });
        hits.set(m.index!, list);
      }
    }
    for (const list of hits.values()) {
      if (list.length !== 1) continue; // two rows fit the words: not confident
      const h = list[0];
      const parsed = ctx.parsed.get(h.row.code);
      if (parsed?.status !== "ok" || parsed.value.number === undefined || parsed.value.number === h.stated) continue;
      const row = ctx.template.get(h.row.code)!;
      const quote = clauses.quote(h.clause);
      if (!once(quote)) continue;
      out.push({
        severity: "warning",
        rule: "narrative-number",
        target: s.id,
        targetKind: "section",
        area: "sections",
        find: quote.slice(0, 255),
        message: vi.check.narrativeNumber(s.id, s.heading, quote, { code: row.code, label: labelFor(row, ctx.data.agency.level) }, String(ctx.data.values[row.code] ?? "").trim()),
      });
    }
  }
  return out;
}
