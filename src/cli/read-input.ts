/** Reading the files a command is given, with one clear reason for anything unusable. */
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync, Stats, statSync } from "fs";
import { ReportData, ReportDataSchema } from "../core/model/report-data";
import type { Template } from "../core/model/template";
import { TemplateError } from "../core/model/template";
import { BUILT_IN_TEMPLATE_IDS, builtInTemplate, templateFromJsonText } from "../core/templates/registry";
import { limitFor, megabytes } from "../core/input-limits";
import { decodeJsonBytes, parseJsonText } from "../core/json-text";
import { viCli } from "../strings/vi-cli";
import { UsageFailure } from "./failure";

/** Why the system could not read or write a file, in Vietnamese (never the system's English). */
export function systemReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  return viCli.errno[code] ?? viCli.errnoOther(code || "?");
}

/**
 * A file's bytes, its size checked before it is read (src/core/input-limits.ts); `tooBig` with the
 * size when over. Only a plain file is read: a pipe, a device or a socket named report.docx could
 * keep a read waiting for ever (or opening it could act on the device), so it is refused as ENOTREG
 * from its path, never opened — and the open file is checked again (O_NONBLOCK where the system
 * has it: a pipe put there in between does not hold the open). Blocking calls: a report is tens of KB.
 */
export function readPlainFile(file: string, maxBytes: number): { bytes: Uint8Array } | { tooBig: number } {
  plainFile(statSync(file));
  const fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const stat = plainFile(fstatSync(fd));
    if (stat.size > maxBytes) return { tooBig: stat.size };
    return { bytes: new Uint8Array(readFileSync(fd)) };
  } finally {
    closeSync(fd);
  }
}

function plainFile(stat: Stats): Stats {
  if (stat.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
  if (!stat.isFile()) throw Object.assign(new Error("not a plain file"), { code: "ENOTREG" });
  return stat;
}

/** A file's bytes (readPlainFile); a missing file, a folder, a file too large or unreadable is one clear line. */
export async function readBytes(file: string, maxBytes = limitFor(file)): Promise<Uint8Array> {
  let read: ReturnType<typeof readPlainFile>;
  try {
    read = readPlainFile(file, maxBytes);
  } catch (e) {
    throw new UsageFailure(viCli.errRead(file, systemReason(e)));
  }
  if ("tooBig" in read) throw new UsageFailure(viCli.errTooBig(file, megabytes(read.tooBig), megabytes(maxBytes)));
  return read.bytes;
}

/** A JSON file's text (decodeJsonBytes: UTF-8, or UTF-16 with its mark; anything else refused). */
async function readJsonText(file: string): Promise<string> {
  const bytes = await readBytes(file);
  try {
    return decodeJsonBytes(bytes);
  } catch (e) {
    throw new UsageFailure(viCli.errNotJson(file, (e as Error).message));
  }
}

async function readJson(file: string): Promise<unknown> {
  const text = await readJsonText(file);
  try {
    return parseJsonText(text);
  } catch (e) {
    throw new UsageFailure(viCli.errNotJson(file, (e as Error).message));
  }
}

export async function readReportData(file: string): Promise<ReportData> {
  const parsed = ReportDataSchema.safeParse(await readJson(file));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new UsageFailure(viCli.errSchema(file, first.path.join(".") || "(gốc)", first.message));
  }
  return parsed.data;
}

export async function readTemplateFile(file: string): Promise<Template> {
  const text = await readJsonText(file);
  try {
    return templateFromJsonText(text);
  } catch (e) {
    const detail = e instanceof TemplateError ? e.problems.slice(0, 3).join("; ") : (e as Error).message;
    throw new UsageFailure(viCli.errTemplateFile(file, detail));
  }
}

/** The data's template: the one given with --template-file when its id matches, else a built-in one. */
export function resolveTemplate(data: ReportData, file: string, given?: Template): Template {
  if (given && given.id === data.template) return given;
  const t = builtInTemplate(data.template);
  if (!t) throw new UsageFailure(viCli.errUnknownTemplate(file, data.template, BUILT_IN_TEMPLATE_IDS.join(", ")));
  return t;
}
