/** Issue #15, item 6: `cchc check` on a .docx says where the document and its data part disagree, never silently. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { cchc } from "../cli/run-cchc";
import { FIXTURES } from "../helpers";

it("check lists a text changed behind the data part's back as a `document` warning, naming both texts", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-chk-"));
  const file = path.join(dir, "bao-cao.docx");
  expect(
    cchc([
      "new",
      "--template",
      "tk-7-linh-vuc-2021",
      "--kind",
      "6-thang",
      "--year",
      "2021",
      "--agency",
      "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
      "--agency-level",
      "tinh",
      "--data",
      path.join(FIXTURES, "seed-002.json"),
      "-o",
      file,
    ]).code,
  ).toBe(0);
  const doc = await DocxReportDocument.open(new Uint8Array(fs.readFileSync(file)));
  // Another program changed 2.3 and left the data part as it was.
  doc.editControl("cchc:value:2.3", "5");
  const edited = path.join(dir, "sua.docx");
  fs.writeFileSync(edited, await doc.save());
  const r = cchc(["check", edited, "--json"]);
  const issues = JSON.parse(r.stdout).issues as { severity: string; rule: string; target: string; message: string }[];
  expect(issues.filter((i) => i.rule === "document")).toEqual([{ severity: "warning", rule: "document", target: "2.3", message: expect.stringContaining('văn bản ghi "5", phần dữ liệu ghi "04"') }]);
});
