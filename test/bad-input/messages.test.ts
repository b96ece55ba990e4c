/** Issue #15, item 8: one Vietnamese line for every unusable input — a damaged data part says what is wrong; the system's English never shows. */
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { systemReason } from "../../src/cli/read-input";
import { cchc } from "../cli/run-cchc";
import { docxBytes } from "../document/docx-helpers";

describe("messages", () => {
  it("says what is wrong with a damaged data part, in extract and in aggregate", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-msg-"));
    const zip = await JSZip.loadAsync(await docxBytes());
    const xml = await zip.file("customXml/item1.xml")!.async("string");
    zip.file("customXml/item1.xml", xml.replace(/\{"template"/, '{"template"::'));
    const file = path.join(dir, "hong.docx");
    fs.writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
    expect(cchc(["extract", file, "--json"]).stderr).toContain(`phần dữ liệu của báo cáo trong ${file} bị hỏng (nội dung JSON bị hỏng)`);
    const agg = cchc(["aggregate", dir, path.join(__dirname, "..", "fixtures", "seed-002.json"), "-o", path.join(dir, "th.json"), "--json"]);
    expect(JSON.parse(agg.stdout).problems).toEqual([{ file, agency: "", problem: "phần dữ liệu của báo cáo bị hỏng: nội dung JSON bị hỏng" }]);
  });

  it("says why the system refused a file, in Vietnamese, whatever the system's code", () => {
    expect(systemReason(Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: "EACCES" }))).toBe("không có quyền truy cập");
    expect(systemReason(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }))).toBe("ổ đĩa đã đầy");
    expect(systemReason(Object.assign(new Error("weird"), { code: "EWEIRD" }))).toBe("lỗi hệ thống (EWEIRD)");
  });

  it("never prints a stack trace or the system's English for a folder given as a file", () => {
    const r = cchc(["check", os.tmpdir()]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`cchc: không đọc được tệp ${os.tmpdir()}: đây là thư mục`);
  });
});
