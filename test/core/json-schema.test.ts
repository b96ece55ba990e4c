import Ajv2020 from "ajv/dist/2020";
import * as fs from "fs";
import * as path from "path";
import { SCHEMA_FILES, schemaText } from "../../scripts/export-schemas";
import { FIXTURES } from "../helpers";

const SCHEMAS = path.join(__dirname, "..", "..", "schemas");
const DATA = path.join(__dirname, "..", "..", "src", "core", "templates", "data");
const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

describe("exported JSON Schema files", () => {
  it.each(Object.keys(SCHEMA_FILES))("schemas/%s is up to date with the zod schema (npm run schemas)", (name) => {
    expect(fs.readFileSync(path.join(SCHEMAS, name), "utf8")).toBe(schemaText(SCHEMA_FILES[name]));
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
  const templateSchema = ajv.compile(read(path.join(SCHEMAS, "template.schema.json")));
  const reportSchema = ajv.compile(read(path.join(SCHEMAS, "report-data.schema.json")));

  it.each(fs.readdirSync(DATA))("a JSON Schema validator accepts the built-in template %s", (file) => {
    expect(templateSchema(read(path.join(DATA, file)))).toBe(true);
  });

  it.each(fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".json")))("and the report-data fixture %s", (file) => {
    expect(reportSchema(read(path.join(FIXTURES, file)))).toBe(true);
  });

  it("and refuses what zod refuses", () => {
    expect(reportSchema({ template: "x", agency: { name: "A", level: "quan" }, period: { year: 2021, kind: "nam" }, values: {} })).toBe(false);
    expect(templateSchema({ id: "x" })).toBe(false);
  });
});
