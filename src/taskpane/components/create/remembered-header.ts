/** The header fields the officer typed last time, kept in the browser's storage. */
import { Header } from "../../../core/model/report-data";

const KEY = "cchc.header.v1";

export function loadHeader(storage: Storage | undefined = globalThis.localStorage): Header {
  try {
    const parsed = Header.safeParse(JSON.parse(storage?.getItem(KEY) ?? "{}"));
    return parsed.success ? parsed.data : {};
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
