/** taskpane.html?selftest: runs the self-test on a scratch document and shows each step, then ĐẠT or KHÔNG ĐẠT. */
import { Body1, Button, Caption1, Link, makeStyles, MessageBar, MessageBarBody, Spinner, Title2, tokens } from "@fluentui/react-components";
import * as React from "react";
import { viSelftest } from "../../strings/vi-selftest";
import { findPaneTemplate } from "../session/pane-templates";
import type { PaneSession } from "../session/session";
import { runSelfTest, selfTestReport, SelfTestOutcome, StepResult } from "./run-selftest";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  steps: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const t = viSelftest;
const TEMPLATE = "tk-2-cap-2025";

export function SelfTestScreen({ session }: { session: PaneSession }): React.JSX.Element {
  const styles = useStyles();
  const [steps, setSteps] = React.useState<StepResult[]>([]);
  const [outcome, setOutcome] = React.useState<SelfTestOutcome | null>(null);
  const [copied, setCopied] = React.useState(false);
  const [runs, setRuns] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setSteps([]);
    setOutcome(null);
    setCopied(false);
    void (async () => {
      const template = await findPaneTemplate(TEMPLATE);
      if (!template) throw new Error(`no template ${TEMPLATE}`);
      const result = await runSelfTest(session, template, (s) => live && setSteps((prev) => [...prev, s]));
      if (live) setOutcome(result);
    })().catch((e: unknown) => live && setOutcome({ ok: false, steps: [{ id: "scratch", ok: false, ms: 0, syncs: null, detail: e instanceof Error ? e.message : String(e) }] }));
    return () => {
      live = false;
    };
  }, [session, runs]);

  const failed = outcome?.steps.find((s) => !s.ok);
  const copy = async () => {
    if (!outcome) return;
    await navigator.clipboard?.writeText(selfTestReport(session, outcome));
    setCopied(true);
  };
  return (
    <main className={styles.root}>
      <Title2 as="h1">{t.title}</Title2>
      <Body1>{t.intro}</Body1>
      <Caption1>{t.host(session.diagnostics.describeHost())}</Caption1>
      <ol className={styles.steps} aria-label={t.title}>
        {steps.map((s) => (
          <li key={s.id}>
            <span className={s.ok ? styles.ok : styles.bad}>{s.ok ? "✓" : "✗"} </span>
            <Body1>
              <strong>{t.steps[s.id]}</strong> — {s.detail}
            </Body1>
            <Caption1> ({t.cost(s.ms, s.syncs)})</Caption1>
          </li>
        ))}
      </ol>
      {!outcome && <Spinner size="tiny" label={t.running} />}
      {outcome && (
        <MessageBar intent={outcome.ok ? "success" : "error"} role="status">
          <MessageBarBody>{outcome.ok ? t.pass : t.fail(t.steps[failed?.id ?? "scratch"])}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!outcome} onClick={() => void copy()}>
          {t.copy}
        </Button>
        <Button disabled={!outcome} onClick={() => setRuns((n) => n + 1)}>
          {t.rerun}
        </Button>
        <Link href="taskpane.html">{t.back}</Link>
      </div>
      {copied && <Body1 role="status">{t.copied}</Body1>}
    </main>
  );
}
