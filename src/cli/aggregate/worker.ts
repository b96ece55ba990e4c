/**
 * A worker thread that reads units for `cchc aggregate`, a batch of files a message. It reads
 * each file with blocking calls: a worker has nothing else to do, and the thread pool's
 * hand-offs an awaited read costs (open, stat, read, close) were measured at some 50 thread
 * wake-ups a file.
 */
import { parentPort } from "worker_threads";
import "../native-inflate";
import { readUnit, UnitResult } from "./read-unit";

export interface WorkerJob {
  readonly id: number;
  readonly file: string;
}
export interface WorkerDone {
  readonly id: number;
  readonly result: UnitResult;
}

parentPort?.on("message", async (jobs: WorkerJob[]) => {
  const done: WorkerDone[] = [];
  for (const job of jobs) done.push({ id: job.id, result: await readUnit(job.file) });
  parentPort!.postMessage(done);
});
