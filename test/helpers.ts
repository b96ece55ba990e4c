import * as fs from "fs";
import * as path from "path";
import { ReportData, ReportDataSchema } from "../src/core/model/report-data";
import { builtInTemplate } from "../src/core/templates/registry";
import type { Template } from "../src/core/model/template";

export const FIXTURES = path.join(__dirname, "fixtures");

/** A report-data fixture, validated by the schema as any input is. */
export function fixture(name: string): ReportData {
  return ReportDataSchema.parse(JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8")));
}

export function template(id: string): Template {
  const t = builtInTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

export function withValues(data: ReportData, values: Record<string, string | number>): ReportData {
  return { ...data, values: { ...data.values, ...values } };
}
