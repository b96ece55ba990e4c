#!/usr/bin/env node
/**
 * npm run budget — the task pane's budget, measured (not a timed test):
 *   initial JavaScript ≤ 200 KB gzipped (what taskpane.html loads before any lazy chunk);
 *   first render in headless Chromium under 1 s (navigation to the pane's status line), median of 5.
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
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded = [];
    page.on("request", (r) => {
      const p = new URL(r.url()).pathname.slice(1);
      if (p.endsWith(".js") && !p.startsWith("office-js/")) loaded.push(p);
    });
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`, { waitUntil: "commit" });
    await page.getByRole("status").waitFor();
    times.push(Date.now() - t0);
    initial = [...loaded];
    await context.close();
  }
  // Everything the page fetched (besides office.js) before its first render: the entry and the workbench's chunks.
  const kb = gzipKb(initial);
  print({ scenario: "initial-js", host: "workbench", files: initial, gzipKb: kb, goal: "≤ 200 KB gzipped", met: kb <= 200 });
  await browser.close();
  server.close();
  const median = [...times].sort((a, b) => a - b)[2];
  print({ scenario: "first-render", runs: times, ms: median, goal: "< 1000 ms (cold cache, headless Chromium)", met: median < 1000 });
});
