/**
 * A form over the document's controls of one kind (Số liệu: values and notes, Nội dung: section
 * texts and header fields): loads them from the document, writes them back in one action, and
 * holds the conflicts with what was typed in the document until the officer keeps or overwrites.
 * What is typed and not yet written lives in the pane's drafts (../drafts): it survives switching
 * tabs and, in the workbench, a reload.
 */
import * as React from "react";
import type { Template } from "../../core/model/template";
import type { ReadResult } from "../../document/controls";
import type { FillConflict, FillOptions, FillResult, ReportDocument } from "../../document/report-document";
import { vi } from "../../strings";
import { DraftKind, documentKey, Entries } from "../drafts/draft-store";
import { useDrafts, useDraftStore } from "../drafts/drafts-context";
import { DocumentState, PaneSession, readCurrent } from "../session/session";
import type { StatusMessage } from "./Screen";
import { useDelayedBusy } from "./use-delayed-busy";

export interface FillFormKind {
  /** Where its unsaved entries are kept. */
  draft: DraftKind;
  /** What the form shows of the document. Module-level, so that it stays the same between renders. */
  pick(read: ReadResult): Record<string, string>;
  write(doc: ReportDocument, template: Template, wanted: Readonly<Record<string, string>>, options: FillOptions): Promise<FillResult>;
  noReport: string;
  written(n: number): string;
  nothingWritten: string;
}

const failure = (e: unknown) => vi.pane.check.officeFailed(e instanceof Error ? e.message : String(e));

export function useFillForm(session: PaneSession, kind: FillFormKind) {
  const store = useDraftStore();
  useDrafts(store);
  const [state, setState] = React.useState<DocumentState | null>(null);
  /** What the document holds now: the form shows it, with the officer's unsaved entries over it. */
  const [baseline, setBaseline] = React.useState<Entries>({});
  const [conflicts, setConflicts] = React.useState<readonly FillConflict[]>([]);
  const [message, setMessage] = React.useState<StatusMessage | null>(null);
  const [busy, setBusy] = useDelayedBusy();
  const doc = state ? documentKey(state.data) : null;
  const entries: Record<string, string> = { ...baseline, ...(doc ? store.entries(doc, kind.draft) : {}) };

  const load = React.useCallback(async () => {
    try {
      const current = await readCurrent(session);
      setState(current);
      setBaseline(current ? kind.pick(current.read) : {});
      setConflicts([]);
      setMessage(current ? null : { intent: "warning", text: kind.noReport });
    } catch (e) {
      setMessage({ intent: "error", text: failure(e) });
    }
  }, [session, kind]);
  React.useEffect(() => void load(), [load]);

  const setEntries = (update: Record<string, string> | ((prev: Record<string, string>) => Record<string, string>)) => {
    if (!doc) return;
    // The store holds what is typed: read it fresh, so that two quick edits both count.
    const current = { ...baseline, ...store.entries(doc, kind.draft) };
    store.set(doc, kind.draft, typeof update === "function" ? update(current) : update, baseline);
  };

  /** Writes `wanted` (or, by default, what differs from the document); the document read again afterwards. */
  const write = async (overwrite: boolean, only?: Readonly<Record<string, string>>) => {
    const document = session.document();
    if (!document || !state || !doc) return null;
    setBusy(true);
    try {
      const wanted = overwrite ? Object.fromEntries(conflicts.map((c) => [c.code, entries[c.code] ?? c.proposed])) : (only ?? entries);
      const result = await kind.write(document, state.template, wanted, { overwrite });
      const fresh = await readCurrent(session);
      const nextBaseline = fresh ? kind.pick(fresh.read) : baseline;
      if (fresh) setState(fresh);
      setBaseline(nextBaseline);
      // What reached the document leaves the draft; what did not (a conflict kept) stays.
      store.set(doc, kind.draft, entries, nextBaseline);
      setConflicts(overwrite ? [] : result.conflicts);
      setMessage(result.written.length > 0 ? { intent: "success", text: kind.written(result.written.length) } : { intent: "info", text: kind.nothingWritten });
      return result;
    } catch (e) {
      setMessage({ intent: "error", text: failure(e) });
      return null;
    } finally {
      setBusy(false);
    }
  };

  /** The document wins: the form takes its text, so nothing typed in the document is lost. */
  const keep = () => {
    setEntries({ ...entries, ...Object.fromEntries(conflicts.map((c) => [c.code, c.inDocument])) });
    setConflicts([]);
  };

  return { state, doc, entries, setEntries, conflicts, message, setMessage, busy, load, write, keep, store };
}
