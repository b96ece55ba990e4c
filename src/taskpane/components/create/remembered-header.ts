/** The header fields the officer typed last time, kept in the browser's storage. */
import type { Header } from "../../../core/model/report-data";
import { HEADER_FIELDS } from "../../../core/model/vocabulary";

const KEY = "cchc.header.v1";

/** What was kept, field by field: anything that is not a known text field is left out. */
export function loadHeader(storage: Storage | undefined = globalThis.localStorage): Header {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(KEY) ?? "{}");
    const header: Header = {};
    if (typeof stored !== "object" || stored === null) return header;
    for (const field of HEADER_FIELDS) {
      const value = (stored as Record<string, unknown>)[field];
      if (typeof value === "string") header[field] = value;
    }
    return header;
  } catch {
    return {};
  }
}

export function saveHeader(header: Header, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    // The number and the date belong to one document, not to the next one.
    const { "so-ky-hieu": _number, ngay: _date, ...kept } = header;
    storage?.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage can be disabled; remembering is a convenience only.
  }
}
