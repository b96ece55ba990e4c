/** A worker thread that reads units for `cchc aggregate`. */
import { parentPort } from "worker_threads";
import "../native-inflate";
import { readUnit } from "./read-unit";

parentPort?.on("message", async (message: { id: number; file: string }) => {
  parentPort!.postMessage({ id: message.id, result: await readUnit(message.file) });
});
