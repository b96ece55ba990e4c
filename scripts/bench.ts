/**
 * npm run bench — speed and round-trip goals, measured (never as timed tests).
 * Prints one JSON object per line: {"scenario": "…", "syncs": n, "ms": x, …, "met": true|false}.
 * Word scenarios run on the Word fake (test/word-fake) at 50 ms per context.sync,
 * the cost of a round trip to Word on the web.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { validate } from "../src/core/validation/engine";
import { builtInTemplate } from "../src/core/templates/registry";
import type { ReportData } from "../src/core/model/report-data";
import type { Template } from "../src/core/model/template";
import { dataAsShown } from "../src/document/controls";
import { DocxReportDocument } from "../src/document/docx/docx-document";
import { readDocxReport } from "../src/document/docx/read-report";
import { DocxPackage, parseXmlPart } from "../src/document/docx/read-docx";
import { readHandmadeDocx } from "../src/document/docx/read-handmade-docx";
import { zipParts } from "../src/document/docx/write-docx";
import { builtInTemplates } from "../src/core/templates/registry";
import { NS, serialize } from "../src/document/ooxml/dom";
import { planReport } from "../src/document/plan/build-plan";
import { WordReportDocument } from "../src/document/word/word-document";
import { fakeWord } from "../test/word-fake/fake-word";

const LATENCY_MS = 50;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const print = (o: object) => console.log(JSON.stringify(o));

/** A full report: every value row of the template filled with a value of its kind, and a header. */
export function fullReport(template: Template): ReportData {
  const values: Record<string, string> = {};
  for (const row of template.rows) {
    if (row.group) continue;
    values[row.code] = row.kind === "percent" ? "98,5" : row.kind === "coded" ? String(row.options[0].value) : row.kind === "fraction" ? "02/02" : row.kind === "money" ? "1.000.000" : "12";
  }
  return {
    template: template.id,
    agency: { name: "Sở Thử nghiệm", level: "tinh" },
    period: { year: 2021, kind: "6-thang" },
    values,
    header: { "co-quan-ban-hanh": "SỞ THỬ NGHIỆM", "so-ky-hieu": "12/BC-STN", "dia-danh": "Quảng Ngãi", ngay: "15/6/2021", "chuc-vu": "GIÁM ĐỐC", "nguoi-ky": "Nguyễn Văn A" },
  };
}

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await f();
  return { ms: round(performance.now() - t0), result };
}

function benchValidate(template: Template, data: ReportData): void {
  for (let i = 0; i < 300; i++) validate(template, data);
  const times: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const t0 = performance.now();
    validate(template, data);
    times.push(performance.now() - t0);
  }
  const med = median(times);
  print({ scenario: "validate", template: template.id, syncs: 0, valueRows: Object.keys(data.values).length, runs: times.length, ms: round(med), goal: "median < 5 ms after warm-up", met: med < 5 });
}

/** Syncs, and the largest sync's operations and payload, of one action on the fake. */
async function measured<T>(fake: ReturnType<typeof fakeWord>, action: () => Promise<T>) {
  const from = fake.stats.perSync.length;
  const t = await timed(action);
  const syncs = fake.stats.perSync.slice(from);
  return {
    result: t.result,
    ms: t.ms,
    syncs: syncs.length,
    maxOpsPerSync: Math.max(0, ...syncs.map((s) => s.ops)),
    maxPayloadBytes: Math.max(0, ...syncs.map((s) => s.payloadBytes)),
  };
}

/** Per sync: at most 1,000 operations and 1 MB (src/document/word/budget.ts). */
const withinBatch = (m: { maxOpsPerSync: number; maxPayloadBytes: number }) => m.maxOpsPerSync <= 1000 && m.maxPayloadBytes <= 1024 * 1024;
const BATCH = "≤ 1,000 operations and ≤ 1 MB per sync";

