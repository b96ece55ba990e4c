/**
 * The templates, loaded after the pane's first render: the registry carries the templates'
 * JSON and the schema that checks them, which the first screen's shell does not need.
 */
import * as React from "react";
import type { Template } from "../../core/model/template";

/** A User Timing mark set when the pane's first render is committed (`npm run budget` reads it). */
export const FIRST_RENDER_MARK = "cchc:first-render";

export interface TemplatesState {
  /** null while loading, or after a failure. */
  templates: readonly Template[] | null;
  /** Why loading failed, in the words of the failure. */
  error: string | null;
  retry(): void;
}

export function useTemplates(load: () => Promise<readonly Template[]>): TemplatesState {
  const [state, setState] = React.useState<Pick<TemplatesState, "templates" | "error">>({ templates: null, error: null });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    // Diagnostics only: a host without User Timing still renders.
    if (attempt === 0) globalThis.performance?.mark?.(FIRST_RENDER_MARK);
    let live = true;
    load().then(
      (templates) => live && setState({ templates, error: null }),
      (e: unknown) => live && setState({ templates: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => void (live = false);
  }, [load, attempt]);
  const retry = React.useCallback(() => {
    setState({ templates: null, error: null });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
