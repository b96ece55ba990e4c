/**
 * The previous period's report, opened by the officer (Kiểm tra): the `period` rule checks the
 * cumulative rows against it, and Số liệu shows each row's previous value. Held above the tabs,
 * for the open document only.
 */
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ReportData } from "../../../core/model/report-data";
import type { Template } from "../../../core/model/template";
import { compareDates, periodInfo } from "../../../core/period";
import { previousCodeOf } from "../../../core/validation/rules/period";
import { viPane } from "../../../strings/vi-pane";
import { paneTemplates } from "../../session/pane-templates";
import { identityText, PaneSession, readCurrent } from "../../session/session";
import type { StatusMessage } from "../Screen";
import { ReportFileInput } from "../ReportFileInput";

export interface PreviousReport {
  readonly data: ReportData;
  readonly fileName: string;
}

const PreviousContext = React.createContext<{ previous: PreviousReport | null; setPrevious: (p: PreviousReport | null) => void }>({ previous: null, setPrevious: () => undefined });
export const PreviousProvider = PreviousContext.Provider;
export const usePrevious = () => React.useContext(PreviousContext);

/** A row's value in the previous period's report (across 1/7/2025 through the template's code map), or undefined. */
export function previousValue(template: Template, previous: ReportData, code: string): string | undefined {
  const before = previousCodeOf(template, previous.template)?.(code);
  const v = before === undefined ? undefined : previous.values[before];
  return v === undefined || String(v).trim() === "" ? undefined : String(v);
}

const t = viPane.check;
const useStyles = makeStyles({ bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" } });

/** Kiểm tra's "Mở báo cáo kỳ trước": pick, read, and keep it when it is an earlier period's report. */
export function PreviousPicker({ session, onMessage }: { session: PaneSession; onMessage: (m: StatusMessage | null) => void }): React.JSX.Element {
  const styles = useStyles();
  const { previous, setPrevious } = usePrevious();
  const picker = React.useRef<HTMLInputElement>(null);
  const take = async (file: File) => {
    const current = await readCurrent(session);
    if (!current) return onMessage({ intent: "warning", text: t.noReport });
    const [{ reportFromFile }, templates] = await Promise.all([import(/* webpackChunkName: "report-file" */ "../report-file"), paneTemplates()]);
    const read = await reportFromFile(
      file,
      templates.filter((x) => x.data.layout !== "assignment"),
    );
    if (!read.ok) return onMessage({ intent: "error", text: read.message });
    const [before, now] = [periodInfo(read.data.period).cutoff, periodInfo(current.data.period).cutoff];
    if (!before || !now || compareDates(before.to, now.to) >= 0) {
      return onMessage({ intent: "error", text: t.previousNotEarlier(file.name, periodInfo(read.data.period).title, periodInfo(current.data.period).title) });
    }
    setPrevious({ data: read.data, fileName: file.name });
    onMessage({ intent: "info", text: t.previousTaken(identityText(read.data), file.name) });
  };
  return (
    <div className={styles.bar}>
      <Button onClick={() => picker.current?.click()}>{previous ? t.previousOther : t.previousOpen}</Button>
      {previous && (
        <>
          <Body1>{t.previousShown(identityText(previous.data), previous.fileName)}</Body1>
          <Button appearance="subtle" onClick={() => (setPrevious(null), onMessage(null))}>
            {t.previousDrop}
          </Button>
        </>
      )}
      <ReportFileInput ref={picker} label={t.previousOpen} onFile={(f) => void take(f)} />
    </div>
  );
}
