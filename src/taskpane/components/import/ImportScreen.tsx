import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { FillConflict } from "../../../document/report-document";
import { limitFor, megabytes } from "../../../core/input-limits";
import { ImportError, valuesFromCsv, valuesFromJson } from "../../../import/read-values";
import { vi } from "../../../strings";
import { viPane } from "../../../strings/vi-pane";
import { describeFailure } from "../describe-failure";
import { Screen, StatusLine } from "../Screen";
import { DocumentState, PaneSession, readCurrent } from "../../session/session";
import { useDelayedBusy } from "../use-delayed-busy";
import { PreviewRow, previewImport } from "./preview";
import { InvalidValue, withoutInvalid } from "../data/invalid-values";
import { InvalidValuesDialog } from "../data/InvalidValuesDialog";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const t = viPane.importing;

async function readFile(file: File) {
  const name = file.name.toLowerCase();
  // The size is checked before the file is read (src/core/input-limits.ts).
  if (file.size > limitFor(name)) throw new ImportError(vi.importing.tooBig(megabytes(file.size), megabytes(limitFor(name))));
  if (name.endsWith(".xlsx")) {
    // Excel parsing is large: loaded only when an Excel file is chosen.
    const { valuesFromXlsx } = await import("../../../import/read-values");
    return valuesFromXlsx(new Uint8Array(await file.arrayBuffer()));
  }
  return name.endsWith(".json") ? valuesFromJson(new Uint8Array(await file.arrayBuffer())) : valuesFromCsv(new Uint8Array(await file.arrayBuffer()));
}

export function ImportScreen({ session }: { session: PaneSession }): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [state, setState] = React.useState<DocumentState | null>(null);
  const [fileName, setFileName] = React.useState("");
  const [rows, setRows] = React.useState<PreviewRow[] | null>(null);
  const [values, setValues] = React.useState<Record<string, string | number>>({});
  const [notes, setNotes] = React.useState<Record<string, string>>({});
  const [conflicts, setConflicts] = React.useState<readonly FillConflict[]>([]);
  const [message, setMessage] = React.useState<{ intent: "success" | "warning" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useDelayedBusy();

  const choose = async (file: File) => {
    setMessage(null);
    setConflicts([]);
    try {
      const current = await readCurrent(session);
      if (!current) {
        setMessage({ intent: "warning", text: t.noReport });
        return;
      }
      const imported = await readFile(file);
      setState(current);
      setFileName(file.name);
      setValues(imported.values);
      setNotes(imported.notes);
      setRows(previewImport(current.template, current.data, current.read.values, imported));
      if (imported.warnings.length > 0) setMessage({ intent: "warning", text: imported.warnings.join(" ") });
    } catch (e) {
      setRows(null);
      setMessage({ intent: "error", text: t.failed(e instanceof ImportError || e instanceof Error ? e.message : String(e)) });
    }
  };

  const [asking, setAsking] = React.useState<readonly InvalidValue[] | null>(null);
  const invalid = (rows ?? []).filter((r) => r.change === "invalid").map((r) => ({ code: r.code, label: r.label, value: r.proposed, message: r.reason ?? "" }));

  /** Writing with invalid values asks first: the valid ones only, or back to the file. */
  const requestApply = () => (invalid.length > 0 ? setAsking(invalid) : void apply(false));

  const apply = async (overwrite: boolean, skip: readonly InvalidValue[] = []) => {
    const doc = session.document();
    if (!doc || !state) return;
    setBusy(true);
    try {
      const wanted = overwrite ? Object.fromEntries(conflicts.map((c) => [c.code, values[c.code]])) : withoutInvalid(values, skip);
      const result = await doc.fillValues(state.template, wanted, { overwrite });
      // Notes go in where the officer has written none; a note written in the document is kept.
      const noted = overwrite ? null : await doc.fillNotes(state.template, notes);
      setConflicts(overwrite ? [] : result.conflicts);
      setRows(overwrite || result.conflicts.length === 0 ? null : rows);
      const notesText = noted && (noted.written.length > 0 || noted.conflicts.length > 0) ? ` ${t.notesWritten(noted.written.length, noted.conflicts.length)}` : "";
      setMessage({ intent: "success", text: viPane.data.filled(result.written.length) + notesText });
    } catch (e) {
      setMessage({ intent: "error", text: describeFailure(e, session.kind) });
    } finally {
      setBusy(false);
    }
  };

  const count = (c: PreviewRow["change"]) => rows?.filter((r) => r.change === c).length ?? 0;
  const writable = count("new") + count("changed") + count("invalid");
  return (
    <Screen
      id="import"
      title={t.title}
      intro={t.intro}
      actions={
        <>
          <Button appearance={rows ? "secondary" : "primary"} onClick={() => input.current?.click()}>
            {t.choose}
          </Button>
          {rows && (
            <>
              <Button appearance="primary" onClick={requestApply} disabled={writable === 0} aria-describedby={writable === 0 ? "import-why" : undefined}>
                {t.apply}
              </Button>
              <Button onClick={() => setRows(null)}>{t.cancel}</Button>
              {writable === 0 && (
                <span id="import-why" hidden>
                  {t.nothingToApply}
                </span>
              )}
            </>
          )}
        </>
      }
      status={<StatusLine busy={busy} busyLabel={viPane.data.busy} message={message} />}
    >
      <input ref={input} type="file" accept=".json,.csv,.xlsx" hidden aria-label={t.choose} onChange={(e) => e.target.files?.[0] && void choose(e.target.files[0]).then(() => (e.target.value = ""))} />
      {asking && (
        <InvalidValuesDialog
          invalid={asking}
          validCount={count("new") + count("changed")}
          onWriteValid={() => {
            const skip = asking;
            setAsking(null);
            void apply(false, skip);
          }}
          onBack={() => setAsking(null)}
        />
      )}
      {conflicts.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {viPane.data.conflictsTitle(conflicts.length)}. {viPane.data.conflictsIntro}
            <div className={styles.actions}>
              <Button onClick={() => setConflicts([])}>{viPane.data.keep}</Button>
              <Button appearance="primary" onClick={() => void apply(true)}>
                {viPane.data.overwrite}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {rows && (
        <>
          <Text as="h3" weight="semibold">
            {t.previewTitle(fileName)}
          </Text>
          <Body1>{t.summary(count("new"), count("changed"), count("same"), count("unknown"), count("invalid"))}</Body1>
          <Table size="small" aria-label={t.previewTitle(fileName)}>
            <TableHeader>
              <TableRow>
                {t.columns.map((c) => (
                  <TableHeaderCell key={c}>{c}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.code}>
                  <TableCell>{r.code}</TableCell>
                  <TableCell>{r.label}</TableCell>
                  <TableCell>{r.inDocument}</TableCell>
                  <TableCell>{r.proposed}</TableCell>
                  <TableCell>{r.change === "invalid" ? t.invalidCell(r.reason ?? "") : t.change[r.change]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Screen>
  );
}
