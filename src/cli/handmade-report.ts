/** A report typed by hand on the command line: its data, or one line saying what to give; and how each value was found. */
import { periodInfo } from "../core/period";
import type { ReportData } from "../core/model/report-data";
import { hasNoAppendix, HandmadeRead } from "../document/handmade/read-handmade";
import { vi } from "../strings";
import { UsageFailure } from "./failure";

const h = vi.handmade;
const LIST = 12;
const short = (items: readonly string[]) => (items.length > LIST ? `${items.slice(0, LIST).join(", ")} … (${items.length})` : items.join(", "));

/** The report's data; when the document does not say enough, the options to give. */
export function handmadeData(file: string, read: HandmadeRead): ReportData {
  if (read.data) return read.data;
  if (hasNoAppendix(read)) throw new UsageFailure(h.errNoAppendix(file));
  throw new UsageFailure(h.errNotRecognised(file, h.parts(read.missing), read.missing.map((m) => h.identityOption[m]).join(", ")));
}

/** Rows to look at again: ambiguous matches, matches on the code alone, and typed rows that matched nothing. */
export function doubtfulCount(read: HandmadeRead): number {
  return read.found.filter((f) => f.ambiguousWith || f.basis === "code").length + read.unmatched.length;
}

/** Says how the report was read, value by value where it was not plain (stderr). */
export function describeHandmade(read: HandmadeRead, data: ReportData, say: (s: string) => void): void {
  const id = read.identity;
  say(h.read(data.template, read.found.length, periodInfo(data.period).title, data.agency.name, data.agency.level));
  say(id.period && id.period.value.kind === data.period.kind && id.period.value.year === data.period.year ? h.from(h.identityPart.period, id.period.from) : h.given(h.identityPart.period));
  say(id.agency && id.agency.value === data.agency.name ? h.from(h.identityPart.agency, id.agency.from) : id.agency ? h.given(h.identityPart.agency) : h.from(h.identityPart.agency, data.agency.name));
  say(id.level && id.level.value === data.agency.level ? h.from(h.identityPart.level, id.level.from) : h.given(h.identityPart.level));
  const byCode = read.found.filter((f) => f.basis !== "label").length;
  say(h.counts(Object.keys(data.values).length, Object.keys(data.notes ?? {}).length, byCode, read.found.length - byCode));
  const renumbered = read.found.filter((f) => f.basis === "label" && f.printedCode !== "").map((f) => `${f.printedCode} → ${f.code}`);
  if (renumbered.length > 0) say(h.renumbered(short(renumbered)));
  for (const f of read.found) {
    const row = read.appendix.rows.find((p) => p.table === f.table && p.row === f.row);
    if (f.how === "unit-typed-in") say(h.unitTypedIn(f.code, row?.value ?? "", f.value ?? ""));
    if (f.how === "note-in-value-cell") say(h.noteInValue(f.code, row?.value ?? "", f.value ?? ""));
    if (f.noteInLabel) say(h.noteInLabel(f.code));
  }
  for (const f of read.found) {
    if (f.ambiguousWith) say(h.ambiguous(f.code, f.printedLabel, f.ambiguousWith));
    else if (f.basis === "code") say(h.weakLabel(f.code, f.printedLabel));
  }
  if (read.unmatched.length > 0) {
    say(h.unmatchedHeading(read.unmatched.length));
    for (const p of read.unmatched) say(h.unmatchedLine(p.label, p.value));
  }
  if (read.appendix.truncated) say(h.truncated(read.appendix.rows.length));
  if (read.notPrinted.length > 0) say(h.notPrinted(read.notPrinted.length, short(read.notPrinted)));
}
