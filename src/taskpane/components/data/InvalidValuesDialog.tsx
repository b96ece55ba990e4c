import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { viPane } from "../../../strings/vi-pane";
import type { InvalidValue } from "./invalid-values";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS } });
const t = viPane.invalid;

/** Asked before writing when some values are invalid: write the valid ones only, or go back and fix them. */
export function InvalidValuesDialog({
  invalid,
  validCount,
  onWriteValid,
  onBack,
}: {
  invalid: readonly InvalidValue[];
  validCount: number;
  onWriteValid: () => void;
  onBack: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onBack()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.title(invalid.length)}</DialogTitle>
          <DialogContent>
            <p>{t.intro}</p>
            <ul className={styles.list}>
              {invalid.map((i) => (
                <li key={i.code}>{i.message}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onBack}>
              {t.back}
            </Button>
            <Button onClick={onWriteValid} disabled={validCount === 0}>
              {validCount === 0 ? t.noneValid : t.writeValid(validCount)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
