import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { viPane } from "../../strings/vi-pane";
import { useNavigation } from "./navigation";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});
const t = viPane.walk;

/** While walking the fields to fix ("Tiếp theo"): where the walk is, what is wrong here, and the way on. */
export function WalkBar(): React.JSX.Element | null {
  const styles = useStyles();
  const nav = useNavigation();
  if (!nav.walk) return null;
  const { items, index } = nav.walk;
  return (
    <div className={styles.root} role="group" aria-label={t.label}>
      <Body1 aria-live="polite">{t.position(index + 1, items.length, items[index].text)}</Body1>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" onClick={() => nav.step(1)}>
          {t.next}
        </Button>
        <Button size="small" onClick={() => nav.step(-1)} disabled={items.length < 2} title={items.length < 2 ? t.onlyOne : undefined}>
          {t.previous}
        </Button>
        <Button
          size="small"
          onClick={() => {
            nav.stopWalk();
            nav.go("check");
          }}
        >
          {t.back}
        </Button>
      </div>
    </div>
  );
}
