import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { appliesTo, labelFor } from "../../../core/model/template";
import { AREAS } from "../../../core/model/vocabulary";
import { validate } from "../../../core/validation/engine";
import { vi } from "../../../strings";
import { viPane } from "../../../strings/vi-pane";
import { ConflictBar } from "../ConflictBar";
import { Screen, StatusLine, StatusMessage } from "../Screen";
import { paneTemplates } from "../../session/pane-templates";
import { previousValue, usePrevious } from "../previous/previous";
import { ReportFileInput } from "../ReportFileInput";
import type { PaneSession } from "../../session/session";
import { FillFormKind, useFillForm } from "../use-fill-form";
import { fieldId, useFocusPending } from "../../navigation/navigation";
import { InvalidValue, invalidValues, withoutInvalid } from "./invalid-values";
import { InvalidValuesDialog } from "./InvalidValuesDialog";
import { GroupNote, ValueInput } from "./ValueInput";

const useStyles = makeStyles({
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const t = viPane.data;
const KINDS: readonly FillFormKind[] = [
  { draft: "values", pick: (read) => ({ ...read.values }), write: (doc, template, wanted, options) => doc.fillValues(template, wanted, options), written: t.filled },
  { draft: "notes", pick: (read) => ({ ...read.notes }), write: (doc, template, wanted, options) => doc.fillNotes(template, wanted, options), written: t.notesWritten },
];
const TEXT = { noReport: t.noReport, nothingWritten: t.nothingToFill };

/** Số liệu: every row's value and its Ghi chú, by area; written in one action. */
export function DataScreen({ session }: { session: PaneSession }): React.JSX.Element {
  const styles = useStyles();
  const form = useFillForm(session, KINDS, TEXT);
  const { state, entries, setEntries, conflicts, message, busy, load, write, keep, loaded } = form;
  const values = entries("values");
  const notes = entries("notes");
  const [open, setOpen] = React.useState<string[]>([]);
  const [asking, setAsking] = React.useState<readonly InvalidValue[] | null>(null);
  const { previous } = usePrevious();
  // "Lấy từ kế hoạch": the plan's counts go into the form; the officer writes them with the rest.
  const planPicker = React.useRef<HTMLInputElement>(null);
  const [planMessage, setPlanMessage] = React.useState<StatusMessage | null>(null);
  const [planBusy, setPlanBusy] = React.useState(false);
  // The form's own news (written, read again) replaces the plan's.
  React.useEffect(() => setPlanMessage(null), [message]);
  const takePlan = async (file: File) => {
    if (!state) return;
    setPlanBusy(true);
    try {
      const [{ planFromFile }, templates] = await Promise.all([import(/* webpackChunkName: "report-file" */ "../report-file"), paneTemplates()]);
      const result = await planFromFile(file, { template: state.template, year: state.data.period.year }, templates);
      if (!result.ok) return setPlanMessage({ intent: "error", text: result.message });
      setEntries("values", (prev) => ({ ...prev, ...result.values }));
      const area = state.template.get(Object.keys(result.values)[0])?.area;
      if (area) setOpen((prev) => (prev.includes(area) ? prev : [...prev, area]));
      setPlanMessage({ intent: "info", text: t.planTaken(result.counts.year, result.values) });
    } finally {
      setPlanBusy(false);
    }
  };

  const template = state?.template;
  const level = state?.data.agency.level;
  // An issue's row: its area opened, then the row focused.
  useFocusPending(["value", "note"], loaded && !!template, (target) => {
    const area = template?.get(target.key)?.area;
    if (area) setOpen((prev) => (prev.includes(area) ? prev : [...prev, area]));
  });

  // Live validation of the form: the same engine as "Kiểm tra", on what is typed now.
  const issues = React.useMemo(() => (state ? validate(state.template, { ...state.data, values, sections: undefined, header: undefined }) : []), [state, values]);

  /** What would be written now: the values that differ from the document. */
  const pending = () => {
    const base = state?.read.values ?? {};
    return Object.fromEntries(Object.entries(values).filter(([code, v]) => v.trim() !== (base[code] ?? "").trim()));
  };

  const fill = () => {
    if (!state) return;
    const invalid = invalidValues(state.template, state.data, pending());
    if (invalid.length > 0) setAsking(invalid);
    else void write(false);
  };

  const writeValidOnly = () => {
    const invalid = asking ?? [];
    setAsking(null);
    void write(false, { values: withoutInvalid(pending(), invalid), notes: Object.fromEntries(Object.entries(notes).filter(([code, v]) => v.trim() !== (state?.read.notes[code] ?? "").trim())) });
  };

  const goBack = () => {
    const first = asking?.[0];
    setAsking(null);
    if (!first) return;
    const area = template?.get(first.code)?.area;
    if (area && !open.includes(area)) setOpen((prev) => [...prev, area]);
    setTimeout(() => document.getElementById(fieldId({ kind: "value", key: first.code }))?.focus(), 0);
  };

  return (
    <Screen
      id="data"
      title={t.title}
      intro={t.intro}
      actions={
        <>
          <Button appearance="primary" disabled={!state} aria-describedby={state ? undefined : "data-why"} onClick={fill}>
            {t.fill}
          </Button>
          <Button onClick={() => void load()}>{t.load}</Button>
          <Button disabled={!state} aria-describedby="data-plan-hint" onClick={() => planPicker.current?.click()}>
            {t.fromPlan}
          </Button>
          <span id="data-plan-hint" hidden>
            {t.fromPlanHint}
          </span>
          <ReportFileInput ref={planPicker} label={t.fromPlan} onFile={(f) => void takePlan(f)} />
          {!state && loaded && (
            <span id="data-why" hidden>
              {t.noReport}
            </span>
          )}
        </>
      }
      status={<StatusLine busy={busy || planBusy} busyLabel={t.busy} message={planMessage ?? message} />}
    >
      {asking && <InvalidValuesDialog invalid={asking} validCount={Object.keys(withoutInvalid(pending(), asking)).length} onWriteValid={writeValidOnly} onBack={goBack} />}
      {conflicts.length > 0 && template && (
        <ConflictBar
          title={t.conflictsTitle(conflicts.length)}
          intro={t.conflictsIntro}
          lines={conflicts.map((c) => ({
            key: `${c.kind}:${c.code}`,
            text: c.kind === "notes" ? t.noteConflictLine(c.code, c.inDocument, c.proposed) : t.conflictLine(c.code, labelFor(template.get(c.code)!, level), c.inDocument, c.proposed),
          }))}
          keepLabel={t.keep}
          overwriteLabel={t.overwrite}
          onKeep={keep}
          onOverwrite={() => void write(true)}
        />
      )}
      {template && level && (
        <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
          {AREAS.filter((area) => template.rows.some((r) => r.area === area && !r.group)).map((area) => (
            <AccordionItem key={area} value={area}>
              <AccordionHeader as="h3">{vi.areaName(area)}</AccordionHeader>
              <AccordionPanel>
                <div className={styles.rows}>
                  {template.rows
                    .filter((r) => r.area === area && appliesTo(r, level))
                    .map((row) =>
                      row.group ? (
                        <GroupNote
                          key={row.code}
                          row={row}
                          label={labelFor(row, level)}
                          note={notes[row.code] ?? ""}
                          onNoteChange={(v) => setEntries("notes", (prev) => ({ ...prev, [row.code]: v }))}
                        />
                      ) : (
                        <ValueInput
                          key={row.code}
                          row={row}
                          label={labelFor(row, level)}
                          value={values[row.code] ?? ""}
                          note={notes[row.code] ?? ""}
                          issues={issues.filter((i) => i.target === row.code && i.rule !== "required")}
                          onChange={(v) => setEntries("values", (prev) => ({ ...prev, [row.code]: v }))}
                          onNoteChange={(v) => setEntries("notes", (prev) => ({ ...prev, [row.code]: v }))}
                          previous={previous ? previousValue(template, previous.data, row.code) : undefined}
                        />
                      ),
                    )}
                </div>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </Screen>
  );
}
