#!/usr/bin/env node
/**
 * npm start — the main job.
 * With Word (Windows, macOS) and office-addin-debugging installed: sideloads the add-in
 * (the Office convention; it starts the dev server itself).
 * Elsewhere (Linux has no Word): serves the pane over HTTPS on localhost:3000 in the
 * background and opens the standalone workbench in a browser. `npm stop` stops either.
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");
const URL = "https://localhost:3000/taskpane.html";

function hasDebugging() {
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

function sideload() {
  console.log("Word có trên máy này: đang nạp add-in vào Word (office-addin-debugging)…");
  const r = spawnSync("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "word"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 1);
}

function waitForServer(deadline) {
  return new Promise((resolve) => {
    const attempt = () => {
      const req = https.get(URL, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on("error", () => (Date.now() < deadline ? setTimeout(attempt, 1000) : resolve(false)));
    };
    attempt();
  });
}

function openBrowser() {
  for (const cmd of [process.platform === "darwin" ? "open" : "xdg-open", "chromium", "google-chrome", "firefox"]) {
    const found = spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
    if (!found) continue;
    spawn(cmd, [URL], { detached: true, stdio: "ignore" }).unref();
    return cmd;
  }
  return null;
}

async function serveWorkbench() {
  if (fs.existsSync(PID_FILE)) {
    console.log(`Máy chủ đã chạy (PID ${fs.readFileSync(PID_FILE, "utf8").trim()}). Dùng \`npm stop\` để dừng.`);
  } else {
    console.log("Không có Word để nạp add-in trên máy này: chạy bàn làm việc độc lập trên trình duyệt.");
    console.log("Đang dựng ứng dụng và mở máy chủ HTTPS tại localhost:3000 (lần đầu mất khoảng một phút)…");
    const log = fs.openSync(path.join(ROOT, ".dev-server.log"), "w");
    const server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "serve", "--mode", "development"], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", log, log],
    });
    fs.writeFileSync(PID_FILE, String(server.pid));
    server.unref();
  }
  if (!(await waitForServer(Date.now() + 5 * 60 * 1000))) {
    console.error(`Máy chủ chưa trả lời tại ${URL}; xem .dev-server.log.`);
    process.exit(1);
  }
  const browser = openBrowser();
  console.log(`Bàn làm việc: ${URL}${browser ? ` (đã mở bằng ${browser})` : " (hãy mở địa chỉ này trong trình duyệt)"}`);
  console.log("Chứng chỉ HTTPS là chứng chỉ phát triển cục bộ; trình duyệt có thể hỏi xác nhận lần đầu. Dừng: npm stop");
}

if (hasDebugging() && (process.platform === "win32" || process.platform === "darwin")) sideload();
else void serveWorkbench();
