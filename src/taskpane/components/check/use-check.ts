/** The check flow: read the document, run every rule, measure completeness, mark the problem controls. */
import * as React from "react";
import { completeness, Completeness } from "../../../core/validation/completeness";
import { countBySeverity, validate } from "../../../core/validation/engine";
import type { Issue, Mode } from "../../../core/validation/types";
import { viPane } from "../../../strings/vi-pane";
import { describeFailure } from "../describe-failure";
import { FieldTarget, useNavigation, WalkItem } from "../../navigation/navigation";
import { documentIssues } from "../../../document/controls";
import { PaneSession, readCurrent, tagForTarget } from "../../session/session";
import { useDelayedBusy } from "../use-delayed-busy";
import { usePrevious } from "../previous/previous";

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

export function useCheck(session: PaneSession) {
  const { previous } = usePrevious();
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const [message, setMessage] = React.useState<CheckMessage>(null);
  const [busy, setBusy] = useDelayedBusy();
  const nav = useNavigation();

  const run = React.useCallback(
    async (mode: Mode) => {
      setBusy(true);
      setMessage(null);
      try {
        const state = await readCurrent(session);
        if (!state) {
          setResult(null);
          setMessage({ intent: "warning", text: viPane.check.noReport });
          return;
        }
        // What the document itself shows (a placeholder left, disagreements, controls deleted) comes first, as in `cchc check`.
        const issues = [...documentIssues(state.read, mode), ...validate(state.template, state.data, { mode, previous: previous?.data })];
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
      } catch (e) {
        setMessage({ intent: "error", text: describeFailure(e, session.kind) });
      } finally {
        setBusy(false);
      }
    },
    [session, setBusy, previous],
  );

  /**
   * "Tiếp theo": every field to fix — each issue's, then each required field still empty — one after
   * another, each opened in its screen and selected in the document.
   */
  const next = React.useCallback(() => {
    const items = walkItems(result);
    if (items.length === 0) {
      setMessage({ intent: "info", text: viPane.check.allFilled });
      return;
    }
    nav.startWalk(items);
  }, [result, nav]);

  return { result, message, busy, run, next };
}

/** The stops of "Tiếp theo": errors, then warnings, then empty required fields, each field once. */
export function walkItems(result: CheckResult | null): WalkItem[] {
  if (!result) return [];
  const items: WalkItem[] = [];
  const seen = new Set<string>();
  const add = (target: FieldTarget, text: string) => {
    const key = `${target.kind}:${target.key}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ target, text });
  };
  for (const severity of ["error", "warning"] as const) {
    for (const i of result.issues) if (i.severity === severity && i.target && i.targetKind) add({ kind: i.targetKind, key: i.target, find: i.find }, i.message);
  }
  for (const e of result.completeness.empty) add(e, e.kind === "value" ? viPane.check.emptyValue(e.key) : viPane.check.emptySection(e.key));
  return items;
}
