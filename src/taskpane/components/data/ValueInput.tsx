import { Field, Input, Select } from "@fluentui/react-components";
import * as React from "react";
import { normaliseValue } from "../../../core/grammar/value";
import type { Indicator } from "../../../core/model/template";
import type { Issue } from "../../../core/validation/types";
import { vi } from "../../../strings";

const t = vi.pane.data;

/** One value row: an option list for coded rows, a text input otherwise, formatted the Vietnamese way on leaving it. */
export function ValueInput({ row, label, value, issues, onChange }: { row: Indicator; label: string; value: string; issues: readonly Issue[]; onChange: (v: string) => void }): React.JSX.Element {
  const worst = issues.find((i) => i.severity === "error") ?? issues.find((i) => i.severity === "warning");
  const state = worst ? (worst.severity === "error" ? "error" : "warning") : "none";
  const hint = row.kind === "fraction" ? t.fractionHint : row.kind === "percent" ? t.percentHint : undefined;
  const fieldLabel = `${row.code} ${label}${row.unit && row.kind !== "coded" ? ` (${row.unit})` : ""}`;
  if (row.kind === "coded") {
    return (
      <Field label={fieldLabel} validationState={state} validationMessage={worst?.message}>
        <Select value={value} onChange={(_, d) => onChange(d.value)}>
          <option value="">{t.choose}</option>
          {row.options.map((o) => (
            <option key={o.value} value={String(o.value)}>
              {`${o.label} = ${o.value}`}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  return (
    <Field label={fieldLabel} hint={hint} validationState={state} validationMessage={worst?.message}>
      <Input
        value={value}
        inputMode={row.kind === "text" ? "text" : "decimal"}
        onChange={(_, d) => onChange(d.value)}
        onBlur={() => {
          const formatted = normaliseValue(value, row);
          if (formatted !== null && formatted !== value) onChange(formatted);
        }}
      />
    </Field>
  );
}
