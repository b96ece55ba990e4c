/**
 * Reads many units, in worker threads when there are enough files to pay for
 * starting them (this thread and one worker per further core, at most 4 in all),
 * reporting progress as it goes. Each worker is handed a few files at a time and
 * always has the next few waiting, so no core idles between files.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { readUnit, UnitResult } from "./read-unit";
import type { WorkerJob, WorkerDone } from "./worker";

const WORKER_THRESHOLD = 40;
/** Files handed to a worker in one message, and messages a worker holds at once. */
const BATCH = 8;
const IN_FLIGHT = 2;

export async function readAll(files: readonly string[], progress: (done: number) => void): Promise<UnitResult[]> {
  const results: UnitResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  // This thread reads one file at a time: all of them when workers would not pay, else between the
  // workers' messages (its code is loaded already, so reading starts at once while they start). Its
  // reads block too (see read-unit.ts), so it gives the loop a turn after each file.
  const here = async () => {
    while (next < files.length) {
      const id = next++;
      results[id] = await readUnit(files[id]);
      progress(++done);
      // A turn of the event loop: the workers' messages (each asks for its next files) wait for it.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const workerFile = path.join(__dirname, "worker.js");
  const threads = Math.min(4, Math.max(1, os.cpus().length));
  if (files.length < WORKER_THRESHOLD || threads < 2 || !fs.existsSync(workerFile)) {
    await here();
    return results;
  }
  await Promise.all([
    here(),
    ...Array.from(
      { length: threads - 1 },
      () =>
        new Promise<void>((resolve) => {
          const worker = new Worker(workerFile);
          /** The batches sent and not yet answered, in order (a worker answers them in turn). */
          const sent: WorkerJob[][] = [];
          let stopped = false;
          const feed = () => {
            if (next >= files.length) {
              if (sent.length === 0 && !stopped) {
                stopped = true;
                void worker.terminate().then(() => resolve());
              }
              return;
            }
            // Smaller batches as the end nears, so no thread is left idle while another holds a queue.
            const size = Math.max(1, Math.min(BATCH, Math.floor((files.length - next) / (2 * threads))));
            const jobs: WorkerJob[] = [];
            for (; next < files.length && jobs.length < size; next++) jobs.push({ id: next, file: files[next] });
            sent.push(jobs);
            worker.postMessage(jobs);
          };
          worker.on("message", (batch: WorkerDone[]) => {
            sent.shift();
            for (const m of batch) results[m.id] = m.result;
            done += batch.length;
            progress(done);
            feed();
          });
          // A worker that fails or stops with files in hand: this thread reads them, none is lost.
          const takeBack = async () => {
            if (stopped) return;
            stopped = true;
            for (const job of sent.splice(0).flat()) {
              results[job.id] = await readUnit(job.file);
              progress(++done);
            }
            resolve();
          };
          worker.on("error", () => void takeBack());
          worker.on("exit", () => void takeBack());
          for (let k = 0; k < IN_FLIGHT; k++) feed();
        }),
    ),
  ]);
  return results;
}
