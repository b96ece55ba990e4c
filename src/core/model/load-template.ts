/**
 * Loading a template: schema validation, then the checks a schema cannot express
 * (unique codes, parents present, relations naming real rows, coded rows with
 * options), then resolution into an indexed, read-only structure.
 */
import { z } from "zod";
import { Indicator, Template, TemplateError } from "./template";
import { Row, TemplateData, TemplateSchema } from "./template-schema";
import { parentCode } from "./vocabulary";

/** The printed columns: every value and note has exactly one place, widths add up to 100, a group's columns are adjacent. */
function columnProblems(t: TemplateData, columnIds: ReadonlySet<string>): string[] {
  const columns = t.appendix.columns;
  if (!columns) return [];
  const problems: string[] = [];
  const parts = columns.flatMap((c) => c.show);
  for (const part of ["label", "value", "note"] as const) {
    const n = parts.filter((p) => p === part).length;
    if (n !== 1) problems.push(`appendix.columns show "${part}" ${n} times; it must be shown exactly once`);
  }
  for (const part of ["stt", "unit", "area"] as const) {
    if (parts.filter((p) => p === part).length > 1) problems.push(`appendix.columns show "${part}" more than once`);
  }
  for (const part of parts) {
    if (part.startsWith("cell:") && !columnIds.has(part.slice(5))) problems.push(`appendix.columns show ${part}, but the template has no column ${part.slice(5)}`);
  }
  const total = columns.reduce((a, c) => a + c.width, 0);
  if (Math.abs(total - 100) > 0.5) problems.push(`appendix.columns widths add up to ${total}, not 100`);
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    if (!c.group || columns[i - 1]?.group === c.group) return;
    if (seen.has(c.group)) problems.push(`appendix.columns group "${c.group}" is split; its columns must be adjacent`);
    seen.add(c.group);
  });
  return problems;
}

function semanticProblems(t: TemplateData): string[] {
  const problems: string[] = [];
  const byCode = new Map<string, Row>();
  for (const row of t.rows) {
    if (byCode.has(row.code)) problems.push(`row ${row.code} appears twice`);
    byCode.set(row.code, row);
  }
  const columnIds = new Set(t.columns.map((c) => c.id));
  for (const row of t.rows) {
    const parent = parentCode(row.code);
    if (parent === null && !row.area) problems.push(`top-level row ${row.code} needs an area`);
    if (parent !== null && !byCode.has(parent)) problems.push(`row ${row.code} has no parent row ${parent}`);
    const kind = row.kind ?? "count";
    if (!row.group && kind === "coded" && !row.options) problems.push(`coded row ${row.code} needs options`);
    if (row.options && kind !== "coded") problems.push(`row ${row.code} has options but kind ${kind}`);
    if (row.options) {
      const values = row.options.map((o) => o.value);
      if (new Set(values).size !== values.length) problems.push(`row ${row.code} repeats an option value`);
    }
    for (const level of row.levels ?? []) {
      if (!t.levels.includes(level)) problems.push(`row ${row.code} names level ${level} the template does not have`);
    }
    if (row.base !== undefined && kind !== "percent") problems.push(`row ${row.code} has a base but is not a percentage`);
    for (const col of Object.keys(row.cells ?? {})) {
      if (!columnIds.has(col)) problems.push(`row ${row.code} fills unknown column ${col}`);
    }
  }
  problems.push(...columnProblems(t, columnIds));
  for (const code of Object.keys(t.previousTemplate?.codes ?? {})) {
    if (!byCode.has(code)) problems.push(`previousTemplate.codes names unknown row ${code}`);
  }
  for (const row of t.rows) {
    if (row.base === undefined) continue;
    const base = byCode.get(row.base);
    if (!base || base.group || !["count", "money", undefined].includes(base.kind)) problems.push(`row ${row.code} names base ${row.base}, which is not a count row`);
  }
  const valueRow = (code: string, where: string) => {
    const row = byCode.get(code);
    if (!row) problems.push(`${where} names unknown row ${code}`);
    else if (row.group) problems.push(`${where} names group row ${code}, which has no value`);
  };
  t.relations.forEach((rel, i) => {
    const where = `relation ${i + 1} (${rel.type})`;
    // An error only where the form's own arithmetic is broken; anything else is a warning the officer can read the reason of.
    if (rel.basis === "plausible" && rel.severity === "error") problems.push(`${where} is plausible, not the form's arithmetic: it cannot be an error`);
    if (rel.basis === "plausible" && !rel.reason) problems.push(`${where} is plausible and needs a reason the officer reads`);
    if (rel.type === "sum") {
      valueRow(rel.total, where);
      rel.parts?.forEach((c) => valueRow(c, where));
    } else {
      rel.parts.forEach((c) => valueRow(c, where));
      if (rel.type === "le") valueRow(rel.whole, where);
    }
  });
  return problems;
}

function resolve(t: TemplateData): Template {
  const children = new Map<string, string[]>();
  for (const row of t.rows) {
    const parent = parentCode(row.code);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), row.code]);
  }
  const resolved = new Map<string, Indicator>();
  const rows: Indicator[] = [];
  for (const row of t.rows) {
    const parent = parentCode(row.code);
    const parentRow = parent === null ? undefined : resolved.get(parent);
    const indicator: Indicator = Object.freeze({
      code: row.code,
      label: row.label,
      labelByLevel: row.labelByLevel ?? {},
      group: row.group ?? false,
      unit: row.unit,
      kind: row.kind ?? "count",
      options: row.options ?? [],
      area: row.area ?? parentRow?.area ?? "chi-dao-dieu-hanh",
      levels: row.levels ?? parentRow?.levels ?? t.levels,
      optional: row.optional ?? false,
      cumulative: row.cumulative ?? false,
      fromPlan: row.fromPlan,
      base: row.base,
      cells: row.cells ?? {},
      targets: row.targets ?? [],
      parent,
      children: children.get(row.code) ?? [],
      depth: row.code.split(".").length - 1,
    });
    resolved.set(row.code, indicator);
    rows.push(indicator);
  }
  return Object.freeze({
    data: t,
    id: t.id,
    version: t.version,
    rows,
    relations: t.relations,
    get: (code: string) => resolved.get(code),
  });
}

/** Validates and resolves a template; throws TemplateError with every problem found. */
export function loadTemplate(input: unknown): Template {
  const parsed = TemplateSchema.safeParse(input);
  const id = typeof input === "object" && input !== null && typeof (input as { id?: unknown }).id === "string" ? (input as { id: string }).id : "(no id)";
  if (!parsed.success) {
    throw new TemplateError(
      id,
      parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    );
  }
  const problems = semanticProblems(parsed.data);
  if (problems.length > 0) throw new TemplateError(parsed.data.id, problems);
  return resolve(parsed.data);
}

/** For JSON Schema export. */
export const templateJsonSchema = () => z.toJSONSchema(TemplateSchema, { io: "input" });
