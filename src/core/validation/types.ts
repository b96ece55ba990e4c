/** What a check returns: one issue per problem, in Vietnamese, aimed at a row, a section or a header field. */
import type { Template } from "../model/template";
import type { ReportData } from "../model/report-data";
import type { Area } from "../model/vocabulary";
import type { ParseResult } from "../grammar/value";
import type { Outline } from "../outline";
import type { PlanCounts } from "../plan-counts";

export const RULES = [
  "required",
  "type",
  "range",
  "code",
  "sum",
  "le",
  "unknown",
  "period",
  "plan",
  "section",
  "header",
  "document",
  "narrative-period",
  "narrative-date",
  "narrative-number",
] as const;
export type Rule = (typeof RULES)[number];
export type Severity = "error" | "warning" | "info";
export type Mode = "draft" | "final";

export interface Issue {
  readonly severity: Severity;
  readonly rule: Rule;
  /** Indicator code ("3.1.3"), section id ("II.2"), header field ("so-ky-hieu") or null. */
  readonly target: string | null;
  readonly targetKind: "value" | "section" | "header" | null;
  /** For grouping a listing by area; "header" and "sections" for the document's other parts. */
  readonly area: Area | "header" | "sections" | null;
  readonly message: string;
  /** A short piece of the officer's own text the issue is about (narrative rules): the pane selects it within the target. */
  readonly find?: string;
}

export interface ValidateOptions {
  /** "final" is "kiểm tra trước khi ký": empty rows and sections become errors. */
  readonly mode?: Mode;
  /** The previous period's data, for the `period` rule on cumulative rows. */
  readonly previous?: ReportData;
  /** The year's CCHC plan, counted, for the `plan` rule on the rows it feeds. */
  readonly plan?: PlanCounts;
}

/** Everything a rule may read; values are parsed once, before any rule runs. */
export interface CheckContext {
  readonly template: Template;
  readonly data: ReportData;
  readonly mode: Mode;
  readonly previous?: ReportData;
  readonly plan?: PlanCounts;
  readonly outline: Outline;
  /** Parsed value of every template row that has a value cell. */
  readonly parsed: ReadonlyMap<string, ParseResult>;
}

export type RuleCheck = (ctx: CheckContext) => Issue[];
