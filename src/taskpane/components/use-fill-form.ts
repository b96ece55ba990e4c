/**
 * A form over the document's controls (Số liệu: values and notes; Nội dung: section texts and
 * header fields): loads them from the document in one read, writes them back in one action, and
 * holds the conflicts with what was typed in the document until the officer keeps or overwrites.
 * What is typed and not yet written lives in the pane's drafts (../drafts): it survives switching
 * tabs and, in the workbench, a reload.
 */
import * as React from "react";
import type { Template } from "../../core/model/template";
import type { ReadResult } from "../../document/controls";
import type { FillConflict, FillOptions, FillResult, ReportDocument } from "../../document/report-document";
import { describeFailure } from "./describe-failure";
import { differences, DraftKind, documentKey, Entries } from "../drafts/draft-store";
import { useDrafts, useDraftStore } from "../drafts/drafts-context";
import { DocumentState, PaneSession, readCurrent } from "../session/session";
import type { StatusMessage } from "./Screen";
import { useDelayedBusy } from "./use-delayed-busy";

export interface FillFormKind {
  /** Where its unsaved entries are kept; also names the kind in the form. */
  draft: DraftKind;
  /** What the form shows of the document. Module-level, so that it stays the same between renders. */
  pick(read: ReadResult): Record<string, string>;
  write(doc: ReportDocument, template: Template, wanted: Readonly<Record<string, string>>, options: FillOptions): Promise<FillResult>;
  /** What was written, for the status line ("Đã ghi 3 chỉ tiêu"). */
  written(n: number): string;
}

export interface KindConflict extends FillConflict {
  readonly kind: DraftKind;
}

export interface FillFormText {
  noReport: string;
  nothingWritten: string;
}

const EMPTY: Entries = {};

export function useFillForm(session: PaneSession, kinds: readonly FillFormKind[], text: FillFormText) {
  const store = useDraftStore();
  useDrafts(store);
  const [state, setState] = React.useState<DocumentState | null>(null);
  /** What the document holds now, per kind: the form shows it, with the officer's unsaved entries over it. */
  const [baselines, setBaselines] = React.useState<Partial<Record<DraftKind, Entries>>>({});
  const [conflicts, setConflicts] = React.useState<readonly KindConflict[]>([]);
  const [message, setMessage] = React.useState<StatusMessage | null>(null);
  const [busy, setBusy] = useDelayedBusy();
  const [loaded, setLoaded] = React.useState(false);
  const doc = state ? documentKey(state.data) : null;

  const baseline = (kind: DraftKind) => baselines[kind] ?? EMPTY;
  const entries = (kind: DraftKind): Record<string, string> => ({ ...baseline(kind), ...(doc ? store.entries(doc, kind) : {}) });
  const picks = (read: ReadResult | null) => Object.fromEntries(kinds.map((k) => [k.draft, read ? k.pick(read) : {}])) as Partial<Record<DraftKind, Entries>>;

  const load = React.useCallback(async () => {
    try {
      const current = await readCurrent(session);
      setState(current);
      setBaselines(picks(current?.read ?? null));
      setConflicts([]);
      setMessage(current ? null : { intent: "warning", text: text.noReport });
    } catch (e) {
      setMessage({ intent: "error", text: describeFailure(e, session.kind) });
    } finally {
      setLoaded(true);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, kinds, text]);
  React.useEffect(() => void load(), [load]);

  const setEntries = (kind: DraftKind, update: Record<string, string> | ((prev: Record<string, string>) => Record<string, string>)) => {
    if (!doc) return;
    // The store holds what is typed: read it fresh, so that two quick edits both count.
    const current = { ...baseline(kind), ...store.entries(doc, kind) };
    store.set(doc, kind, typeof update === "function" ? update(current) : update, baseline(kind));
  };

  /**
   * Writes every kind — `only` what is given, or by default what differs from the document — then
   * reads the document again. With `overwrite`, the conflicts are written over.
   */
  const write = async (overwrite: boolean, only?: Partial<Record<DraftKind, Readonly<Record<string, string>>>>) => {
    const document = session.document();
    if (!document || !state || !doc) return null;
    setBusy(true);
    try {
      const said: string[] = [];
      const kept: KindConflict[] = [];
      for (const kind of kinds) {
        const mine = entries(kind.draft);
        const wanted = overwrite
          ? Object.fromEntries(conflicts.filter((c) => c.kind === kind.draft).map((c) => [c.code, mine[c.code] ?? c.proposed]))
          : // Only what differs from the document is written: what the form merely shows is not written back.
            only
            ? (only[kind.draft] ?? {})
            : differences(mine, baseline(kind.draft));
        if (Object.keys(wanted).length === 0) continue;
        const result = await kind.write(document, state.template, wanted, { overwrite });
        if (result.written.length > 0) said.push(kind.written(result.written.length));
        kept.push(...result.conflicts.map((c) => ({ ...c, kind: kind.draft })));
      }
      const fresh = await readCurrent(session);
      const next = fresh ? picks(fresh.read) : baselines;
      if (fresh) setState(fresh);
      setBaselines(next);
      // What reached the document leaves the draft; what did not (a conflict kept, a value held back) stays.
      for (const kind of kinds) store.set(doc, kind.draft, entries(kind.draft), next[kind.draft] ?? EMPTY);
      setConflicts(overwrite ? [] : kept);
      setMessage(said.length > 0 ? { intent: "success", text: said.join(" ") } : { intent: "info", text: text.nothingWritten });
      return kept;
    } catch (e) {
      setMessage({ intent: "error", text: describeFailure(e, session.kind) });
      return null;
    } finally {
      setBusy(false);
    }
  };

  /** The document wins: the form takes its text, so nothing typed in the document is lost. */
  const keep = () => {
    for (const kind of kinds) {
      const mine = conflicts.filter((c) => c.kind === kind.draft);
      if (mine.length > 0) setEntries(kind.draft, { ...entries(kind.draft), ...Object.fromEntries(mine.map((c) => [c.code, c.inDocument])) });
    }
    setConflicts([]);
  };

  return { state, doc, loaded, entries, setEntries, conflicts, message, setMessage, busy, load, write, keep, store };
}
