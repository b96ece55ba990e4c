import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import * as React from "react";
import { HEADER_FIELDS, HeaderField } from "../../../core/model/vocabulary";
import { leafSections, outlineFor } from "../../../core/outline";
import { validate } from "../../../core/validation/engine";
import { tagOf } from "../../../document/plan/tags";
import { vi } from "../../../strings";
import { viPane } from "../../../strings/vi-pane";
import { fieldId, useFocusPending } from "../../navigation/navigation";
import type { PaneSession } from "../../session/session";
import { ConflictBar } from "../ConflictBar";
import { Screen, StatusLine, StatusMessage } from "../Screen";
import { FillFormKind, useFillForm } from "../use-fill-form";
import { describeFailure } from "../describe-failure";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const t = viPane.sections;
const KINDS: readonly FillFormKind[] = [
  { draft: "header", pick: (read) => ({ ...read.header }) as Record<string, string>, write: (doc, template, wanted, options) => doc.fillHeader(template, wanted, options), written: t.headerWritten },
  { draft: "sections", pick: (read) => ({ ...read.sections }), write: (doc, template, wanted, options) => doc.fillSections(template, wanted, options), written: t.written },
];
const TEXT = { noReport: t.noReport, nothingWritten: t.nothingToWrite };
/** Fields written on several lines: căn cứ may run long, Nơi nhận is one recipient a line. */
const MULTILINE: ReadonlySet<HeaderField> = new Set(["can-cu", "noi-nhan"]);
const capital = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/** Nội dung: the header and signature fields (căn cứ, Kính gửi, Nơi nhận…) and the body text of each section the agency writes. */
export function SectionsScreen({ session }: { session: PaneSession }): React.JSX.Element {
  const styles = useStyles();
  const { state, entries, setEntries, conflicts, message, busy, load, write, keep, loaded } = useFillForm(session, KINDS, TEXT);
  const texts = entries("sections");
  const header = entries("header");
  useFocusPending(["section", "header"], loaded && !!state);

  const all = React.useMemo(() => {
    if (!state) return [];
    const level = state.data.agency.level;
    return leafSections(outlineFor(state.data.period)).filter((s) => s.fixedText === undefined && s.levels.includes(level));
  }, [state]);
  // An optional section the officer took out (here or in Word) is not offered again.
  const inDocument = (id: string) => !!state && (state.read.present.has(tagOf("section", id)) || state.read.present.has(tagOf("heading", id)));
  const sections = all.filter((s) => !s.optional || inDocument(s.id));
  const removedIds = all.filter((s) => s.optional && !inDocument(s.id)).map((s) => s.id);
  const [removal, setRemoval] = React.useState<StatusMessage | null>(null);
  // What taking a section out said, until the screen says something else.
  React.useEffect(() => setRemoval(null), [message]);
  const remove = async (id: string) => {
    const doc = session.document();
    if (!doc || !state) return;
    try {
      const result = await doc.removeSection(state.template, id);
      await load();
      setRemoval(result.status === "remove" ? { intent: "success", text: t.removed(id) } : { intent: "error", text: t.removeRefused[result.reason] });
    } catch (e) {
      await load().catch(() => undefined);
      setRemoval({ intent: "error", text: describeFailure(e, session.kind) });
    }
  };

  // Live checks of the header as typed (ký hiệu, date, required parts): the same rule as "Kiểm tra".
  const headerIssues = React.useMemo(
    () => (state ? validate(state.template, { ...state.data, values: {}, sections: undefined, header }).filter((i) => i.rule === "header" && i.severity === "error") : []),
    [state, header],
  );

  const heading = (id: string) => sections.find((s) => s.id === id)?.heading ?? "";
  const fieldName = (f: string) => vi.headerFieldName[f] ?? f;
  return (
    <Screen
      id="sections"
      title={t.title}
      intro={t.intro}
      actions={
        <>
          <Button appearance="primary" disabled={!state} aria-describedby={state ? undefined : "sections-why"} onClick={() => void write(false)}>
            {t.fill}
          </Button>
          <Button onClick={() => void load()}>{t.load}</Button>
          {!state && loaded && (
            <span id="sections-why" hidden>
              {t.noReport}
            </span>
          )}
        </>
      }
      status={<StatusLine busy={busy} busyLabel={t.busy} message={removal ?? message} />}
    >
      {conflicts.length > 0 && (
        <ConflictBar
          title={t.conflictsTitle(conflicts.length)}
          intro={t.conflictsIntro}
          lines={conflicts.map((c) => ({
            key: `${c.kind}:${c.code}`,
            text: c.kind === "header" ? t.headerConflictLine(fieldName(c.code), c.inDocument) : t.conflictLine(c.code, heading(c.code), c.inDocument),
          }))}
          keepLabel={t.keep}
          overwriteLabel={t.overwrite}
          onKeep={keep}
          onOverwrite={() => void write(true)}
        />
      )}
      {state && (
        <div className={styles.fields}>
          <Text as="h3" weight="semibold" size={400}>
            {t.headerTitle}
          </Text>
          {HEADER_FIELDS.map((f) => {
            const present = state.read.present.has(tagOf("header", f));
            const problem = headerIssues.find((i) => i.target === f)?.message;
            const Control = MULTILINE.has(f) ? Textarea : Input;
            return (
              <Field key={f} label={capital(fieldName(f))} hint={present ? t.headerHint[f] : t.headerAbsent} validationMessage={problem} validationState={problem ? "error" : "none"}>
                <Control
                  id={fieldId({ kind: "header", key: f })}
                  value={header[f] ?? ""}
                  disabled={!present}
                  {...(MULTILINE.has(f) ? { resize: "vertical" as const, rows: 3 } : {})}
                  onChange={(_: unknown, d: { value: string }) => setEntries("header", (prev) => ({ ...prev, [f]: d.value }))}
                />
              </Field>
            );
          })}
          <Text as="h3" weight="semibold" size={400}>
            {t.sectionsTitle}
          </Text>
          {sections.map((s) => (
            <Field
              key={s.id}
              label={s.partOf ? t.partLabel(s.partOf, s.label ?? "", s.heading) : s.optional && !s.parts ? t.optionalLabel(s.id, s.heading) : t.label(s.id, s.heading)}
              hint={s.optional && !s.parts ? t.optionalHint(s.placeholder?.replace(/^\[|\]$/g, "") ?? "") : s.placeholder?.replace(/^\[|\]$/g, "")}
            >
              <Textarea
                id={fieldId({ kind: "section", key: s.id })}
                resize="vertical"
                rows={3}
                value={texts[s.id] ?? ""}
                onChange={(_, d) => setEntries("sections", (prev) => ({ ...prev, [s.id]: d.value }))}
              />
              {s.optional && <RemoveSection written={(texts[s.id] ?? "").trim() !== "" || (state.read.sections[s.id] ?? "").trim() !== ""} onRemove={() => remove(s.id)} />}
            </Field>
          ))}
          {removedIds.length > 0 && <Text>{t.removedList(removedIds.join(", "))}</Text>}
        </div>
      )}
    </Screen>
  );
}

/**
 * "Bỏ mục này" under an optional section: the heading and its placeholder leave the document.
 * Never over the officer's words: with text written (in the document or being typed) it says why not.
 */
function RemoveSection({ written, onRemove }: { written: boolean; onRemove: () => Promise<void> }): React.JSX.Element {
  const [busy, setBusy] = React.useState(false);
  return (
    <div>
      <Button
        size="small"
        appearance="subtle"
        disabled={written || busy}
        onClick={() => {
          setBusy(true);
          void onRemove().finally(() => setBusy(false));
        }}
      >
        {t.remove}
      </Button>
      {written && <Text size={200}> {t.removeHasText}</Text>}
    </div>
  );
}
