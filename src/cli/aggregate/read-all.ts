/**
 * Reads many units, in worker threads when there are enough files to pay for
 * starting them (one per core, at most 4), reporting progress as it goes.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { readUnit, UnitResult } from "./read-unit";

const WORKER_THRESHOLD = 40;

export async function readAll(files: readonly string[], progress: (done: number) => void): Promise<UnitResult[]> {
  const results: UnitResult[] = new Array(files.length);
  const workerFile = path.join(__dirname, "worker.js");
  const threads = Math.min(4, Math.max(1, os.cpus().length));
  if (files.length < WORKER_THRESHOLD || threads < 2 || !fs.existsSync(workerFile)) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await readUnit(files[i]);
      progress(i + 1);
    }
    return results;
  }
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(workerFile);
          const feed = () => {
            if (next >= files.length) {
              void worker.terminate().then(() => resolve());
              return;
            }
            const id = next++;
            worker.postMessage({ id, file: files[id] });
          };
          worker.on("message", (m: { id: number; result: UnitResult }) => {
            results[m.id] = m.result;
            progress(++done);
            feed();
          });
          worker.on("error", reject);
          feed();
        }),
    ),
  );
  return results;
}
