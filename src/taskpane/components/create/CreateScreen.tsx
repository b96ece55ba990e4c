import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { HeaderField } from "../../../core/model/vocabulary";
import { Template, TemplateError } from "../../../core/model/template";
import { AGENCY_LEVELS, AgencyLevel, REPORT_KINDS, ReportKind } from "../../../core/model/vocabulary";
import { vi } from "../../../strings";
import { viPane } from "../../../strings/vi-pane";
import { describeFailure } from "../describe-failure";
import { Screen, StatusLine } from "../Screen";
import { addTemplateFile } from "../../session/pane-templates";
import type { DocumentState, PaneSession } from "../../session/session";
import { identityText } from "../../session/session";
import { useDelayedBusy } from "../use-delayed-busy";
import { saveHeader } from "./remembered-header";
import { useCreateForm } from "./use-create-form";

const useStyles = makeStyles({
  /** Long template titles must not widen the pane. */
  select: { width: "100%", minWidth: 0, "& select": { textOverflow: "ellipsis" } },
  grid: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalM },
  fill: { width: "100%", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const t = viPane.create;
const HEADER_INPUTS: HeaderField[] = ["co-quan-chu-quan", "co-quan-ban-hanh", "so-ky-hieu", "dia-danh", "ngay", "kinh-gui", "quyen-han", "chuc-vu", "nguoi-ky"];

export interface CreateScreenProps {
  session: PaneSession;
  /** null while the pane is still loading them. */
  templates: readonly Template[] | null;
  onCreated?: () => void;
  /** Today's year by default; injectable for tests. */
  year?: number;
}

/** What inserting over an existing report would lose, in words. */
function existingSummary(state: DocumentState): string {
  const sections = Object.keys(state.read.sections).length;
  const values = Object.values(state.read.values).filter((v) => v.trim() !== "").length;
  return t.replaceLoses(identityText(state.data), values, sections);
}

export function CreateScreen({ session, templates: builtIn, onCreated, year: thisYear = new Date().getFullYear() }: CreateScreenProps): React.JSX.Element {
  const styles = useStyles();
  const [loaded, setLoaded] = React.useState<Template[]>([]);
  const templates = React.useMemo(() => [...loaded, ...(builtIn ?? []).filter((b) => !loaded.some((l) => l.id === b.id))], [loaded, builtIn]);
  const loading = builtIn === null;
  const templateInput = React.useRef<HTMLInputElement>(null);
  const { form, set, usable, template, dataFor, yearOk, agencyOk, agencyTouched, setAgencyTouched, headerProblems, blocked, look } = useCreateForm(session, templates, thisYear);
  const table = templates.find((tp) => tp.data.layout === "table");
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useDelayedBusy();
  const [working, setWorking] = React.useState(false);
  /** Parts of a long insert done (Word inserts a report in parts within its batch budget). */
  const [progress, setProgress] = React.useState<[number, number] | null>(null);
  const onProgress = (done: number, total: number) => setProgress(total > 1 ? [done, total] : null);
  /** A report already in the document: asked before anything is replaced. */
  const [asking, setAsking] = React.useState<DocumentState | null>(null);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setWorking(true);
    setMessage(null);
    setProgress(null);
    try {
      saveHeader(form.header);
      await action();
      const note = session.afterInsertNote?.();
      setMessage({ intent: "success", text: note ? `${t.done} ${note}` : t.done });
      onCreated?.();
      await look();
    } catch (e) {
      setMessage({ intent: "error", text: describeFailure(e, session.kind) });
    } finally {
      setBusy(false);
      setWorking(false);
    }
  };

  /** The whole report: where one is already there, the officer chooses first. */
  const insertReport = async () => {
    if (!template) return;
    const current = await look();
    if (current) setAsking(current);
    else await act(() => session.createReport(template, dataFor(template), { onProgress }));
  };
  const choose = async (choice: "replace" | "appendix" | "cancel") => {
    setAsking(null);
    if (!template || choice === "cancel") return;
    if (choice === "replace") await act(() => session.createReport(template, dataFor(template), { onProgress, replace: true }));
    else await act(() => session.insertAppendix(template, dataFor(template), { onProgress }));
  };

  const ready = !blocked && !working;

  /** A user's template file: the same loader as the built-in ones, every problem said. */
  const loadTemplateFile = async (file: File) => {
    try {
      const tp = await addTemplateFile(await file.text());
      setLoaded((prev) => [tp, ...prev.filter((p) => p.id !== tp.id)]);
      set({ templateId: tp.id });
      setMessage({ intent: "success", text: t.templateLoaded(tp.data.title) });
    } catch (e) {
      const problems = e instanceof TemplateError ? e.problems.slice(0, 5).join("; ") : e instanceof Error ? e.message : String(e);
      setMessage({ intent: "error", text: t.templateBad(problems) });
    }
  };

  return (
    <Screen
      id="create"
      title={t.title}
      intro={t.intro}
      actions={
        <>
          <Button appearance="primary" disabled={!ready} aria-describedby={blocked ? "create-blocked" : undefined} onClick={() => void insertReport()}>
            {t.insertReport}
          </Button>
          <Button
            disabled={!ready}
            aria-describedby={blocked ? "create-blocked" : undefined}
            onClick={() => template && void act(() => session.insertAppendix(template, dataFor(template), { onProgress }))}
          >
            {t.insertAppendix}
          </Button>
          {table && (
            <Button
              disabled={!yearOk || !agencyOk || working}
              aria-describedby={!yearOk || !agencyOk ? "create-blocked" : undefined}
              onClick={() => void act(() => session.insertTable(table, dataFor(table)))}
            >
              {session.kind === "word" ? t.insertTable : t.insertTableEnd}
            </Button>
          )}
          {blocked && (
            <Text id="create-blocked" size={200}>
              {t.blocked(blocked)}
            </Text>
          )}
        </>
      }
      status={<StatusLine busy={busy} busyLabel={progress ? t.busyPart(progress[0], progress[1]) : t.busy} message={message} />}
    >
      <div className={styles.grid}>
        <Field label={t.kind}>
          <Select className={styles.fill} value={form.kind} onChange={(_, d) => set({ kind: d.value as ReportKind })}>
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {vi.kindName(k)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.year} validationMessage={yearOk ? undefined : t.yearInvalid}>
          <Input className={styles.fill} value={form.year} inputMode="numeric" onChange={(_, d) => set({ year: d.value })} />
        </Field>
      </div>
      <Field label={t.level}>
        <Select value={form.level} onChange={(_, d) => set({ level: d.value as AgencyLevel })}>
          {AGENCY_LEVELS.map((l) => (
            <option key={l} value={l}>
              {vi.levelName(l)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.agency} hint={t.agencyHint} validationMessage={agencyOk || !agencyTouched ? undefined : t.agencyMissing} required>
        <Input value={form.agency} onChange={(_, d) => set({ agency: d.value })} onBlur={() => setAgencyTouched(true)} />
      </Field>
      <input ref={templateInput} type="file" accept=".json" hidden onChange={(e) => e.target.files?.[0] && void loadTemplateFile(e.target.files[0])} />
      <Field label={t.template} validationState={loading ? "none" : undefined} validationMessage={loading ? viPane.templatesLoading : template ? undefined : t.noTemplate}>
        <Select className={styles.select} value={template?.id ?? ""} onChange={(_, d) => set({ templateId: d.value })} disabled={usable.length === 0}>
          {usable.map((tp) => (
            <option key={tp.id} value={tp.id}>
              {tp.data.title}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button size="small" onClick={() => templateInput.current?.click()}>
          {t.templateFile}
        </Button>
      </div>
      <Text as="h3" weight="semibold">
        {t.headerTitle}
      </Text>
      {HEADER_INPUTS.map((field) => (
        <Field key={field} label={vi.headerFieldName[field][0].toUpperCase() + vi.headerFieldName[field].slice(1)} validationMessage={headerProblems[field]} hint={t.headerHint[field]}>
          <Input value={form.header[field] ?? ""} onChange={(_, d) => set({ header: { ...form.header, [field]: d.value } })} />
        </Field>
      ))}
      <Dialog open={!!asking} onOpenChange={(_, d) => !d.open && setAsking(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.replaceTitle}</DialogTitle>
            <DialogContent>{asking ? existingSummary(asking) : null}</DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" onClick={() => void choose("replace")}>
                {t.replace}
              </Button>
              {asking && Object.values(asking.read.values).every((v) => v.trim() === "") && Object.keys(asking.read.values).length === 0 && (
                <Button onClick={() => void choose("appendix")}>{t.insertAppendix}</Button>
              )}
              <Button onClick={() => void choose("cancel")}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Screen>
  );
}
