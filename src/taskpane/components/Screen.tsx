import { Body1, makeStyles, MessageBar, MessageBarBody, Spinner, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import { useNavigation } from "../navigation/navigation";
import { WalkBar } from "../navigation/WalkBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // The screen's main action and its outcome stay in view however long the screen is (issue #18, point 7).
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  message: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
});

/**
 * A screen of the pane: a titled region with its one-line purpose, and a bar that sticks to the top
 * of the pane holding the screen's actions and, next to them, the outcome of the last one.
 */
export function Screen({
  id,
  title,
  intro,
  actions,
  status,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  actions?: React.ReactNode;
  status?: React.ReactNode;
  children?: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const walking = useNavigation().walk !== null && id !== "check";
  return (
    <section className={styles.root} aria-labelledby={`${id}-title`}>
      <Title3 as="h2" id={`${id}-title`}>
        {title}
      </Title3>
      <Body1>{intro}</Body1>
      {(actions || status || walking) && (
        <div className={styles.bar} data-testid="action-bar">
          {walking && <WalkBar />}
          {actions && <div className={styles.actions}>{actions}</div>}
          {status}
        </div>
      )}
      {children}
    </section>
  );
}

export interface StatusMessage {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/**
 * The progress indicator (shown after half a second) and the outcome of the last action: announced
 * to screen readers (a live region), and given the focus when it arrives, so that neither the eye nor
 * the keyboard is left on a button far from it.
 */
export function StatusLine({ busy, busyLabel, message }: { busy: boolean; busyLabel: string; message: StatusMessage | null }): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (message) ref.current?.focus({ preventScroll: false });
  }, [message]);
  return (
    <div role="status" aria-live="polite">
      {busy && <Spinner size="tiny" label={busyLabel} />}
      {message && (
        <MessageBar intent={message.intent} ref={ref} tabIndex={-1} className={styles.message}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
