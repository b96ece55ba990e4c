/**
 * aggregate's reading threads: a worker that fails or stops with files in hand loses none of
 * them — this thread reads them. The built reader (dist/, made by pretest) is used, as only it
 * has worker.js beside it; Worker is replaced by one that fails on its first batch.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { docxBytes } from "../document/docx-helpers";

jest.mock("worker_threads", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter } = require("events");
  class FailingWorker extends EventEmitter {
    static started = 0;
    constructor() {
      super();
      FailingWorker.started++;
    }
    postMessage(): void {
      setImmediate(() => {
        this.emit("error", new Error("the worker ran out of memory"));
        this.emit("exit", 1);
      });
    }
    terminate(): Promise<number> {
      return Promise.resolve(0);
    }
  }
  return { Worker: FailingWorker, isMainThread: true, parentPort: null };
});
jest.mock("os", () => ({ ...jest.requireActual("os"), cpus: () => [{}, {}] }));

const DIST = path.join(__dirname, "..", "..", "dist", "src", "cli", "aggregate", "read-all.js");

it("a worker that fails with files in hand loses none: every report is read, once, on this thread", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-worker-"));
  const bytes = await docxBytes();
  const files = Array.from({ length: 50 }, (_, i) => path.join(dir, `don-vi-${i}.docx`));
  for (const f of files) fs.writeFileSync(f, bytes);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readAll } = require(DIST) as typeof import("../../src/cli/aggregate/read-all");
  const progress: number[] = [];
  const results = await readAll(files, (d) => progress.push(d));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(require("worker_threads").Worker.started).toBe(1);
  expect(results.map((r) => r.file)).toEqual(files);
  expect(results.map((r) => (r.status === "ok" ? r.data.values["3.1.3"] : r.reason))).toEqual(files.map(() => "65")); // seed 002, row 3.1.3 as printed
  expect(progress[progress.length - 1]).toBe(50);
  expect(new Set(progress).size).toBe(50);
});
