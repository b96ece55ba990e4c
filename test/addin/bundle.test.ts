/**
 * The built task pane, as Word loads it: a production build into a temporary folder, then
 * - every JavaScript file parses as ES2020 (WebView2, Safari 14+): our code and the libraries';
 * - the guard inlined in taskpane.html is ES5 and comes before every other script;
 * - Microsoft's office.js files are shipped byte for byte (never re-minified).
 */
import { spawnSync } from "child_process";
import * as acorn from "acorn";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
let out = "";

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-bundle-"));
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
}, 300_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const ours = () => fs.readdirSync(out).filter((f) => f.endsWith(".js"));

describe("the production bundle", () => {
  it("parses as ES2020 in every file, entry and lazy chunks alike", () => {
    const files = ours();
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const code = fs.readFileSync(path.join(out, f), "utf8");
      expect(() => acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
    }
  });

  it("would not parse as ES2020 if it held newer syntax (the check can fail)", () => {
    expect(() => acorn.parse("class A { x = 1 }", { ecmaVersion: 2020 })).toThrow();
    expect(() => acorn.parse("a ??= 1", { ecmaVersion: 2020 })).toThrow();
  });

  it("puts the ES5 guard, with its Vietnamese message, before office.js and the bundle", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts[0][1]).not.toMatch(/src=/);
    expect(() => acorn.parse(scripts[0][2], { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect(scripts[0][2]).toContain("Phiên bản Office này quá cũ để chạy công cụ Báo cáo CCHC");
    expect(scripts.slice(1).map((s) => /src="([^"]+)"/.exec(s[1])?.[1])).toEqual(["office-js/office.js", expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
  });

  it("ships Microsoft's office.js unchanged", () => {
    const original = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
    for (const f of ["office.js", "word-win32-16.01.js", "word-web-16.00.js"]) {
      expect(fs.readFileSync(path.join(out, "office-js", f)).equals(fs.readFileSync(path.join(original, f)))).toBe(true);
    }
  });

  it("builds every page and icon the manifest names, the help page among them", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const paths = [...manifest.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
    expect(paths).toEqual(expect.arrayContaining(["help.html", "taskpane.html", "assets/icon-80.png"]));
    for (const p of paths) expect(fs.existsSync(path.join(out, p))).toBe(true);
    const help = fs.readFileSync(path.join(out, "help.html"), "utf8");
    expect(help).toContain("<h1>Hướng dẫn sử dụng công cụ Báo cáo CCHC</h1>");
    expect(help).toContain("Tự kiểm tra: ĐẠT");
  });
});
