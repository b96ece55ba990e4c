/** Reading and checking one unit's report (.docx or report-data .json); never throws. */
import { decodeJsonBytes, JsonTextError, parseJsonText } from "../../core/json-text";
import { ReportData, ReportDataSchema } from "../../core/model/report-data";
import { builtInTemplate, builtInTemplates } from "../../core/templates/registry";
import { validate } from "../../core/validation/engine";
import { DocxError } from "../../document/docx/read-docx";
import { readDocxAny } from "../../document/docx/read-report";
import { doubtfulCount } from "../handmade-report";
import { hasNoAppendix } from "../../document/handmade/read-handmade";
import { limitFor, megabytes } from "../../core/input-limits";
import { vi } from "../../strings";
import { viCli } from "../../strings/vi-cli";
import { readPlainFile, systemReason } from "../read-input";

export type UnitResult =
  | {
      file: string;
      status: "ok";
      data: ReportData;
      errors: { rule: string; target: string | null }[];
      /** Read from a report typed by hand: how many rows need a look (see cchc extract). */
      handmade?: { doubtful: number };
    }
  | { file: string; status: "unreadable"; reason: string };

/** Reads with blocking calls (readPlainFile): the caller's loop turns between files. */
export async function readUnit(file: string): Promise<UnitResult> {
  try {
    const plain = readPlainFile(file, limitFor(file));
    if ("tooBig" in plain) return { file, status: "unreadable", reason: vi.docx.tooBig(megabytes(plain.tooBig), megabytes(limitFor(file))) };
    const bytes = plain.bytes;
    let data: ReportData;
    if (/\.json$/i.test(file)) {
      const parsed = ReportDataSchema.safeParse(parseJsonText(decodeJsonBytes(bytes)));
      if (!parsed.success) return { file, status: "unreadable", reason: `${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}` };
      data = parsed.data;
    } else {
      const read = await readDocxAny(bytes, (id) => (id ? builtInTemplate(id) : undefined), templates(), {});
      if (read.source === "handmade") {
        // A report typed by hand, recognised from its own words and appendix rows.
        const h = read.handmade;
        if (hasNoAppendix(h)) return { file, status: "unreadable", reason: viCli.aggNoAppendix };
        if (!h.data) return { file, status: "unreadable", reason: viCli.aggNotRecognised(vi.handmade.parts(h.missing)) };
        const result = checked(file, h.data);
        return result.status === "ok" ? { ...result, handmade: { doubtful: doubtfulCount(h) } } : result;
      }
      if (read.dataPart?.status === "invalid") return { file, status: "unreadable", reason: viCli.aggDataPartDamaged(read.dataPart.reason) };
      if (!read.data) return { file, status: "unreadable", reason: vi.reading.noDataPart };
      data = read.data;
    }
    return checked(file, data);
  } catch (e) {
    // One Vietnamese reason, never a library's or the system's English.
    const reason =
      e instanceof DocxError
        ? e.message
        : e instanceof JsonTextError
          ? vi.importing.badJson(e.message)
          : e instanceof SyntaxError
            ? vi.importing.badJson(vi.dataPart.badJson)
            : (e as NodeJS.ErrnoException).code
              ? viCli.errRead(file, systemReason(e))
              : viCli.errUnexpected(String((e as Error).message ?? e));
    return { file, status: "unreadable", reason };
  }
}

let loaded: ReturnType<typeof builtInTemplates> | null = null;
const templates = () => (loaded ??= builtInTemplates());

function checked(file: string, data: ReportData): UnitResult {
  const template = builtInTemplate(data.template);
  if (!template) return { file, status: "unreadable", reason: viCli.aggUnknownTemplate(data.template) };
  const errors = validate(template, data)
    .filter((i) => i.severity === "error")
    .map((i) => ({ rule: i.rule, target: i.target }));
  // A copy, in a worker too: the strings a parser cut out of a document share its text (V8 keeps a
  // slice's parent alive), so a kept result would hold every report's document.xml — ½ MB a file on
  // the thread that keeps results; in a worker, slices held until the batch is sent went to the
  // long-lived heap with their pieces (30 MB more at the peak over 1,000 reports, measured).
  return { file, status: "ok", data: structuredClone(data), errors };
}
