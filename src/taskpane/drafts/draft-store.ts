/**
 * What the officer typed in the pane and has not written into the document yet: per document,
 * per form (values, notes, section texts, header fields), only where it differs from the
 * document. It lives above the tabs (switching tabs loses nothing) and, in the workbench, in the
 * browser's storage too: a draft outlives a reload, and re-opening the same document offers it back.
 */
import type { ReportData } from "../../core/model/report-data";

export type DraftKind = "values" | "notes" | "sections" | "header";
export type Entries = Readonly<Record<string, string>>;

export interface Draft {
  readonly entries: Partial<Record<DraftKind, Entries>>;
  /** When it was last typed (ms since 1970), to say "bản nháp lúc hh:mm". */
  readonly at: number;
}

const PREFIX = "cchc.draft.v1:";

/** A document's key: its template, period and agency (the same report, whatever the file is called). */
export function documentKey(data: Pick<ReportData, "template" | "period" | "agency">): string {
  const agency = data.agency.name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
  return `${data.template}|${data.period.kind}|${data.period.year}|${data.agency.level}|${agency}`;
}

/** The entries of `entries` that differ from the document's (`baseline`), blanks the same as missing. */
export function differences(entries: Entries, baseline: Entries): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(entries)) if ((v ?? "").trim() !== (baseline[k] ?? "").trim()) out[k] = v;
  return out;
}

export class DraftStore {
  private readonly drafts = new Map<string, Draft>();
  /** Documents whose stored draft this pane has taken up (restored, or begun afresh). */
  private readonly adopted = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: Storage | null = null,
    private readonly now: () => number = Date.now,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** The unsaved entries of one form of a document. */
  entries(doc: string, kind: DraftKind): Entries {
    return this.drafts.get(doc)?.entries[kind] ?? {};
  }

  /** Records a form's entries: only what differs from the document is kept. */
  set(doc: string, kind: DraftKind, entries: Entries, baseline: Entries): void {
    this.adopted.add(doc);
    const diff = differences(entries, baseline);
    const before = this.drafts.get(doc)?.entries ?? {};
    const next: Partial<Record<DraftKind, Entries>> = { ...before, [kind]: diff };
    if (Object.keys(diff).length === 0) delete next[kind];
    if (Object.keys(next).length === 0) this.drafts.delete(doc);
    else this.drafts.set(doc, { entries: next, at: this.now() });
    this.persist(doc);
    this.listeners.forEach((l) => l());
  }

  /** A draft kept in storage from an earlier visit that this pane has not taken up yet. */
  offered(doc: string): Draft | null {
    if (this.adopted.has(doc)) return null;
    return this.read(doc);
  }

  /** Takes the stored draft up (the forms show it), or drops it. */
  restore(doc: string): void {
    const draft = this.read(doc);
    this.adopted.add(doc);
    if (draft) this.drafts.set(doc, draft);
    this.listeners.forEach((l) => l());
  }

  discard(doc: string): void {
    this.adopted.add(doc);
    this.drafts.delete(doc);
    this.persist(doc);
    this.listeners.forEach((l) => l());
  }

  private readonly forms = new Map<string, unknown>();

  /** A form that belongs to no document yet (Tạo báo cáo), kept above the tabs for this visit. */
  form<T>(name: string): T | undefined {
    return this.forms.get(name) as T | undefined;
  }

  setForm<T>(name: string, value: T): void {
    this.forms.set(name, value);
    this.listeners.forEach((l) => l());
  }

  /** Whether anything typed has not reached a document. */
  dirty(): boolean {
    return this.drafts.size > 0;
  }

  private read(doc: string): Draft | null {
    try {
      const raw: unknown = JSON.parse(this.storage?.getItem(PREFIX + doc) ?? "null");
      if (!raw || typeof raw !== "object") return null;
      const { entries, at } = raw as { entries?: unknown; at?: unknown };
      if (!entries || typeof entries !== "object" || typeof at !== "number") return null;
      const clean: Partial<Record<DraftKind, Entries>> = {};
      for (const kind of ["values", "notes", "sections", "header"] as const) {
        const e = (entries as Record<string, unknown>)[kind];
        if (e && typeof e === "object") clean[kind] = Object.fromEntries(Object.entries(e).filter(([, v]) => typeof v === "string")) as Entries;
      }
      return Object.keys(clean).length > 0 ? { entries: clean, at } : null;
    } catch {
      return null;
    }
  }

  private persist(doc: string): void {
    try {
      const draft = this.drafts.get(doc);
      if (draft) this.storage?.setItem(PREFIX + doc, JSON.stringify(draft));
      else this.storage?.removeItem(PREFIX + doc);
    } catch {
      // Storage can be full or disabled: the draft stays for this visit.
    }
  }
}
