import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ConflictBarProps {
  title: string;
  intro: string;
  /** One line per conflict, each saying what the document holds and what would be written. */
  lines: readonly { key: string; text: string }[];
  keepLabel: string;
  overwriteLabel: string;
  onKeep: () => void;
  onOverwrite: () => void;
}

/** What the officer typed in the document and filling would replace: the officer chooses, nothing is overwritten silently. */
export function ConflictBar({ title, intro, lines, keepLabel, overwriteLabel, onKeep, onOverwrite }: ConflictBarProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {intro}
        <ul className={styles.list}>
          {lines.map((l) => (
            <li key={l.key}>{l.text}</li>
          ))}
        </ul>
        <div className={styles.actions}>
          <Button onClick={onKeep}>{keepLabel}</Button>
          <Button appearance="primary" onClick={onOverwrite}>
            {overwriteLabel}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
