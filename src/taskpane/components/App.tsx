import { Body1, Button, Link, makeStaticStyles, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, Spinner, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Template } from "../../core/model/template";
import { viPane } from "../../strings/vi-pane";
import { viSelftest } from "../../strings/vi-selftest";
import { paneTemplates } from "../session/pane-templates";
import type { AnySession, PaneSession, TakeOver } from "../session/session";
import { CheckScreen } from "./check/CheckScreen";
import { CreateScreen } from "./create/CreateScreen";
import { DataScreen } from "./data/DataScreen";
import { DocumentPreview } from "./DocumentPreview";
import { SectionsScreen } from "./sections/SectionsScreen";
import { TemplatesScreen } from "./templates/TemplatesScreen";
import { useTemplates } from "./use-templates";
import { WorkbenchBar } from "./WorkbenchBar";
import { DraftStore } from "../drafts/draft-store";
import { DraftProvider } from "../drafts/drafts-context";
import { DraftOffer } from "../drafts/DraftOffer";
import { documentKey } from "../drafts/draft-store";
import { NavigationProvider, TabId, useNavigationState } from "../navigation/navigation";
import { DocumentState, identityText, readCurrent } from "../session/session";
import { tagOf } from "../../document/plan/tags";
import { StartScreen } from "./StartScreen";
import { TakeOverNotice } from "./TakeOverNotice";
import { PreviousProvider, PreviousReport } from "./previous/previous";
import { useWorkbenchFile } from "./workbench/use-workbench-file";

/** The browser's storage, where the page may use it. */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The browser asks before the page is left while `unsaved()` says work would be lost. */
function useLeaveWarning(unsaved: () => boolean): void {
  const latest = React.useRef(unsaved);
  latest.current = unsaved;
  React.useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!latest.current()) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, []);
}

// The import screen carries the CSV and Excel readers: loaded when the officer opens it.
const ImportScreen = React.lazy(() => import(/* webpackChunkName: "import" */ "./import/ImportScreen").then((m) => ({ default: m.ImportScreen })));

/**
 * Visible focus on every field: Fluent shows a focused input only by a thin underline; officers
 * working with the keyboard need to see where they are (issue #18, point 7).
 */
const useFocusRing = makeStaticStyles({
  ".fui-Input:focus-within, .fui-Textarea:focus-within, .fui-Select:focus-within": {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "1px",
  },
});

/** From this width the workbench lays the document beside the pane (issue #16; DocumentPreview's height follows it). */
const DESK_MIN_WIDTH = 1100;

const useStyles = makeStyles({
  // overflow-x "clip", not "hidden": "hidden" makes <main> a scroll container, and the screens' sticky action bar would stick to it, not to the window.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "100%", boxSizing: "border-box", overflowX: "clip" },
  tabs: { flexWrap: "wrap" },
  identity: { fontWeight: tokens.fontWeightSemibold },
  // The workbench on a desktop screen, as in Word: the document on the left, the pane (about 400 px)
  // on the right, the document staying in view while the officer works. Narrower: one column, the
  // document under the pane, as before.
  desk: {
    display: "flex",
    flexDirection: "column",
    [`@media (min-width: ${DESK_MIN_WIDTH}px)`]: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 420px", alignItems: "start" },
  },
  deskPane: { [`@media (min-width: ${DESK_MIN_WIDTH}px)`]: { gridColumn: 2, gridRow: 1 } },
  deskDocument: {
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
    [`@media (min-width: ${DESK_MIN_WIDTH}px)`]: { gridColumn: 1, gridRow: 1, position: "sticky", top: 0, padding: tokens.spacingHorizontalL, boxSizing: "border-box" },
  },
});

export interface AppProps {
  /** The session, or the reason the pane cannot work in this Word. */
  session: AnySession | { unsupported: string };
  /** Loads the templates after the first render; the pane's catalog unless a test gives its own. */
  loadTemplates?: () => Promise<readonly Template[]>;
}

