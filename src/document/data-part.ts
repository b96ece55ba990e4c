/**
 * The document carries its data: a custom XML part holding the report data as
 * JSON (the report-data format), kept in step with the visible controls, and the
 * tags of the controls whose text the officer typed (attribute `typed`), so that
 * filling never takes the officer's text for the add-in's own.
 */
import { DOMParser } from "@xmldom/xmldom";
import { ReportData, ReportDataSchema } from "../core/model/report-data";
import { DATA_PART_NS, declaresDoctype, newDocument, serialize } from "./ooxml/dom";
import { vi } from "../strings";

export { DATA_PART_NS };

/**
 * `expected`: a document the tool took over (`cchc adopt`) keeps the officer's own layout, so the
 * controls it should have are the ones adopt made, listed here, not those of the tool's own layout.
 */
export function dataPartXml(data: ReportData, typed: Iterable<string> = [], expected?: Iterable<string>): string {
  const doc = newDocument(DATA_PART_NS, "report");
  doc.documentElement!.setAttribute("format", "1");
  const tags = [...typed].sort();
  if (tags.length > 0) doc.documentElement!.setAttribute("typed", tags.join(" "));
  if (expected) doc.documentElement!.setAttribute("expected", [...expected].join(" "));
  doc.documentElement!.appendChild(doc.createTextNode(JSON.stringify(data)));
  return serialize(doc);
}

export type DataPartRead =
  | {
      status: "ok";
      data: ReportData;
      /** Tags of controls the officer typed since the add-in wrote them. */
      typed: ReadonlySet<string>;
      /** A document taken over by `cchc adopt`: the controls it should have (see dataPartXml). */
      expected?: ReadonlySet<string>;
    }
  | { status: "invalid"; reason: string };

/** Reads the data part; a damaged part is reported, never silently ignored. */
export function parseDataPartXml(xml: string): DataPartRead {
  const why = vi.dataPart;
  if (declaresDoctype(xml)) return { status: "invalid", reason: why.doctype };
  let failed = false;
  let doc;
  try {
    doc = new DOMParser({
      onError: (level) => {
        if (level !== "warning") failed = true;
      },
    }).parseFromString(xml, "text/xml");
  } catch {
    return { status: "invalid", reason: why.badXml };
  }
  const root = doc.documentElement;
  if (failed || !root) return { status: "invalid", reason: why.badXml };
  if (root.namespaceURI !== DATA_PART_NS) return { status: "invalid", reason: why.namespace };
  let json: unknown;
  try {
    json = JSON.parse(root.textContent ?? "");
  } catch {
    return { status: "invalid", reason: why.badJson };
  }
  const parsed = ReportDataSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { status: "invalid", reason: why.schema(first.path.join(".") || "(gốc)", first.message) };
  }
  const typed = new Set((root.getAttribute("typed") ?? "").split(/\s+/).filter((t) => t !== ""));
  const expected = root.hasAttribute("expected") ? new Set((root.getAttribute("expected") ?? "").split(/\s+/).filter((t) => t !== "")) : undefined;
  return { status: "ok", data: parsed.data, typed, ...(expected ? { expected } : {}) };
}
