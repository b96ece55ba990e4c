import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import * as React from "react";
import { vi } from "../../../strings";
import { viPane } from "../../../strings/vi-pane";
import { Screen, StatusLine, StatusMessage } from "../Screen";
import type { PaneSession } from "../../session/session";
import { IssueList } from "./IssueList";
import { useCheck } from "./use-check";
import { PreviousPicker } from "../previous/previous";
import { useNavigation } from "../../navigation/navigation";

const t = viPane.check;

export function CheckScreen({ session }: { session: PaneSession }): React.JSX.Element {
  const { result, message, busy, run, next } = useCheck(session);
  // The previous period's report: what opening it said (or why it could not), until the next check.
  const [previousMessage, setPreviousMessage] = React.useState<StatusMessage | null>(null);
  React.useEffect(() => setPreviousMessage(null), [message, result]);
  const nav = useNavigation();
  const c = result?.completeness;
  const required = c ? c.rows.required + c.sections.required : 0;
  const filled = c ? c.rows.filled + c.sections.filled : 0;
  return (
    <Screen
      id="check"
      title={t.title}
      intro={t.intro}
      actions={
        <>
          <Button appearance="primary" onClick={() => void run("draft")}>
            {t.run}
          </Button>
          <Button onClick={() => void run("final")}>{t.runFinal}</Button>
          <Button onClick={next} disabled={!result} aria-describedby="check-next-hint">
            {t.next}
          </Button>
          {/* The reason the button waits is shown; once it works, what it does is told to screen readers. */}
          <Caption1 id="check-next-hint" hidden={!!result}>
            {result ? t.nextHint : t.nextDisabled}
          </Caption1>
        </>
      }
      status={<StatusLine busy={busy} busyLabel={t.busy} message={previousMessage ?? message} />}
    >
      <PreviousPicker session={session} onMessage={setPreviousMessage} />
      {result && c && (
        <>
          <Field label={t.completenessLabel} hint={t.completeness(c.rows.filled, c.rows.required, c.sections.filled, c.sections.required)}>
            <ProgressBar value={required === 0 ? 1 : filled / required} thickness="large" />
          </Field>
          {result.mode === "final" && (
            <MessageBar intent={result.counts.error === 0 ? "success" : "error"}>
              <MessageBarBody>{result.counts.error === 0 ? t.ready : t.notReady(result.counts.error)}</MessageBarBody>
            </MessageBar>
          )}
          {result.trackedDeleted > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{vi.word.trackedDeleted(result.trackedDeleted)}</MessageBarBody>
            </MessageBar>
          )}
          {result.trackingUnverified && (
            <MessageBar intent="warning">
              <MessageBarBody>{vi.word.trackingUnverified}</MessageBarBody>
            </MessageBar>
          )}
          {result.issues.length === 0 ? <Body1>{t.noIssues}</Body1> : <IssueList issues={result.issues} onFix={nav.fix} />}
        </>
      )}
    </Screen>
  );
}
