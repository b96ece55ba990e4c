#!/usr/bin/env node
/**
 * npm run budget — the task pane's budget, measured (not a timed test):
 *   initial JavaScript ≤ 200 KB gzipped: every script the pane fetched before its first committed render
 *   (the entry and the host's session chunk), read from the browser's resource timing against the pane's
 *   "cchc:first-render" User Timing mark;
 *   first render in headless Chromium under 1 s (navigation start to that mark), median of 5, cold cache.
 * Prints one JSON object per line, like npm run bench. `--no-build` reuses dist/web.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.join(__dirname, "..");
const WEB = path.join(ROOT, "dist", "web");
const print = (o) => console.log(JSON.stringify(o));
const MARK = "cchc:first-render";

if (!process.argv.includes("--no-build")) {
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const gzipKb = (files) => Math.round((files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(WEB, f)), { level: 9 }).length, 0) / 1024) * 10) / 10;

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml", ".json": "application/json" };
const server = http.createServer((req, res) => {
  const file = path.join(WEB, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(WEB) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
});

server.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
  const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
  if (!chromiumPath) {
    print({ scenario: "first-render", skipped: "no chromium (apt-get install chromium)" });
    server.close();
    return;
  }
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  const times = [];
  let initial = [];
  let later = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`, { waitUntil: "commit" });
    // The pane marks its first committed render (src/taskpane/components/use-templates.ts); what it fetched before is its initial JavaScript.
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK);
    await page.getByRole("status").waitFor();
    await page.waitForLoadState("networkidle");
    const seen = await page.evaluate((mark) => {
      const at = performance.getEntriesByName(mark)[0].startTime;
      const scripts = performance
        .getEntriesByType("resource")
        .map((r) => ({ path: new URL(r.name).pathname.slice(1), start: r.startTime }))
        .filter((r) => r.path.endsWith(".js") && !r.path.startsWith("office-js/"));
      return { at, before: scripts.filter((r) => r.start < at).map((r) => r.path), after: scripts.filter((r) => r.start >= at).map((r) => r.path) };
    }, MARK);
    times.push(Math.round(seen.at));
    initial = seen.before;
    later = seen.after;
    await context.close();
  }
  const kb = gzipKb(initial);
  print({ scenario: "initial-js", host: "workbench", files: initial, excluded: "office-js/ (Microsoft's office.js, which every add-in loads)", gzipKb: kb, goal: "≤ 200 KB gzipped", met: kb <= 200 });
  print({ scenario: "after-first-render", host: "workbench", files: later, gzipKb: gzipKb(later), note: "fetched once the pane is on screen (templates)" });
  await browser.close();
  server.close();
  const median = [...times].sort((a, b) => a - b)[2];
  print({ scenario: "first-render", runs: times, ms: median, goal: "< 1000 ms from navigation (cold cache, headless Chromium)", met: median < 1000 });
});