async function benchWord(template: Template, data: ReportData): Promise<void> {
  const shown = dataAsShown(template, data);
  const empty = { ...shown, values: {} };
  const fake = fakeWord({ latencyMs: LATENCY_MS });
  const doc = new WordReportDocument(fake.host);
  const figures = (m: Awaited<ReturnType<typeof measured>>) => ({ syncs: m.syncs, maxOpsPerSync: m.maxOpsPerSync, maxPayloadBytes: m.maxPayloadBytes, ms: m.ms, latencyPerSyncMs: LATENCY_MS });

  const insert = await measured(fake, () => doc.insertReport(planReport({ template, data: empty }), empty));
  print({ scenario: "insert-report", template: template.id, ...figures(insert), budget: `≤ 2 syncs, ${BATCH}`, met: insert.syncs <= 2 && withinBatch(insert) });

  const fill = await measured(fake, () => doc.fillValues(template, shown.values));
  const written = fill.result.written.length;
  print({
    scenario: "fill-values",
    template: template.id,
    values: written,
    ...figures(fill),
    budget: `≤ 3 syncs, ${BATCH}`,
    met: fill.syncs <= 3 && withinBatch(fill) && written === Object.keys(shown.values).length,
  });

  const read = await measured(fake, () => doc.read(template));
  const same = JSON.stringify(read.result.values) === JSON.stringify(shown.values);
  print({
    scenario: "read-values",
    template: template.id,
    values: Object.keys(read.result.values).length,
    ...figures(read),
    budget: `≤ 2 syncs, ${BATCH}`,
    met: read.syncs <= 2 && withinBatch(read) && same,
  });
}

async function benchDocx(template: Template, data: ReportData): Promise<void> {
  const runs = 50;
  const writes: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) {
    const w = await timed(() => DocxReportDocument.write(template, data));
    writes.push(w.ms);
    bytes = w.result;
  }
  print({
    scenario: "docx-write",
    template: template.id,
    syncs: 0,
    runs,
    ms: median(writes),
    bytes: bytes.length,
    goal: "a full report's .docx written in ≤ 50 ms (cchc new)",
    met: median(writes) <= 50,
  });
  const reads: number[] = [];
  let values = 0;
  for (let i = 0; i < runs; i++) {
    const r = await timed(() => readDocxReport(bytes, () => template));
    reads.push(r.ms);
    values = Object.keys(r.result.values).length;
  }
  print({ scenario: "docx-read", template: template.id, syncs: 0, runs, ms: median(reads), values, perSecond: Math.round(1000 / median(reads)) });
}

/**
 * A report as a unit types it by hand, for timing: our own report with every content control
 * unwrapped (its content kept in place) and the data part gone, so nothing of ours is left.
 */
async function handmadeFrom(bytes: Uint8Array): Promise<Uint8Array> {
  const pkg = await DocxPackage.open(bytes);
  const doc = parseXmlPart("word/document.xml", await pkg.text("word/document.xml"));
  const sdts = Array.from({ length: doc.getElementsByTagNameNS(NS.w, "sdt").length }, (_, i) => doc.getElementsByTagNameNS(NS.w, "sdt").item(i)!).reverse();
  for (const sdt of sdts) {
    const content = Array.from({ length: sdt.childNodes.length }, (_, i) => sdt.childNodes.item(i)).find(
      (n) => n !== null && n.nodeType === 1 && (n as unknown as { localName: string }).localName === "sdtContent",
    );
    while (content?.firstChild) sdt.parentNode!.insertBefore(content.firstChild, sdt);
    sdt.parentNode!.removeChild(sdt);
  }
  const parts: Record<string, string | Uint8Array> = {};
  for (const name of pkg.names()) if (!name.startsWith("customXml/")) parts[name] = name === "word/document.xml" ? serialize(doc) : await pkg.text(name);
  parts["word/_rels/document.xml.rels"] = String(parts["word/_rels/document.xml.rels"]).replace(/<Relationship [^>]*customXml[^>]*\/>/g, "");
  return zipParts(parts);
}

