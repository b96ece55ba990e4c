import { Body1, Caption1, Card, CardHeader, makeStyles, Text, Title2, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Template } from "../../core/model/template";
import { vi } from "../../strings";
import type { HostKind } from "../host/detect-host";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: "none" },
});

export interface AppProps {
  host: HostKind;
  templates: readonly Template[];
}

export function App({ host, templates }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">{vi.pane.appTitle}</Title2>
      <Body1 role="status">{host === "word" ? vi.pane.hostWord : vi.pane.hostWorkbench}</Body1>
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
    </main>
  );
}
