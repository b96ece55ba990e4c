#!/usr/bin/env node
"use strict";
// The cchc command: compiled TypeScript lives in dist/ (built by `npm install` through "prepare").
let main;
try {
  ({ main } = require("../dist/src/cli/main.js"));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("cchc: chưa được biên dịch; chạy `npm run build:node` trong thư mục dự án.\n");
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
