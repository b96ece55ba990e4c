/** The pane's drafts (./draft-store.ts) for every screen, above the tabs. */
import * as React from "react";
import { DraftStore } from "./draft-store";

const DraftContext = React.createContext<DraftStore | null>(null);

export const DraftProvider = DraftContext.Provider;

/** The pane's draft store; a screen shown on its own (a test) gets one of its own. */
export function useDraftStore(): DraftStore {
  const shared = React.useContext(DraftContext);
  const own = React.useRef<DraftStore | null>(null);
  if (shared) return shared;
  own.current ??= new DraftStore();
  return own.current;
}

/** Re-renders when the drafts change. */
export function useDrafts(store: DraftStore): void {
  const [, bump] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => store.subscribe(bump), [store]);
}
