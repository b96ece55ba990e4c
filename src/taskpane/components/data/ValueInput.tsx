import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import * as React from "react";
import { writtenValue } from "../../../core/grammar/value";
import type { Indicator } from "../../../core/model/template";
import type { Issue } from "../../../core/validation/types";
import { viPane } from "../../../strings/vi-pane";
import { fieldId } from "../../navigation/navigation";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { marginLeft: tokens.spacingHorizontalL },
});

const t = viPane.data;

/**
 * A heading row ("1.1. Kế hoạch CCHC"): no value, but its Ghi chú, as seed 000 explains its heading
 * rows in the note column; the document has a note control on every row.
 */
export function GroupNote({ row, label, note, onNoteChange }: { row: Indicator; label: string; note: string; onNoteChange: (v: string) => void }): React.JSX.Element {
  return (
    <Field label={t.groupNoteLabel(row.code, label)} size="small">
      <Input id={fieldId({ kind: "note", key: row.code })} size="small" value={note} onChange={(_, d) => onNoteChange(d.value)} />
    </Field>
  );
}

/**
 * One row: its value (an option list for coded rows, a text input otherwise, formatted the
 * Vietnamese way on leaving it) and its Ghi chú, where the checks' messages send explanations.
 */
export function ValueInput({
  row,
  label,
  value,
  note,
  issues,
  onChange,
  onNoteChange,
  previous,
}: {
  row: Indicator;
  /** The row's value in the previous period's report, when the officer opened one (Kiểm tra). */
  previous?: string;
  label: string;
  value: string;
  note: string;
  issues: readonly Issue[];
  onChange: (v: string) => void;
  onNoteChange: (v: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const worst = issues.find((i) => i.severity === "error") ?? issues.find((i) => i.severity === "warning");
  const state = worst ? (worst.severity === "error" ? "error" : "warning") : "none";
  const kindHint = row.kind === "fraction" ? t.fractionHint : row.kind === "percent" ? t.percentHint : undefined;
  const hint = [kindHint, previous === undefined ? undefined : t.previousValue(previous)].filter((h) => h !== undefined).join(" · ") || undefined;
  const fieldLabel = `${row.code} ${label}${row.unit && row.kind !== "coded" ? ` (${row.unit})` : ""}`;
  const id = fieldId({ kind: "value", key: row.code });
  const noteField = (
    <Field className={styles.note} label={t.noteLabel(row.code)} size="small">
      <Input id={fieldId({ kind: "note", key: row.code })} size="small" value={note} onChange={(_, d) => onNoteChange(d.value)} />
    </Field>
  );
  if (row.kind === "coded") {
    return (
      <div className={styles.row}>
        <Field label={fieldLabel} hint={hint} validationState={state} validationMessage={worst?.message}>
          <Select id={id} value={value} onChange={(_, d) => onChange(d.value)}>
            <option value="">{t.choose}</option>
            {row.options.map((o) => (
              <option key={o.value} value={String(o.value)}>
                {`${o.label} = ${o.value}`}
              </option>
            ))}
          </Select>
        </Field>
        {noteField}
      </div>
    );
  }
  return (
    <div className={styles.row}>
      <Field label={fieldLabel} hint={hint} validationState={state} validationMessage={worst?.message}>
        <Input
          id={id}
          value={value}
          inputMode={row.kind === "text" ? "text" : "decimal"}
          onChange={(_, d) => onChange(d.value)}
          onBlur={() => {
            const formatted = writtenValue(value, row);
            if (formatted !== null && formatted !== value) onChange(formatted);
          }}
        />
      </Field>
      {noteField}
    </div>
  );
}
