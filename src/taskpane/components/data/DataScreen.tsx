import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { appliesTo, labelFor } from "../../../core/model/template";
import { AREAS } from "../../../core/model/vocabulary";
import { validate } from "../../../core/validation/engine";
import type { FillConflict } from "../../../document/report-document";
import { vi } from "../../../strings";
import { ConflictBar } from "../ConflictBar";
import { Screen, StatusLine } from "../Screen";
import { DocumentState, PaneSession, readCurrent } from "../../session/session";
import { useDelayedBusy } from "../use-delayed-busy";
import { ValueInput } from "./ValueInput";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const t = vi.pane.data;
const failure = (e: unknown) => vi.pane.check.officeFailed(e instanceof Error ? e.message : String(e));

export function DataScreen({ session }: { session: PaneSession }): React.JSX.Element {
  const styles = useStyles();
  const [state, setState] = React.useState<DocumentState | null>(null);
  const [values, setValues] = React.useState<Record<string, string>>({});
  const [conflicts, setConflicts] = React.useState<readonly FillConflict[]>([]);
  const [message, setMessage] = React.useState<{ intent: "success" | "warning" | "error" | "info"; text: string } | null>(null);
  const [busy, setBusy] = useDelayedBusy();

  const load = React.useCallback(async () => {
    try {
      const current = await readCurrent(session);
      setState(current);
      setValues(current ? { ...current.read.values } : {});
      setMessage(current ? null : { intent: "warning", text: t.noReport });
    } catch (e) {
      setMessage({ intent: "error", text: failure(e) });
    }
  }, [session]);
  React.useEffect(() => void load(), [load]);

  // Live validation of the form: the same engine as "Kiểm tra", on what is typed now.
  const issues = React.useMemo(() => (state ? validate(state.template, { ...state.data, values, sections: undefined, header: undefined }) : []), [state, values]);

  const fill = async (overwrite: boolean) => {
    const doc = session.document();
    if (!doc || !state) return;
    setBusy(true);
    try {
      const wanted = overwrite ? Object.fromEntries(conflicts.map((c) => [c.code, values[c.code] ?? c.proposed])) : values;
      const result = await doc.fillValues(state.template, wanted, { overwrite });
      setConflicts(overwrite ? [] : result.conflicts);
      setMessage({ intent: result.written.length > 0 ? "success" : "info", text: result.written.length > 0 ? t.filled(result.written.length) : t.nothingToFill });
    } catch (e) {
      setMessage({ intent: "error", text: failure(e) });
    } finally {
      setBusy(false);
    }
  };

  const keep = () => {
    // The document's values win: the form takes them, so nothing the officer typed is lost.
    setValues({ ...values, ...Object.fromEntries(conflicts.map((c) => [c.code, c.inDocument])) });
    setConflicts([]);
  };

  const template = state?.template;
  const level = state?.data.agency.level;
  return (
    <Screen id="data" title={t.title} intro={t.intro}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!state} onClick={() => void fill(false)}>
          {t.fill}
        </Button>
        <Button onClick={() => void load()}>{t.load}</Button>
      </div>
      <StatusLine busy={busy} busyLabel={t.busy} message={message} />
      {conflicts.length > 0 && template && (
        <ConflictBar
          title={t.conflictsTitle(conflicts.length)}
          intro={t.conflictsIntro}
          lines={conflicts.map((c) => ({ key: c.code, text: t.conflictLine(c.code, labelFor(template.get(c.code)!, level), c.inDocument, c.proposed) }))}
          keepLabel={t.keep}
          overwriteLabel={t.overwrite}
          onKeep={keep}
          onOverwrite={() => void fill(true)}
        />
      )}
      {template && level && (
        <Accordion multiple collapsible>
          {AREAS.filter((area) => template.rows.some((r) => r.area === area && !r.group)).map((area) => (
            <AccordionItem key={area} value={area}>
              <AccordionHeader as="h3">{vi.areaName(area)}</AccordionHeader>
              <AccordionPanel>
                <div className={styles.rows}>
                  {template.rows
                    .filter((r) => r.area === area && !r.group && appliesTo(r, level))
                    .map((row) => (
                      <ValueInput
                        key={row.code}
                        row={row}
                        label={labelFor(row, level)}
                        value={values[row.code] ?? ""}
                        issues={issues.filter((i) => i.target === row.code && i.rule !== "required")}
                        onChange={(v) => setValues((prev) => ({ ...prev, [row.code]: v }))}
                      />
                    ))}
                </div>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </Screen>
  );
}