/** Reading a report typed by hand: recognised among every built-in template, every value placed (issue #14: ≤ 20 ms). */
async function benchHandmade(template: Template, data: ReportData): Promise<void> {
  const bytes = await handmadeFrom(await DocxReportDocument.write(template, data));
  const templates = builtInTemplates();
  const runs = 50;
  const times: number[] = [];
  let values = 0;
  let recognised = "";
  for (let i = 0; i < runs + 5; i++) {
    const r = await timed(() => readHandmadeDocx(bytes, templates));
    if (i >= 5) times.push(r.ms);
    values = Object.keys(r.result.data?.values ?? {}).length;
    recognised = r.result.template?.id ?? "";
  }
  const expected = Object.values(data.values).filter((v) => String(v).trim() !== "").length;
  const ms = median(times);
  print({
    scenario: "handmade-read",
    template: recognised,
    syncs: 0,
    runs,
    ms,
    values,
    of: expected,
    goal: "a report typed by hand recognised and read in ≤ 20 ms, every value found",
    met: ms <= 20 && recognised === template.id && values === expected,
  });
}

/**
 * `cchc aggregate` over 1,000 unit reports in a child process (worker threads
 * inside), measuring wall time and the child's peak memory (max RSS). Reading
 * and checking every report is the `check` work, so its throughput is the
 * check rate in files per second.
 */
