import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { appliesTo, labelFor } from "../../../core/model/template";
import { AREAS } from "../../../core/model/vocabulary";
import { validate } from "../../../core/validation/engine";
import { vi } from "../../../strings";
import { ConflictBar } from "../ConflictBar";
import { Screen, StatusLine } from "../Screen";
import type { PaneSession } from "../../session/session";
import { FillFormKind, useFillForm } from "../use-fill-form";
import { ValueInput } from "./ValueInput";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const t = vi.pane.data;
const VALUES: FillFormKind = {
  draft: "values",
  pick: (read) => ({ ...read.values }),
  write: (doc, template, wanted, options) => doc.fillValues(template, wanted, options),
  noReport: t.noReport,
  written: t.filled,
  nothingWritten: t.nothingToFill,
};

export function DataScreen({ session }: { session: PaneSession }): React.JSX.Element {
  const styles = useStyles();
  const { state, entries: values, setEntries: setValues, conflicts, message, busy, load, write: fill, keep } = useFillForm(session, VALUES);

  // Live validation of the form: the same engine as "Kiểm tra", on what is typed now.
  const issues = React.useMemo(() => (state ? validate(state.template, { ...state.data, values, sections: undefined, header: undefined }) : []), [state, values]);

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