export function App({ session, loadTemplates = paneTemplates }: AppProps): React.JSX.Element {
  const styles = useStyles();
  if ("unsupported" in session) {
    return (
      <main className={styles.root}>
        <Title2 as="h1">{viPane.appTitle}</Title2>
        <MessageBar intent="error">
          <MessageBarBody>{viPane.wordTooOld(session.unsupported)}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  return <Pane session={session} loadTemplates={loadTemplates} />;
}

/** The report in the document, read again whenever `version` changes; undefined until the first read. */
function useReport(session: PaneSession, version: number): DocumentState | null | undefined {
  const [state, setState] = React.useState<DocumentState | null | undefined>(undefined);
  React.useEffect(() => {
    let live = true;
    readCurrent(session)
      .then((s) => live && setState(s))
      .catch(() => live && setState(null));
    return () => {
      live = false;
    };
  }, [session, version]);
  return state;
}

function Pane({ session, loadTemplates }: { session: AnySession; loadTemplates: () => Promise<readonly Template[]> }): React.JSX.Element {
  const styles = useStyles();
  useFocusRing();
  const { templates, error: templatesError, retry: retryTemplates } = useTemplates(loadTemplates);
  const [version, refresh] = React.useReducer((n: number) => n + 1, 0);
  const workbench = session.kind === "workbench" ? session : null;
  React.useEffect(() => workbench?.subscribe(refresh), [workbench]);
  // An issue's field: its control is selected in the document too.
  const nav = useNavigationState("start", (target) => {
    const doc = session.document();
    const tag = tagOf(target.kind, target.key);
    void (target.find === undefined ? doc?.select(tag) : doc?.select(tag, target.find))?.catch(() => false);
  });
  const report = useReport(session, version);
  // A report already in the document (reopened in Word, or a file opened here) lands on Số liệu; a blank one on the start screen.
  const landed = React.useRef(false);
  React.useEffect(() => {
    if (report === undefined || landed.current) return;
    landed.current = true;
    if (report) nav.land("data");
  }, [report, nav]);
  // What the officer typed lives above the tabs; in the workbench, in the browser's storage too.
  const drafts = React.useMemo(() => new DraftStore(workbench ? browserStorage() : null), [workbench]);
  useLeaveWarning(() => drafts.dirty() || (workbench?.unsaved ?? false));
  const picker = React.useRef<HTMLInputElement>(null);
  // What taking a report typed by hand over did (until another file is opened).
  const [takenOver, setTakenOver] = React.useState<TakeOver | null>(null);
  // The previous period's report the officer opened (Kiểm tra), for this document only.
  const [previous, setPrevious] = React.useState<PreviousReport | null>(null);
  const previousContext = React.useMemo(() => ({ previous, setPrevious }), [previous]);
  const file = useWorkbenchFile(workbench, () => {
    setTakenOver(null);
    setPrevious(null);
    landed.current = false;
    refresh();
  });
  const tab = nav.tab;
  // A report typed by hand, open in Word or the workbench: taking it over. Asked only where it is offered
  // (the start screen, no report found): whether the document is ours or blank looks into it, not on every render.
  const takeOverAsked = !!session.takeOver && tab === "start" && report === null && takenOver?.status !== "done";
  const [takeOverOffered, setTakeOverOffered] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    if (!takeOverAsked) setTakeOverOffered(false);
    else
      Promise.resolve(session.canTakeOver?.() ?? false)
        .then((can) => live && setTakeOverOffered(can))
        .catch(() => live && setTakeOverOffered(false));
    return () => {
      live = false;
    };
  }, [session, takeOverAsked, version]);
  const takeOver =
    takeOverAsked && takeOverOffered
      ? async () => {
          const result = await session.takeOver!(templates ?? (await loadTemplates()));
          setTakenOver(result);
          if (result.status === "done") {
            landed.current = false;
            refresh();
          }
        }
      : undefined;
  return (
    <NavigationProvider value={nav}>
      <DraftProvider value={drafts}>
        <PreviousProvider value={previousContext}>
          <div className={workbench ? styles.desk : undefined}>
            <main className={mergeClasses(styles.root, workbench ? styles.deskPane : undefined)}>
              <Title2 as="h1">{viPane.appTitle}</Title2>
              <Body1>{session.kind === "word" ? viPane.hostWord : viPane.hostWorkbench}</Body1>
              <Link href="taskpane.html?selftest">{viSelftest.link}</Link>
              {workbench && (
                <>
                  <input
                    ref={picker}
                    type="file"
                    accept=".docx"
                    hidden
                    aria-label={viPane.workbench.open}
                    onChange={(e) => e.target.files?.[0] && void file.open(e.target.files[0]).then(() => (e.target.value = ""))}
                  />
                  <WorkbenchBar session={workbench} file={file} data={report?.data ?? null} openPicker={() => picker.current?.click()} />
                </>
              )}
              {report && (
                <Body1 className={styles.identity} role="status">
                  {viPane.identity(identityText(report.data), report.template.id)}
                </Body1>
              )}
              <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => nav.go(d.value as TabId)}>
                <Tab value="create">{viPane.tabs.create}</Tab>
                <Tab value="sections">{viPane.tabs.sections}</Tab>
                <Tab value="data">{viPane.tabs.data}</Tab>
                <Tab value="import">{viPane.tabs.import}</Tab>
                <Tab value="check">{viPane.tabs.check}</Tab>
                <Tab value="templates">{viPane.tabs.templates}</Tab>
              </TabList>
              {templatesError && (
                <MessageBar intent="error">
                  <MessageBarBody>{viPane.templatesFailed(templatesError)}</MessageBarBody>
                  <MessageBarActions>
                    <Button size="small" onClick={retryTemplates}>
                      {viPane.retry}
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              )}
              {takenOver && <TakeOverNotice result={takenOver} />}
              <DraftOffer doc={report ? documentKey(report.data) : null} store={drafts} />
              {tab === "start" && <StartScreen host={session.kind} onOpen={() => picker.current?.click()} onReread={refresh} takeOver={takeOver} />}
              {tab === "create" && <CreateScreen session={session} templates={templates} onCreated={refresh} />}
              {tab === "sections" && <SectionsScreen session={session} />}
              {tab === "data" && <DataScreen session={session} />}
              {tab === "import" && (
                <React.Suspense fallback={<Spinner size="tiny" label={viPane.loading} />}>
                  <ImportScreen session={session} />
                </React.Suspense>
              )}
              {tab === "check" && <CheckScreen session={session} />}
              {tab === "templates" && <TemplatesScreen templates={templates} loading={!templates && !templatesError} />}
            </main>
            {/* After the pane in reading and tab order; on a desktop screen, placed on its left. */}
            {workbench && (
              <div className={styles.deskDocument}>
                <DocumentPreview session={workbench} />
              </div>
            )}
          </div>
        </PreviousProvider>
      </DraftProvider>
    </NavigationProvider>
  );
}
