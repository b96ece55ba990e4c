import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import * as React from "react";
import { leafSections, outlineFor } from "../../../core/outline";
import type { FillConflict } from "../../../document/report-document";
import { vi } from "../../../strings";
import { DocumentState, PaneSession, readCurrent } from "../../session/session";
import { ConflictBar } from "../ConflictBar";
import { Screen, StatusLine, StatusMessage } from "../Screen";
import { useDelayedBusy } from "../use-delayed-busy";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const t = vi.pane.sections;
const failure = (e: unknown) => vi.pane.check.officeFailed(e instanceof Error ? e.message : String(e));

/** Nội dung: the body text of each section the agency writes, for a workbench without a word processor (and for Word too). */
export function SectionsScreen({ session }: { session: PaneSession }): React.JSX.Element {
  const styles = useStyles();
  const [state, setState] = React.useState<DocumentState | null>(null);
  const [texts, setTexts] = React.useState<Record<string, string>>({});
  const [conflicts, setConflicts] = React.useState<readonly FillConflict[]>([]);
  const [message, setMessage] = React.useState<StatusMessage | null>(null);
  const [busy, setBusy] = useDelayedBusy();

  const load = React.useCallback(async () => {
    try {
      const current = await readCurrent(session);
      setState(current);
      setTexts(current ? { ...current.read.sections } : {});
      setConflicts([]);
      setMessage(current ? null : { intent: "warning", text: t.noReport });
    } catch (e) {
      setMessage({ intent: "error", text: failure(e) });
    }
  }, [session]);
  React.useEffect(() => void load(), [load]);

  const sections = React.useMemo(() => {
    if (!state) return [];
    const level = state.data.agency.level;
    return leafSections(outlineFor(state.data.period)).filter((s) => s.fixedText === undefined && s.levels.includes(level));
  }, [state]);

  const write = async (overwrite: boolean) => {
    const doc = session.document();
    if (!doc || !state) return;
    setBusy(true);
    try {
      const wanted = overwrite ? Object.fromEntries(conflicts.map((c) => [c.code, texts[c.code] ?? c.proposed])) : texts;
      const result = await doc.fillSections(state.template, wanted, { overwrite });
      setConflicts(overwrite ? [] : result.conflicts);
      setMessage(result.written.length > 0 ? { intent: "success", text: t.written(result.written.length) } : { intent: "info", text: t.nothingToWrite });
    } catch (e) {
      setMessage({ intent: "error", text: failure(e) });
    } finally {
      setBusy(false);
    }
  };

  const keep = () => {
    // The document's text wins: the form takes it, so nothing written in the document is lost.
    setTexts({ ...texts, ...Object.fromEntries(conflicts.map((c) => [c.code, c.inDocument])) });
    setConflicts([]);
  };

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
