import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import * as React from "react";
import { leafSections, outlineFor } from "../../../core/outline";
import { vi } from "../../../strings";
import type { PaneSession } from "../../session/session";
import { ConflictBar } from "../ConflictBar";
import { Screen, StatusLine } from "../Screen";
import { FillFormKind, useFillForm } from "../use-fill-form";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const t = vi.pane.sections;
const SECTIONS: FillFormKind = {
  draft: "sections",
  pick: (read) => ({ ...read.sections }),
  write: (doc, template, wanted, options) => doc.fillSections(template, wanted, options),
  noReport: t.noReport,
  written: t.written,
  nothingWritten: t.nothingToWrite,
};

/** Nội dung: the body text of each section the agency writes, for a workbench without a word processor (and for Word too). */
export function SectionsScreen({ session }: { session: PaneSession }): React.JSX.Element {
  const styles = useStyles();
  const { state, entries: texts, setEntries: setTexts, conflicts, message, busy, load, write, keep } = useFillForm(session, SECTIONS);

  const sections = React.useMemo(() => {
    if (!state) return [];
    const level = state.data.agency.level;
    return leafSections(outlineFor(state.data.period)).filter((s) => s.fixedText === undefined && s.levels.includes(level));
  }, [state]);

  const heading = (id: string) => sections.find((s) => s.id === id)?.heading ?? "";
  return (
    <Screen id="sections" title={t.title} intro={t.intro}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!state} onClick={() => void write(false)}>
          {t.fill}
        </Button>
        <Button onClick={() => void load()}>{t.load}</Button>
      </div>
      <StatusLine busy={busy} busyLabel={t.busy} message={message} />
      {conflicts.length > 0 && (
        <ConflictBar
          title={t.conflictsTitle(conflicts.length)}
          intro={t.conflictsIntro}
          lines={conflicts.map((c) => ({ key: c.code, text: t.conflictLine(c.code, heading(c.code), c.inDocument) }))}
          keepLabel={t.keep}
          overwriteLabel={t.overwrite}
          onKeep={keep}
          onOverwrite={() => void write(true)}
        />
      )}
      <div className={styles.fields}>
        {sections.map((s) => (
          <Field key={s.id} label={t.label(s.id, s.heading)} hint={s.placeholder?.replace(/^\[|\]$/g, "")}>
            <Textarea resize="vertical" rows={3} value={texts[s.id] ?? ""} onChange={(_, d) => setTexts((prev) => ({ ...prev, [s.id]: d.value }))} />
          </Field>
        ))}
      </div>
    </Screen>
  );
}
