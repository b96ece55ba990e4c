/**
 * A loaded template: an indexed, read-only structure of indicators, and the plain
 * questions asked of it (label for a level, applicability, which reports it serves).
 * Loading and validating a template file is ./load-template.ts (it needs zod; this does not).
 */
import type { AgencyLevel, Area, ReportKind, ValueKind } from "./vocabulary";
import type { CodedOption, Relation, Target, TemplateData } from "./template-schema";

export interface Indicator {
  readonly code: string;
  readonly label: string;
  readonly labelByLevel: Partial<Record<AgencyLevel, string>>;
  readonly group: boolean;
  readonly unit: string | undefined;
  readonly kind: ValueKind;
  readonly options: readonly CodedOption[];
  readonly area: Area;
  readonly levels: readonly AgencyLevel[];
  readonly optional: boolean;
  readonly cumulative: boolean;
  /** Counted from the year's CCHC plan (--plan, "Lấy từ kế hoạch"). */
  readonly fromPlan: "tasks" | "tasks-done" | undefined;
  /** For a percentage: the row it is a share of (aggregation weights by it). */
  readonly base: string | undefined;
  readonly cells: Readonly<Record<string, string>>;
  readonly targets: readonly Target[];
  readonly parent: string | null;
  readonly children: readonly string[];
  readonly depth: number;
}

export interface Template {
  readonly data: TemplateData;
  readonly id: string;
  readonly version: string;
  readonly rows: readonly Indicator[];
  readonly relations: readonly Relation[];
  get(code: string): Indicator | undefined;
}

export class TemplateError extends Error {
  constructor(
    readonly templateId: string,
    readonly problems: readonly string[],
  ) {
    super(`template ${templateId}: ${problems.join("; ")}`);
    this.name = "TemplateError";
  }
}

/** The label an agency of this level reads for the row. */
export function labelFor(row: Indicator, level?: AgencyLevel): string {
  return (level && row.labelByLevel[level]) || row.label;
}

/** Every wording of the row's label: the template's, and each level's own. */
export function labelsOf(row: Indicator): string[] {
  return [row.label, ...Object.values(row.labelByLevel)];
}

/** Whether the row is reported by an agency of this level. */
export function appliesTo(row: Indicator, level: AgencyLevel): boolean {
  return row.levels.includes(level);
}

/**
 * Whether a template serves a report: its kind, the agency's level, and its
 * validity dates against the end of the period's data window (tk-2-cap-2025
 * from 1/7/2025; the three-level templates until 30/6/2025).
 */
export function templateServes(t: Template, kind: ReportKind, year: number, level: AgencyLevel): boolean {
  if (!t.data.kinds.includes(kind) || !t.data.levels.includes(level)) return false;
  const lastMonth: Record<ReportKind, string> = { "quy-1": "03", "6-thang": "06", "quy-3": "09", "9-thang": "09", nam: "12", "ke-hoach": "01" };
  const reference = `${year}-${lastMonth[kind]}-14`;
  return (!t.data.validFrom || t.data.validFrom <= reference) && (!t.data.validUntil || reference <= t.data.validUntil);
}

/** The report templates (not the standard tables) among `templates` that serve a report of this kind, year and level. */
export function reportTemplatesServing(templates: readonly Template[], kind: ReportKind, year: number, level: AgencyLevel): Template[] {
  return templates.filter((t) => t.data.layout !== "table" && templateServes(t, kind, year, level));
}
