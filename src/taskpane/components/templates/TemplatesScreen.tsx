import { Caption1, Card, CardHeader, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Template } from "../../../core/model/template";
import { vi } from "../../../strings";
import { viPane } from "../../../strings/vi-pane";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: "none" },
});

/** Mẫu báo cáo: the templates the pane knows, with their version and the reports they serve. */
export function TemplatesScreen({ templates, loading }: { templates: readonly Template[] | null; loading: boolean }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label={viPane.templatesHeading}>
      <Text as="h2" weight="semibold">
        {viPane.templatesHeading}
      </Text>
      {loading && <Spinner size="tiny" label={viPane.templatesLoading} />}
      <ul className={styles.list}>
        {templates?.map((t) => (
          <li key={t.id}>
            <Card>
              <CardHeader
                header={<Text weight="semibold">{t.data.title}</Text>}
                description={
                  <Caption1>
                    {t.id} · {viPane.templateVersion(t.version)} · {viPane.templateKinds(t.data.kinds.map(vi.kindName).join(", "))}
                  </Caption1>
                }
              />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
