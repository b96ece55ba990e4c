/**
 * Moving about the pane: which screen is shown, and the field an issue asked to fix. An issue in
 * Kiểm tra opens the screen that holds its field (a Số liệu row, a Nội dung section or header
 * field), and that screen scrolls the field into view and focuses it once it has loaded.
 */
import * as React from "react";

export type TabId = "start" | "create" | "sections" | "data" | "import" | "check" | "templates";

/** A field of the pane's forms, by the kind of control it writes and its key (code, section id, header field). */
export interface FieldTarget {
  readonly kind: "value" | "note" | "section" | "header";
  readonly key: string;
  /** The officer's words an issue is about (a narrative issue): selected within the control. */
  readonly find?: string;
}

/** The DOM id of a field's input: one per control, the same in every screen. */
export const fieldId = (t: FieldTarget) => `field-${t.kind}-${t.key}`;

/** The screen that edits a field. */
export const tabFor = (t: FieldTarget): TabId => (t.kind === "value" || t.kind === "note" ? "data" : "sections");

/** One stop of "Tiếp theo": a field to fix, and what is wrong with it. */
export interface WalkItem {
  readonly target: FieldTarget;
  readonly text: string;
}

export interface Walk {
  readonly items: readonly WalkItem[];
  readonly index: number;
}

export interface Navigation {
  readonly tab: TabId;
  go(tab: TabId): void;
  /** Goes to `tab` only if still on the start screen: never takes the officer away from a screen they chose. */
  land(tab: TabId): void;
  /** Opens the screen of the field, which then focuses it; the document selects its control. */
  fix(target: FieldTarget): void;
  /** "Tiếp theo": the fields to fix, one after another, wherever they are; null when not walking. */
  readonly walk: Walk | null;
  startWalk(items: readonly WalkItem[]): void;
  /** The next (+1) or previous (-1) stop, round and round. */
  step(delta: 1 | -1): void;
  stopWalk(): void;
  /** The field waiting to be focused, if any. */
  readonly pending: FieldTarget | null;
  /** Called by the screen once it has focused the pending field. */
  focused(): void;
}

const Context = React.createContext<Navigation | null>(null);

/** The pane's navigation; `select` shows a field's control in the document (by its tag). */
export function useNavigationState(initial: TabId, select: (target: FieldTarget) => void): Navigation {
  const [tab, setTab] = React.useState<TabId>(initial);
  const [pending, setPending] = React.useState<FieldTarget | null>(null);
  const [walk, setWalk] = React.useState<Walk | null>(null);
  const selectRef = React.useRef(select);
  selectRef.current = select;
  return React.useMemo(() => {
    const fix = (target: FieldTarget) => {
      setPending(target);
      setTab(tabFor(target));
      selectRef.current(target);
    };
    return {
      tab,
      go: (next: TabId) => setTab(next),
      land: (next: TabId) => setTab((current) => (current === "start" ? next : current)),
      fix,
      pending,
      focused: () => setPending(null),
      walk,
      startWalk: (items: readonly WalkItem[]) => {
        if (items.length === 0) return;
        setWalk({ items, index: 0 });
        fix(items[0].target);
      },
      step: (delta: 1 | -1) => {
        if (!walk) return;
        const index = (walk.index + delta + walk.items.length) % walk.items.length;
        setWalk({ ...walk, index });
        fix(walk.items[index].target);
      },
      stopWalk: () => setWalk(null),
    };
  }, [tab, pending, walk]);
}

export const NavigationProvider = Context.Provider;

/** Outside a pane (a screen tested alone) nothing navigates. */
const NONE: Navigation = {
  tab: "create",
  go: () => undefined,
  land: () => undefined,
  fix: () => undefined,
  pending: null,
  focused: () => undefined,
  walk: null,
  startWalk: () => undefined,
  step: () => undefined,
  stopWalk: () => undefined,
};
export const useNavigation = (): Navigation => React.useContext(Context) ?? NONE;

/**
 * In a screen holding fields of `kinds`: once `ready` (loaded), the pending field is shown — `reveal`
 * opens whatever holds it (an accordion) — then scrolled to the middle of the
 * pane and focused. A field this screen does not have is given up (the control is still selected).
 */
/**
 * The screen may still be settling after the field is focused (rows and messages above it render,
 * a narrow pane wraps long labels): while it stays focused, it is brought back into view for a moment.
 */
function keepInView(el: HTMLElement): void {
  if (typeof window === "undefined" || typeof el.getBoundingClientRect !== "function") return;
  for (const ms of [100, 300, 700, 1500]) {
    setTimeout(() => {
      if (document.activeElement !== el) return;
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight) el.scrollIntoView?.({ block: "center" });
    }, ms);
  }
}

export function useFocusPending(kinds: readonly FieldTarget["kind"][], ready: boolean, reveal?: (t: FieldTarget) => void): void {
  const nav = useNavigation();
  const target = nav.pending && kinds.includes(nav.pending.kind) ? nav.pending : null;
  const latest = React.useRef({ nav, reveal });
  latest.current = { nav, reveal };
  React.useEffect(() => {
    if (!target || !ready) return;
    const id = fieldId(target);
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // What holds the field may take a few renders to open (an accordion's panel): looked for again, for up to two seconds.
    const attempt = () => {
      const el = document.getElementById(id);
      if (el) {
        el.scrollIntoView?.({ block: "center" });
        el.focus();
        latest.current.nav.focused();
        keepInView(el);
        return;
      }
      if (tries === 0) latest.current.reveal?.(target);
      if (++tries > 40) {
        latest.current.nav.focused();
        return;
      }
      timer = setTimeout(attempt, 50);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [target, ready]);
}
