/**
 * A form over the document's controls of one kind (Số liệu: values, Nội dung: section
 * texts): loads them from the document, writes them back in one action, and holds the
 * conflicts with what was typed in the document until the officer keeps or overwrites.
 */
import * as React from "react";
import type { Template } from "../../core/model/template";
import type { ReadResult } from "../../document/controls";
import type { FillConflict, FillOptions, FillResult, ReportDocument } from "../../document/report-document";
import { vi } from "../../strings";
import { DocumentState, PaneSession, readCurrent } from "../session/session";
import type { StatusMessage } from "./Screen";
import { useDelayedBusy } from "./use-delayed-busy";

export interface FillFormKind {
  /** What the form shows of the document. Module-level, so that it stays the same between renders. */
  pick(read: ReadResult): Record<string, string>;
  write(doc: ReportDocument, template: Template, wanted: Readonly<Record<string, string>>, options: FillOptions): Promise<FillResult>;
  noReport: string;
  written(n: number): string;
  nothingWritten: string;
}

const failure = (e: unknown) => vi.pane.check.officeFailed(e instanceof Error ? e.message : String(e));

export function useFillForm(session: PaneSession, kind: FillFormKind) {
  const [state, setState] = React.useState<DocumentState | null>(null);
  const [entries, setEntries] = React.useState<Record<string, string>>({});
  const [conflicts, setConflicts] = React.useState<readonly FillConflict[]>([]);
  const [message, setMessage] = React.useState<StatusMessage | null>(null);
  const [busy, setBusy] = useDelayedBusy();

  const load = React.useCallback(async () => {
    try {
      const current = await readCurrent(session);
      setState(current);
      setEntries(current ? kind.pick(current.read) : {});
      setConflicts([]);
      setMessage(current ? null : { intent: "warning", text: kind.noReport });
    } catch (e) {
      setMessage({ intent: "error", text: failure(e) });
    }
  }, [session, kind]);
  React.useEffect(() => void load(), [load]);

  const write = async (overwrite: boolean) => {
    const doc = session.document();
    if (!doc || !state) return;
    setBusy(true);
    try {
      const wanted = overwrite ? Object.fromEntries(conflicts.map((c) => [c.code, entries[c.code] ?? c.proposed])) : entries;
      const result = await kind.write(doc, state.template, wanted, { overwrite });
      setConflicts(overwrite ? [] : result.conflicts);
      setMessage(result.written.length > 0 ? { intent: "success", text: kind.written(result.written.length) } : { intent: "info", text: kind.nothingWritten });
    } catch (e) {
      setMessage({ intent: "error", text: failure(e) });
    } finally {
      setBusy(false);
    }
  };

  /** The document wins: the form takes its text, so nothing typed in the document is lost. */
  const keep = () => {
    setEntries({ ...entries, ...Object.fromEntries(conflicts.map((c) => [c.code, c.inDocument])) });
    setConflicts([]);
  };

  return { state, entries, setEntries, conflicts, message, busy, load, write, keep };
}
