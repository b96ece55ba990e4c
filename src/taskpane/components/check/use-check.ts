/** The check flow: read the document, run every rule, measure completeness, mark the problem controls. */
import * as React from "react";
import { completeness, Completeness } from "../../../core/validation/completeness";
import { countBySeverity, validate } from "../../../core/validation/engine";
import type { Issue, Mode } from "../../../core/validation/types";
import { vi } from "../../../strings";
import { tagOf } from "../../../document/plan/tags";
import { documentIssues } from "../../../document/controls";
import { PaneSession, readCurrent, tagForTarget } from "../../session/session";
import { useDelayedBusy } from "../use-delayed-busy";

export interface CheckResult {
  readonly mode: Mode;
  readonly issues: readonly Issue[];
  readonly counts: Record<"error" | "warning" | "info", number>;
  readonly completeness: Completeness;
  readonly disagreements: number;
  readonly missing: number;
  /** Controls deleted under Track Changes (left out), and whether Word could not tell which. */
  readonly trackedDeleted: number;
  readonly trackingUnverified: boolean;
}

export type CheckMessage = { intent: "error" | "warning" | "info"; text: string } | null;

const officeFailure = (e: unknown) => vi.pane.check.officeFailed(e instanceof Error ? e.message : String(e));

export function useCheck(session: PaneSession) {
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const [message, setMessage] = React.useState<CheckMessage>(null);
  const [busy, setBusy] = useDelayedBusy();
  const [cursor, setCursor] = React.useState(0);

  const run = React.useCallback(
    async (mode: Mode) => {
      setBusy(true);
      setMessage(null);
      try {
        const state = await readCurrent(session);
        if (!state) {
          setResult(null);
          setMessage({ intent: "warning", text: vi.pane.check.noReport });
          return;
        }
        // What the document itself shows (a placeholder left, disagreements, controls deleted) comes first, as in `cchc check`.
        const issues = [...documentIssues(state.read, mode), ...validate(state.template, state.data, { mode })];
        const problemTags = issues
          .filter((i) => i.severity !== "info")
          .map((i) => tagForTarget(i.targetKind, i.target))
          .filter((t): t is string => t !== null);
        await session.document()?.mark(problemTags);
        setResult({
          mode,
          issues,
          counts: countBySeverity(issues),
          completeness: completeness(state.template, state.data),
          disagreements: state.read.disagreements.length,
          missing: state.read.missing.length,
          trackedDeleted: state.read.trackedDeleted.length,
          trackingUnverified: state.read.trackingUnverified,
        });
        setCursor(0);
      } catch (e) {
        setMessage({ intent: "error", text: officeFailure(e) });
      } finally {
        setBusy(false);
      }
    },
    [session, setBusy],
  );

  const goTo = React.useCallback(
    async (tag: string | null) => {
      if (!tag) return;
      try {
        const found = await session.document()?.select(tag);
        setMessage(found ? null : { intent: "warning", text: vi.pane.check.notFound });
      } catch (e) {
        setMessage({ intent: "error", text: officeFailure(e) });
      }
    },
    [session],
  );

  /** "Tiếp theo": the next empty required field, round and round. */
  const next = React.useCallback(async () => {
    const empty = result?.completeness.empty ?? [];
    if (empty.length === 0) {
      setMessage({ intent: "info", text: vi.pane.check.allFilled });
      return;
    }
    const field = empty[cursor % empty.length];
    setCursor(cursor + 1);
    await goTo(tagOf(field.kind, field.key));
  }, [result, cursor, goTo]);

  return { result, message, busy, run, goTo, next };
}
