import { Body1, Caption1, Card, CardHeader, makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, Title2, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Template } from "../../core/model/template";
import { vi } from "../../strings";
import type { PaneSession } from "../session/session";
import type { WorkbenchSession } from "../session/workbench-session";
import { CheckScreen } from "./check/CheckScreen";
import { CreateScreen } from "./create/CreateScreen";
import { DataScreen } from "./data/DataScreen";

// The import screen carries the CSV and Excel readers: loaded when the officer opens it.
const ImportScreen = React.lazy(() => import(/* webpackChunkName: "import" */ "./import/ImportScreen").then((m) => ({ default: m.ImportScreen })));
import { DocumentPreview } from "./DocumentPreview";
import { WorkbenchBar } from "./WorkbenchBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "100%", boxSizing: "border-box", overflowX: "hidden" },
  tabs: { flexWrap: "wrap" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: "none" },
});

export interface AppProps {
  /** The session, or the reason the pane cannot work in this Word. */
  session: PaneSession | { unsupported: string };
  templates: readonly Template[];
}

type TabId = "create" | "data" | "import" | "check" | "templates";

export function App({ session, templates }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>("create");
  const [, refresh] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => ("kind" in session && session.kind === "workbench" ? (session as WorkbenchSession).subscribe(refresh) : undefined), [session]);
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
  return (
    <main className={styles.root}>
      <Title2 as="h1">{vi.pane.appTitle}</Title2>
      <Body1 role="status">{session.kind === "word" ? vi.pane.hostWord : vi.pane.hostWorkbench}</Body1>
      {session.kind === "workbench" && <WorkbenchBar session={session as WorkbenchSession} onChange={refresh} />}
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="create">{vi.pane.tabs.create}</Tab>
        <Tab value="data">{vi.pane.tabs.data}</Tab>
        <Tab value="import">{vi.pane.tabs.import}</Tab>
        <Tab value="check">{vi.pane.tabs.check}</Tab>
        <Tab value="templates">{vi.pane.tabs.templates}</Tab>
      </TabList>
      {tab === "create" && <CreateScreen session={session} templates={templates} onCreated={refresh} />}
      {tab === "data" && <DataScreen session={session} />}
      {tab === "import" && (
        <React.Suspense fallback={<Spinner size="tiny" label={vi.pane.loading} />}>
          <ImportScreen session={session} />
        </React.Suspense>
      )}
      {tab === "check" && <CheckScreen session={session} />}
      {tab === "templates" && (
        <section aria-label={vi.pane.templatesHeading}>
          <Text as="h2" weight="semibold">
            {vi.pane.templatesHeading}
          </Text>
          <ul className={styles.list}>
            {templates.map((t) => (
              <li key={t.id}>
                <Card>
                  <CardHeader
                    header={<Text weight="semibold">{t.data.title}</Text>}
                    description={
                      <Caption1>
                        {t.id} · {vi.pane.templateVersion(t.version)} · {vi.pane.templateKinds(t.data.kinds.map(vi.kindName).join(", "))}
                      </Caption1>
                    }
                  />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
      {session.kind === "workbench" && <DocumentPreview session={session as WorkbenchSession} />}
    </main>
  );
}
