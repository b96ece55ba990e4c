import { Body1, makeStyles, MessageBar, MessageBarBody, Spinner, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** A screen of the pane: a titled region with its one-line purpose. */
export function Screen({ id, title, intro, children }: { id: string; title: string; intro: string; children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby={`${id}-title`}>
      <Title3 as="h2" id={`${id}-title`}>
        {title}
      </Title3>
      <Body1>{intro}</Body1>
      {children}
    </section>
  );
}

export interface StatusMessage {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** The progress indicator (shown after half a second) and the outcome of the last action. */
export function StatusLine({ busy, busyLabel, message }: { busy: boolean; busyLabel: string; message: StatusMessage | null }): React.JSX.Element {
  return (
    <>
      {busy && <Spinner size="tiny" label={busyLabel} />}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
