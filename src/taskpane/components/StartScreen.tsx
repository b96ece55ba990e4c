import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { viPane } from "../../strings/vi-pane";
import { useNavigation } from "../navigation/navigation";
import { Screen } from "./Screen";

const useStyles = makeStyles({
  choices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  choice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});
const t = viPane.start;

/**
 * The first screen when the document holds no report yet: make a new one, or open one already made;
 * and, when the open document is a report typed by hand, take it over (`takeOver`).
 */
export function StartScreen({ host, onOpen, onReread, takeOver }: { host: "word" | "workbench"; onOpen: () => void; onReread: () => void; takeOver?: () => Promise<void> }): React.JSX.Element {
  const styles = useStyles();
  const nav = useNavigation();
  const [busy, setBusy] = React.useState(false);
  return (
    <Screen id="start" title={t.title} intro={t.intro}>
      <div className={styles.choices}>
        <div className={styles.choice}>
          <Button appearance="primary" size="large" onClick={() => nav.go("create")}>
            {t.create}
          </Button>
          <Body1>{t.createHint}</Body1>
        </div>
        <div className={styles.choice}>
          <Button size="large" onClick={host === "workbench" ? onOpen : onReread}>
            {host === "workbench" ? t.open : t.reread}
          </Button>
          <Body1>{host === "workbench" ? t.openHint : t.openHintWord}</Body1>
        </div>
        {takeOver && (
          <div className={styles.choice}>
            <Button
              size="large"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void takeOver().finally(() => setBusy(false));
              }}
            >
              {busy ? t.takingOver : t.takeOver}
            </Button>
            <Body1>{t.takeOverHint}</Body1>
          </div>
        )}
      </div>
    </Screen>
  );
}
