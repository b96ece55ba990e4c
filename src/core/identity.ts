/** Whose report something is: its template, agency and period; and how two identities differ, in words. */
import type { ReportData } from "./model/report-data";
import { periodInfo } from "./period";
import { vi } from "../strings";

export type Identity = Pick<ReportData, "template" | "agency" | "period">;

const fold = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");

/** Each way `given` differs from `document`, as a Vietnamese phrase ("mẫu tk-2-cap-2025 ≠ tk-7-linh-vuc-2021"); empty when the same. */
export function identityDifferences(given: Identity, document: Identity): string[] {
  const out: string[] = [];
  const d = vi.identity;
  if (given.template !== document.template) out.push(d.template(given.template, document.template));
  if (given.period.year !== document.period.year || given.period.kind !== document.period.kind) {
    const name = (p: Identity["period"]) => `${vi.kindName(p.kind)} (${periodInfo(p).title})`;
    out.push(d.period(name(given.period), name(document.period)));
  }
  if (fold(given.agency.name) !== fold(document.agency.name)) out.push(d.agency(given.agency.name, document.agency.name));
  if (given.agency.level !== document.agency.level) out.push(d.level(vi.levelName(given.agency.level), vi.levelName(document.agency.level)));
  return out;
}
