/** Issue #15, item 8: one Vietnamese line for every unusable input — a damaged data part says what is wrong; the system's English never shows. */
import { execFileSync } from "child_process";
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

  // A named pipe (mkfifo, POSIX) called report.docx: opening it to read would wait for a writer for ever.
  (process.platform === "win32" ? it.skip : it)("refuses a pipe named like a report at once, in check and in aggregate, and reads the rest", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-pipe-"));
    const pipe = path.join(dir, "bao-cao.docx");
    execFileSync("mkfifo", [pipe]);
    const reason = `không đọc được tệp ${pipe}: đây không phải tệp thông thường (có thể là ống dẫn, thiết bị hay socket); hãy lưu nội dung thành tệp rồi chạy lại`;
    const r = cchc(["check", pipe]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`cchc: ${reason}`);
    fs.writeFileSync(path.join(dir, "don-vi.docx"), await docxBytes());
    const agg = JSON.parse(cchc(["aggregate", dir, "-o", path.join(dir, "th.json"), "--json"]).stdout);
    expect(agg.aggregated).toBe(1);
    expect(agg.problems).toEqual([{ file: pipe, agency: "", problem: reason }]);
  });
});