async function benchAggregate(template: Template, data: ReportData): Promise<void> {
  const count = 1000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-bench-"));
  const bytes = await (await DocxReportDocument.create(template, data)).save();
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `don-vi-${String(i).padStart(4, "0")}.docx`), bytes);
  const main = path.join(__dirname, "..", "src", "cli", "main.js");
  const script = `require(${JSON.stringify(main)}).main(["aggregate", ${JSON.stringify(dir)}, "-o", ${JSON.stringify(path.join(dir, "tong-hop.json"))}, "--json"], () => {}).then((code) => { process.stderr.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })); });`;
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  const ms = performance.now() - t0;
  const { code, maxRssKb } = JSON.parse(child.stderr.trim().split("\n").pop() ?? "{}");
  const mb = Math.round(maxRssKb / 1024);
  const perSecond = Math.round(count / (ms / 1000));
  print({
    scenario: "aggregate",
    syncs: 0,
    files: count,
    ms: Math.round(ms),
    peakMemoryMb: mb,
    exit: code,
    goal: "1,000 reports < 15 s, peak memory < 300 MB",
    met: ms < 15000 && mb < 300 && code !== 2,
  });
  // The same reading without the command around it, timed from the 100th file on: how fast the
  // workers go once started and warmed up. Shown beside the whole run's rate, which is what counts.
  const readAll = path.join(__dirname, "..", "src", "cli", "aggregate", "read-all.js");
  const steadyScript = `require(${JSON.stringify(path.join(__dirname, "..", "src", "cli", "native-inflate.js"))}); const files = require("fs").readdirSync(${JSON.stringify(dir)}).filter((f) => f.endsWith(".docx")).map((f) => require("path").join(${JSON.stringify(dir)}, f)); const at = []; require(${JSON.stringify(readAll)}).readAll(files, (d) => at.push([d, performance.now()])).then(() => { const from = at.find(([d]) => d >= 100); const to = at[at.length - 1]; process.stdout.write(String(Math.round(((to[0] - from[0]) * 1000) / (to[1] - from[1])))); });`;
  const steadyPerSecond = Number(spawnSync(process.execPath, ["-e", steadyScript], { encoding: "utf8" }).stdout.trim());
  print({ scenario: "check", syncs: 0, files: count, perSecond, steadyPerSecond, goal: "≥ 200 .docx per second, the whole run (read and check, 2 cores; issue #14)", met: perSecond >= 200 });
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Hostile and oversized inputs through `cchc check` in a child process: each must be refused — or
 * processed — within 5 s and 300 MB (issue #15). The zips are built with Python's zipfile
 * (scripts/hostile-files.py); without python3 those cases are skipped, and said so.
 */
async function benchRefusal(template: Template, data: ReportData): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-hostile-"));
  const report = path.join(dir, "bao-cao.docx");
  fs.writeFileSync(report, await (await DocxReportDocument.create(template, data)).save());
  const python = spawnSync("python3", ["--version"]).status === 0;
  const build = (args: string[]) => spawnSync("python3", [path.join(__dirname, "..", "..", "scripts", "hostile-files.py"), ...args], { stdio: "inherit" }).status === 0;
  const cases: { name: string; file: string; make: () => boolean }[] = [
    { name: "zip bomb: a report with 4 × 1 GiB of zeros in word/media", file: path.join(dir, "bom.docx"), make: () => python && build(["bomb", path.join(dir, "bom.docx"), report, "4", "1"]) },
    { name: "300,000 entries in 27 MB", file: path.join(dir, "300k.docx"), make: () => python && build(["entries", path.join(dir, "300k.docx"), "300000"]) },
    { name: "350,000 entries (32 MB)", file: path.join(dir, "350k.docx"), make: () => python && build(["entries", path.join(dir, "350k.docx"), "350000"]) },
    {
      name: "60 MB of JSON",
      file: path.join(dir, "lon.json"),
      make: () => {
        const item = JSON.stringify({ ...data, values: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`99.${i}`, "1"])) });
        fs.writeFileSync(path.join(dir, "lon.json"), `[${Array.from({ length: Math.ceil((60 * 1024 * 1024) / item.length) }, () => item).join(",")}]`);
        return true;
      },
    },
  ];
  const main = path.join(__dirname, "..", "src", "cli", "main.js");
  for (const c of cases) {
    if (!c.make()) {
      print({ scenario: "refusal", input: c.name, skipped: "python3 is needed to build this file" });
      continue;
    }
    const bytes = fs.statSync(c.file).size;
    const script = `require(${JSON.stringify(main)}).main(["check", ${JSON.stringify(c.file)}, "--json"], (s) => process.stdout.write("processed: " + JSON.stringify(JSON.parse(s).counts) + "\\n"), (s) => process.stdout.write(s + "\\n")).then((code) => { process.stderr.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })); });`;
    const t0 = performance.now();
    const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
    const ms = Math.round(performance.now() - t0);
    const { code, maxRssKb } = JSON.parse(child.stderr.trim().split("\n").pop() || "{}");
    const mb = Math.round((maxRssKb ?? 0) / 1024);
    print({
      scenario: "refusal",
      input: c.name,
      fileBytes: bytes,
      exit: code,
      said: child.stdout.trim().split("\n")[0]?.slice(0, 160),
      ms,
      peakMemoryMb: mb,
      goal: "refused or processed within 5 s and 300 MB",
      met: ms < 5000 && mb < 300,
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/** `npm run bench -- word` runs one group (validate, word, docx, aggregate, refusal); no argument runs them all. */
/**
 * The narrative checks on a 60-page report (~150,000 characters, ~2,500 a page): seed 000's
 * written body as printed, repeated across the sections until it is that long.
 */
function benchNarrative(template: Template, data: ReportData): void {
  const seed = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "test", "fixtures", "narrative", "seed-000.json"), "utf8")) as { sections: Record<string, string> };
  const body = Object.values(seed.sections).join("\n");
  const ids = ["I.1", "I.2", "I.3", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III", "IV", "V"];
  const sections: Record<string, string> = {};
  let chars = 0;
  for (let i = 0; chars < 150_000; i++) {
    const id = ids[i % ids.length];
    sections[id] = `${sections[id] ?? ""}\n${body}`;
    chars += body.length;
  }
  const report = { ...data, sections };
  const narrative = (): number => validate(template, report).filter((x) => x.rule.startsWith("narrative")).length;
  for (let i = 0; i < 5; i++) narrative();
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    found = narrative();
    times.push(performance.now() - t0);
  }
  const med = median(times);
  print({
    scenario: "narrative",
    syncs: 0,
    characters: chars,
    pages: Math.round(chars / 2500),
    issues: found,
    runs: times.length,
    ms: round(med),
    goal: "a 60-page report's narrative checks (and the rest of validate) < 50 ms",
    met: med < 50,
  });
}

async function main(only = process.argv[2]): Promise<void> {
  const template = builtInTemplate("tk-7-linh-vuc-2021")!;
  const data = fullReport(template);
  const wanted = (group: string) => !only || only === group;
  if (wanted("validate")) benchValidate(template, data);
  if (wanted("narrative")) benchNarrative(template, data);
  if (wanted("word")) await benchWord(template, data);
  if (wanted("docx")) await benchDocx(template, data);
  if (wanted("handmade")) await benchHandmade(template, data);
  if (wanted("aggregate")) await benchAggregate(template, data);
  if (wanted("refusal")) await benchRefusal(template, data);
}

if (require.main === module) void main();
