/** When the open document has a draft kept from an earlier visit: offer it back, or drop it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { viPane } from "../../strings/vi-pane";
import { DraftStore } from "./draft-store";
import { useDrafts } from "./drafts-context";

const t = viPane.drafts;

/** `doc`: the open report's key (documentKey), or null. */
export function DraftOffer({ doc, store }: { doc: string | null; store: DraftStore }): React.JSX.Element | null {
  useDrafts(store);
  const offered = doc ? store.offered(doc) : null;
  if (!doc || !offered) return null;
  const at = new Date(offered.at).toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" });
  const count = Object.values(offered.entries).reduce((n, e) => n + Object.keys(e ?? {}).length, 0);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t.offered(count, at)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={() => store.restore(doc)}>
          {t.restore}
        </Button>
        <Button size="small" onClick={() => store.discard(doc)}>
          {t.discard}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
