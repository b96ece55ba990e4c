/**
 * Writes the JSON Schema files of the template and report-data formats into
 * schemas/ (committed; a test fails when they drift from the zod schemas).
 *   npm run schemas
 */
import * as fs from "fs";
import * as path from "path";
import { reportDataJsonSchema } from "../src/core/model/report-data";
import { templateJsonSchema } from "../src/core/model/load-template";

export const SCHEMA_FILES: Record<string, () => unknown> = {
  "template.schema.json": templateJsonSchema,
  "report-data.schema.json": reportDataJsonSchema,
};

export function schemaText(make: () => unknown): string {
  return `${JSON.stringify(make(), null, 2)}\n`;
}

if (require.main === module) {
  const dir = path.join(__dirname, "..", "..", "schemas");
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, make] of Object.entries(SCHEMA_FILES)) {
    fs.writeFileSync(path.join(dir, name), schemaText(make));
    process.stdout.write(`wrote schemas/${name}\n`);
  }
}
