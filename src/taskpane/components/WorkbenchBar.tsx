import { Body1, Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ReportData } from "../../core/model/report-data";
import { viPane } from "../../strings/vi-pane";
import type { WorkbenchSession } from "../session/workbench-session";
import type { WorkbenchFile } from "./workbench/use-workbench-file";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const t = viPane.workbench;

/** Open and save the .docx the workbench works on; says which file, and whether and when it was saved. */
export function WorkbenchBar({ session, file, data, openPicker }: { session: WorkbenchSession; file: WorkbenchFile; data: ReportData | null; openPicker: () => void }): React.JSX.Element {
  const styles = useStyles();
  const hasDocument = !!session.document();
  const state = !hasDocument
    ? t.noDocument
    : session.unsaved
      ? file.name
        ? t.changedSince(file.name)
        : t.unsaved
      : file.savedAt && file.name
        ? t.savedAt(file.savedAt, file.name)
        : file.name
          ? t.opened(file.name)
          : t.unsaved;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button onClick={openPicker}>{t.open}</Button>
        <Button onClick={() => void file.save(data)} disabled={!hasDocument} aria-describedby={hasDocument ? undefined : "save-why"}>
          {t.save}
        </Button>
        {!hasDocument && (
          <span id="save-why" hidden>
            {t.noDocument}
          </span>
        )}
      </div>
      <Body1 role="status" aria-live="polite">
        {state}
      </Body1>
      {file.error && (
        <MessageBar intent="error">
          <MessageBarBody>{file.error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
