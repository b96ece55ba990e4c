/** A progress indicator only for operations longer than half a second (shorter ones would flicker). */
import * as React from "react";

export function useDelayedBusy(): [boolean, (on: boolean) => void] {
  const [busy, setBusy] = React.useState(false);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const set = React.useCallback((on: boolean) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (on) timer.current = setTimeout(() => setBusy(true), 500);
    else setBusy(false);
  }, []);
  React.useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return [busy, set];
}
