#!/usr/bin/env node
/**
 * npm run word-rules — runs the rule tests of test/word-rules/ and prints one JSON object
 * per rule of catalog.json: {"id", "source", "fake": "enforced"|"not enforced",
 * "renderer": "passes"|"fails", "tests": {"fake": n, "renderer": n}}.
 * Computed from the tests' results, never written by hand: a rule is "enforced" when it
 * has fake tests and all pass, "passes" when it has renderer tests and all pass.
 * A rule without tests, tests of a rule the catalog lacks, or a skipped/expected-to-fail
 * test counts against it. Exit 1 unless every rule is enforced and passing.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const DIR = path.join(ROOT, "test", "word-rules");
const catalog = JSON.parse(fs.readFileSync(path.join(DIR, "catalog.json"), "utf8"));
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "word-rules-")), "results.json");

const run = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--rootDir", ROOT, "test/word-rules", "--json", "--outputFile", out], {
  cwd: ROOT,
  encoding: "utf8",
  stdio: ["ignore", "ignore", "pipe"],
});
if (!fs.existsSync(out)) {
  process.stderr.write(run.stderr);
  process.stderr.write("word-rules: jest produced no results\n");
  process.exit(2);
}
const results = JSON.parse(fs.readFileSync(out, "utf8"));

const tally = new Map(catalog.map((r) => [r.id, { fake: { n: 0, ok: true }, renderer: { n: 0, ok: true } }]));
const unknown = new Set();
for (const file of results.testResults) {
  // A suite that did not compile or run fails every rule it names.
  const source = fs.readFileSync(file.name, "utf8");
  const marked = /\b(?:it|test|describe)\.(?:failing|skip|todo)\(|\bx(?:it|test|describe)\(/.test(source);
  const named = /describe\("\[([a-z-]+)\]"/.exec(source)?.[1];
  if (file.status !== "passed" && named && tally.has(named)) for (const side of ["fake", "renderer"]) tally.get(named)[side].ok = false;
  for (const t of file.assertionResults) {
    const id = /^\[([a-z-]+)\]$/.exec(t.ancestorTitles[0] ?? "")?.[1];
    if (!id) continue;
    if (!tally.has(id)) {
      unknown.add(id);
      continue;
    }
    const side = t.ancestorTitles[1] === "fake enforces" ? "fake" : t.ancestorTitles[1] === "renderer passes" ? "renderer" : null;
    if (!side) continue;
    const entry = tally.get(id)[side];
    entry.n++;
    if (t.status !== "passed" || marked) entry.ok = false;
  }
}

let allGood = unknown.size === 0;
for (const rule of catalog) {
  const t = tally.get(rule.id);
  const fake = t.fake.n > 0 && t.fake.ok ? "enforced" : "not enforced";
  const renderer = t.renderer.n > 0 && t.renderer.ok ? "passes" : "fails";
  if (fake !== "enforced" || renderer !== "passes") allGood = false;
  console.log(JSON.stringify({ id: rule.id, source: rule.source, fake, renderer, tests: { fake: t.fake.n, renderer: t.renderer.n } }));
}
for (const id of unknown) console.log(JSON.stringify({ id, source: null, fake: "not in catalog.json", renderer: "not in catalog.json" }));
process.exit(allGood ? 0 : 1);
