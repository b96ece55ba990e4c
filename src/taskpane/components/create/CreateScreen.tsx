import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Header, ReportData } from "../../../core/model/report-data";
import type { HeaderField } from "../../../core/model/vocabulary";
import type { Template } from "../../../core/model/template";
import { AGENCY_LEVELS, AgencyLevel, REPORT_KINDS, ReportKind } from "../../../core/model/vocabulary";
import { vi } from "../../../strings";
import { Screen, StatusLine } from "../Screen";
import { addTemplateFile } from "../../session/pane-templates";
import type { PaneSession } from "../../session/session";
import { templateServes, TemplateError } from "../../../core/model/template";
import { useDelayedBusy } from "../use-delayed-busy";
import { loadHeader, saveHeader } from "./remembered-header";

const yearOkFor = (year: string) => /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100;

const useStyles = makeStyles({
  /** Long template titles must not widen the pane. */
  select: { width: "100%", minWidth: 0, "& select": { textOverflow: "ellipsis" } },
  grid: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalM },
  fill: { width: "100%", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const t = vi.pane.create;
const HEADER_INPUTS: HeaderField[] = ["co-quan-chu-quan", "co-quan-ban-hanh", "so-ky-hieu", "dia-danh", "ngay", "kinh-gui", "quyen-han", "chuc-vu", "nguoi-ky"];

export interface CreateScreenProps {
  session: PaneSession;
  /** null while the pane is still loading them. */
  templates: readonly Template[] | null;
  onCreated?: () => void;
  /** Today's year by default; injectable for tests. */
  year?: number;
}

export function CreateScreen({ session, templates: builtIn, onCreated, year: thisYear = new Date().getFullYear() }: CreateScreenProps): React.JSX.Element {
  const styles = useStyles();
  const [loaded, setLoaded] = React.useState<Template[]>([]);
  const templates = React.useMemo(() => [...loaded, ...(builtIn ?? []).filter((b) => !loaded.some((l) => l.id === b.id))], [loaded, builtIn]);
  const loading = builtIn === null;
  const templateInput = React.useRef<HTMLInputElement>(null);
  const [kind, setKind] = React.useState<ReportKind>("6-thang");
  const [year, setYear] = React.useState(String(thisYear));
  const [level, setLevel] = React.useState<AgencyLevel>("tinh");
  const [agency, setAgency] = React.useState("");
  const [agencyTouched, setAgencyTouched] = React.useState(false);
  const [header, setHeader] = React.useState<Header>(() => loadHeader());
  const usable = templates.filter((tp) => tp.data.layout !== "table" && yearOkFor(year) && templateServes(tp, kind, Number(year), level));
  const [templateId, setTemplateId] = React.useState<string>("");
  const template = usable.find((tp) => tp.id === templateId) ?? usable[0];
  const table = templates.find((tp) => tp.data.layout === "table");
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useDelayedBusy();
  const [working, setWorking] = React.useState(false);
  /** Parts of a long insert done (Word inserts a report in parts within its batch budget). */
  const [progress, setProgress] = React.useState<[number, number] | null>(null);
  const onProgress = (done: number, total: number) => setProgress(total > 1 ? [done, total] : null);

  const yearOk = yearOkFor(year);
  const agencyOk = agency.trim() !== "";

  const dataFor = (tp: Template): ReportData => ({
    template: tp.id,
    agency: { name: agency.trim(), level },
    period: { year: Number(year), kind },
    values: {},
    header,
  });

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setWorking(true);
    setMessage(null);
    setProgress(null);
    try {
      saveHeader(header);
      await action();
      setMessage({ intent: "success", text: t.done });
      onCreated?.();
    } catch (e) {
      setMessage({ intent: "error", text: vi.pane.check.officeFailed(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
      setWorking(false);
    }
  };
  const ready = yearOk && agencyOk && !!template && !working;

  /** A user's template file: the same loader as the built-in ones, every problem said. */
  const loadTemplateFile = async (file: File) => {
    try {
      const tp = await addTemplateFile(await file.text());
      setLoaded((prev) => [tp, ...prev.filter((p) => p.id !== tp.id)]);
      setTemplateId(tp.id);
      setMessage({ intent: "success", text: t.templateLoaded(tp.data.title) });
    } catch (e) {
      const problems = e instanceof TemplateError ? e.problems.slice(0, 5).join("; ") : e instanceof Error ? e.message : String(e);
      setMessage({ intent: "error", text: t.templateBad(problems) });
    }
  };

  return (
    <Screen id="create" title={t.title} intro={t.intro}>
      <div className={styles.grid}>
        <Field label={t.kind}>
          <Select className={styles.fill} value={kind} onChange={(_, d) => setKind(d.value as ReportKind)}>
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {vi.kindName(k)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.year} validationMessage={yearOk ? undefined : t.yearInvalid}>
          <Input className={styles.fill} value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
        </Field>
      </div>
      <Field label={t.level}>
        <Select value={level} onChange={(_, d) => setLevel(d.value as AgencyLevel)}>
          {AGENCY_LEVELS.map((l) => (
            <option key={l} value={l}>
              {vi.levelName(l)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.agency} hint={t.agencyHint} validationMessage={agencyOk || !agencyTouched ? undefined : t.agencyMissing} required>
        <Input value={agency} onChange={(_, d) => setAgency(d.value)} onBlur={() => setAgencyTouched(true)} />
      </Field>
      <input ref={templateInput} type="file" accept=".json" hidden onChange={(e) => e.target.files?.[0] && void loadTemplateFile(e.target.files[0])} />
      <Field
        label={t.template}
        validationState={loading ? "none" : undefined}
        validationMessage={loading ? vi.pane.templatesLoading : template ? undefined : t.noTemplate}
      >
        <Select className={styles.select} value={template?.id ?? ""} onChange={(_, d) => setTemplateId(d.value)} disabled={usable.length === 0}>
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
        <Field key={field} label={vi.headerFieldName[field][0].toUpperCase() + vi.headerFieldName[field].slice(1)}>
          <Input value={header[field] ?? ""} onChange={(_, d) => setHeader({ ...header, [field]: d.value })} />
        </Field>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!ready} onClick={() => template && void act(() => session.createReport(template, dataFor(template), { onProgress }))}>
          {t.insertReport}
        </Button>
        <Button disabled={!ready} onClick={() => template && void act(() => session.insertAppendix(template, dataFor(template), { onProgress }))}>
          {t.insertAppendix}
        </Button>
        {table && (
          <Button disabled={!yearOk || !agencyOk || working} onClick={() => void act(() => session.insertTable(table, dataFor(table)))}>
            {t.insertTable}
          </Button>
        )}
      </div>
      <StatusLine busy={busy} busyLabel={progress ? t.busyPart(progress[0], progress[1]) : t.busy} message={message} />
    </Screen>
  );
}
