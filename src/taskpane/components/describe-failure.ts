/**
 * One failure path for the pane (issue #17): whatever stopped an action, said in one
 * Vietnamese sentence the officer can act on, without naming Word where there is none
 * (the workbench) and without a library's English. Our own errors already carry their
 * Vietnamese sentence; Office's errors are told by their code (learn.microsoft.com,
 * "Error handling with the application-specific JavaScript APIs": Word.ErrorCodes); the
 * code stays at the end for whoever helps the officer.
 */
import { viPane } from "../../strings/vi-pane";

/** Our errors whose message is the officer's sentence already. */
const SAID = new Set(["WordCursorError", "DataPartTooLargeError", "WordInsertError", "DocxError", "ImportError", "JsonTextError", "UnsafeTextError"]);

export function describeFailure(e: unknown, host: "word" | "workbench"): string {
  const f = viPane.failure;
  const error = e instanceof Error ? e : null;
  if (error && SAID.has(error.name)) return error.message;
  if (error?.name === "WordRequirementError") return viPane.wordTooOld((error as Error & { set: string }).set);
  if (error?.name === "PackageTooLargeError") return f.tooLargeAtOnce;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && host === "word") return `${f.word[code] ?? f.wordOther} ${f.code(code)}`;
  return host === "word" ? f.wordOther : f.workbench;
}
