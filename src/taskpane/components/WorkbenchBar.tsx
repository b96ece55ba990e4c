import { Body1, Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import * as React from "react";
import { INPUT_LIMITS, megabytes } from "../../core/input-limits";
import { vi } from "../../strings";
import type { WorkbenchSession } from "../session/workbench-session";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const t = vi.pane.workbench;

/** Open and save the .docx the workbench works on. */
export function WorkbenchBar({ session, onChange }: { session: WorkbenchSession; onChange: () => void }): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [name, setName] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const open = async (file: File) => {
    // The size is checked before the file is read (src/core/input-limits.ts).
    if (file.size > INPUT_LIMITS.docx) {
      setError(t.openFailed(vi.docx.tooBig(megabytes(file.size), megabytes(INPUT_LIMITS.docx))));
      return;
    }
    try {
      await session.open(new Uint8Array(await file.arrayBuffer()));
      setName(file.name);
      setError(null);
      onChange();
    } catch (e) {
      setError(t.openFailed(e instanceof Error ? e.message : String(e)));
    }
  };

  const save = async () => {
    const bytes = await session.save();
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name ?? "bao-cao-cchc.docx";
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <input ref={input} type="file" accept=".docx" hidden onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])} />
        <Button onClick={() => input.current?.click()}>{t.open}</Button>
        <Button onClick={() => void save()} disabled={!session.document()}>
          {t.save}
        </Button>
      </div>
      <Body1>{name ? t.opened(name) : session.document() ? t.unsaved : t.noDocument}</Body1>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
