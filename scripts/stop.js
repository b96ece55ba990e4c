#!/usr/bin/env node
/** npm stop — stops what npm start started (the sideloaded add-in, or the workbench server). */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");

let stopped = false;
try {
  require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
  if (process.platform === "win32" || process.platform === "darwin") {
    spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
    stopped = true;
  }
} catch {
  // office-addin-debugging is optional (not installable on Linux).
}
if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  fs.rmSync(PID_FILE, { force: true });
  console.log(`Đã dừng máy chủ bàn làm việc (PID ${pid}).`);
  stopped = true;
}
if (!stopped) console.log("Không có gì đang chạy.");
