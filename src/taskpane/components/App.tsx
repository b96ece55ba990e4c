import { Body1, Button, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Template } from "../../core/model/template";
import { vi } from "../../strings";
import { paneTemplates } from "../session/pane-templates";
import type { PaneSession } from "../session/session";
import type { WorkbenchSession } from "../session/workbench-session";
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

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "100%", boxSizing: "border-box", overflowX: "hidden" },
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  /** The session, or the reason the pane cannot work in this Word. */
  session: PaneSession | { unsupported: string };
  /** Loads the templates after the first render; the pane's catalog unless a test gives its own. */
  loadTemplates?: () => Promise<readonly Template[]>;
}

type TabId = "create" | "sections" | "data" | "import" | "check" | "templates";

export function App({ session, loadTemplates = paneTemplates }: AppProps): React.JSX.Element {
  const styles = useStyles();
  if ("unsupported" in session) {
    return (
      <main className={styles.root}>
        <Title2 as="h1">{vi.pane.appTitle}</Title2>
        <MessageBar intent="error">
          <MessageBarBody>{vi.pane.wordTooOld(session.unsupported)}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  return <Pane session={session} loadTemplates={loadTemplates} />;
}

function Pane({ session, loadTemplates }: { session: PaneSession; loadTemplates: () => Promise<readonly Template[]> }): React.JSX.Element {
  const styles = useStyles();
  const { templates, error: templatesError, retry: retryTemplates } = useTemplates(loadTemplates);
  const [tab, setTab] = React.useState<TabId>("create");
  const [version, refresh] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => (session.kind === "workbench" ? (session as WorkbenchSession).subscribe(refresh) : undefined), [session]);
  // What the officer typed lives above the tabs; in the workbench, in the browser's storage too.
  const drafts = React.useMemo(() => new DraftStore(session.kind === "workbench" ? browserStorage() : null), [session]);
  useLeaveWarning(() => drafts.dirty() || (session.kind === "workbench" && (session as WorkbenchSession).unsaved));
  return (
    <DraftProvider value={drafts}>
    <main className={styles.root}>
      <Title2 as="h1">{vi.pane.appTitle}</Title2>
      <Body1 role="status">{session.kind === "word" ? vi.pane.hostWord : vi.pane.hostWorkbench}</Body1>
      <Link href="taskpane.html?selftest">{vi.selftest.link}</Link>
      {session.kind === "workbench" && <WorkbenchBar session={session as WorkbenchSession} onChange={refresh} />}
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="create">{vi.pane.tabs.create}</Tab>
        <Tab value="sections">{vi.pane.tabs.sections}</Tab>
        <Tab value="data">{vi.pane.tabs.data}</Tab>
        <Tab value="import">{vi.pane.tabs.import}</Tab>
        <Tab value="check">{vi.pane.tabs.check}</Tab>
        <Tab value="templates">{vi.pane.tabs.templates}</Tab>
      </TabList>
      {templatesError && (
        <MessageBar intent="error">
          <MessageBarBody>{vi.pane.templatesFailed(templatesError)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={retryTemplates}>
              {vi.pane.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <DraftOffer session={session} store={drafts} version={version} />
      {tab === "create" && <CreateScreen session={session} templates={templates} onCreated={refresh} />}
      {tab === "sections" && <SectionsScreen session={session} />}
      {tab === "data" && <DataScreen session={session} />}
      {tab === "import" && (
        <React.Suspense fallback={<Spinner size="tiny" label={vi.pane.loading} />}>
          <ImportScreen session={session} />
        </React.Suspense>
      )}
      {tab === "check" && <CheckScreen session={session} />}
      {tab === "templates" && <TemplatesScreen templates={templates} loading={!templates && !templatesError} />}
      {session.kind === "workbench" && <DocumentPreview session={session as WorkbenchSession} />}
    </main>
    </DraftProvider>
  );
}
