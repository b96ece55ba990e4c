/**
 * The request context of the Word fake: Office.js load/sync semantics, with
 * every sync's cost measured and bounded.
 *
 * - Method calls and property sets are queued and run only at `context.sync()`;
 *   loaded values are snapshots taken at that sync; reading a property that was
 *   not loaded (or before the sync) throws PropertyNotLoaded
 *   (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync).
 * - A method on a null object (…OrNullObject that found nothing) fails the sync
 *   with ItemNotFound (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 * - An API member of a requirement set the host does not support fails with
 *   ApiNotFound (https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets).
 * - Batches: every queued operation (method, property set, load) counts, and its
 *   arguments' JSON size is its payload. A sync over the limits (default 1,000
 *   operations, 1 MB) is refused, stricter than Word: large batches are slow or
 *   refused on the web (https://github.com/OfficeDev/office-js/issues/2311,
 *   https://github.com/OfficeDev/office-js/issues/3982; Excel documents a 5 MB
 *   request payload limit, https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * - Office.js batches are not transactions: operations before a failing one stay applied.
 */
import { FakeOfficeError, notLoaded } from "./office-error";
import type { FakeDocumentModel } from "./model";

export interface SyncStats {
  ops: number;
  payloadBytes: number;
}

export interface FakeStats {
  syncs: number;
  /** One entry per sync, in order. */
  perSync: SyncStats[];
}

export interface FakeLimits {
  maxOpsPerSync: number;
  maxPayloadBytesPerSync: number;
}

export const DEFAULT_LIMITS: FakeLimits = { maxOpsPerSync: 1000, maxPayloadBytesPerSync: 1024 * 1024 };

export interface ContextOptions {
  latencyMs: number;
  limits: FakeLimits;
  /** Requirement sets the host supports, e.g. "WordApi 1.3". */
  supports: (set: string, version: string) => boolean;
  /** Test hook: fail the n-th sync of this context (1-based) before running anything, as a lost connection would. */
  failSync?: (n: number, context: FakeContext) => FakeOfficeError | null;
  /** Word on the web, with its own refusals (e.g. no control inserted inside a table cell, office-js#3367). */
  web?: boolean;
}

interface QueuedOp {
  run: () => void;
  payloadBytes: number;
}

export class FakeContext {
  queue: QueuedOp[] = [];
  loads: (() => void)[] = [];
  private syncsHere = 0;
  constructor(
    readonly model: FakeDocumentModel,
    readonly stats: FakeStats,
    readonly options: ContextOptions,
  ) {}

  /** Queues an operation; `args` are what Office.js would send (their JSON size is the payload). */
  enqueue(run: () => void, args: unknown[] = []): void {
    this.queue.push({ run, payloadBytes: payloadOf(args) });
  }

  /**
   * A method that returns an object (getFirst, getRange, getTrackedChanges…) is a step of the
   * batch too: counted as an operation, with no payload, and doing nothing at sync.
   */
  navigate(): void {
    this.enqueue(() => undefined);
  }

  /** Queues an operation that needs a requirement set: on a host without it, the sync fails with ApiNotFound. */
  enqueueRequiring(set: string, run: () => void, args: unknown[] = []): void {
    const [name, version] = set.split(" ");
    const supported = this.options.supports(name, version);
    this.enqueue(() => {
      if (!supported) throw new FakeOfficeError("ApiNotFound", `This API is not supported on this host (requires ${set}).`);
      run();
    }, args);
  }

  requireNow(set: string): void {
    const [name, version] = set.split(" ");
    if (!this.options.supports(name, version)) throw new FakeOfficeError("ApiNotFound", `This API is not supported on this host (requires ${set}).`);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    this.syncsHere++;
    const queue = this.queue;
    const loads = this.loads;
    this.queue = [];
    this.loads = [];
    const cost: SyncStats = { ops: queue.length + loads.length, payloadBytes: queue.reduce((n, op) => n + op.payloadBytes, 0) };
    this.stats.perSync.push(cost);
    if (this.options.latencyMs > 0) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const { maxOpsPerSync, maxPayloadBytesPerSync } = this.options.limits;
    if (cost.ops > maxOpsPerSync) throw new FakeOfficeError("RequestTooLarge", `fake: ${cost.ops} operations in one sync (limit ${maxOpsPerSync})`);
    if (cost.payloadBytes > maxPayloadBytesPerSync) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `fake: ${cost.payloadBytes} bytes in one sync (limit ${maxPayloadBytesPerSync})`);
    }
    const injected = this.options.failSync?.(this.syncsHere, this);
    if (injected) throw injected;
    for (const op of queue) op.run();
    // Loads run after every queued operation; a collection's load adds its items' loads, run in the same sync.
    this.loads = loads;
    while (this.loads.length > 0) this.loads.shift()!();
  }
}

function payloadOf(args: unknown[]): number {
  if (args.length === 0) return 0;
  return new TextEncoder().encode(JSON.stringify(args)).length;
}

export const unbound = () => new Error("fake: a proxy was used before the operation that creates it ran");
export const itemNotFound = (what = "The requested resource doesn't exist.") => new FakeOfficeError("ItemNotFound", what);
export const invalidArgument = (what: string) => new FakeOfficeError("InvalidArgument", what);

/**
 * The base of every proxy: resolves its model object when an operation runs,
 * loads properties into a snapshot at sync, and refuses reads before that.
 */
export abstract class Obj<T> {
  private cached: T | null | undefined;
  private snapshot = new Map<string, unknown>();
  private synced = false;
  constructor(
    readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
  ) {}

  /** The model object, resolved when an operation runs; a null object fails the operation. */
  get t(): T {
    if (this.cached === undefined) this.cached = this.resolver();
    if (this.cached === null) throw itemNotFound();
    return this.cached;
  }

  protected get resolvedOrNull(): T | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }

  protected op(f: () => void, args: unknown[] = []): void {
    this.ctx.enqueue(f, args);
  }

  protected opRequiring(set: string, f: () => void, args: unknown[] = []): void {
    this.ctx.enqueueRequiring(set, f, args);
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded("isNullObject");
    return this.resolvedOrNull === null;
  }

  /** Properties this proxy can report, read from the model at sync time. */
  protected abstract readProperty(name: string): unknown;

  load(props?: string | string[] | Record<string, boolean>): this {
    const names = propNames(props);
    this.ctx.loads.push(() => {
      this.synced = true;
      if (this.resolvedOrNull === null) return;
      for (const n of names) this.snapshot.set(n, this.readProperty(n));
    });
    return this;
  }

  protected loaded<V>(name: string): V {
    if (!this.snapshot.has(name)) throw notLoaded(name);
    return this.snapshot.get(name) as V;
  }

  /** A settable property: the set is queued; a read needs a load and a sync. */
  protected setter<V>(name: string, apply: (target: T, v: V) => void): void {
    Object.defineProperty(this, name, {
      get: () => this.loaded<V>(name),
      set: (v: V) => this.op(() => apply(this.t, v), [v]),
      configurable: true,
    });
  }

  /** A read-only property, readable after load and sync. */
  protected readonlyProp(name: string): void {
    Object.defineProperty(this, name, { get: () => this.loaded(name), configurable: true });
  }
}

/**
 * A collection proxy: `load("items/…")` finds its items at sync (through `itemsAt`) and loads the
 * named properties on each, in the same sync; `items` is readable after that sync only.
 */
export abstract class CollectionProxy<T, Item extends Obj<unknown>> extends Obj<T> {
  private loadedItems: Item[] | null = null;
  protected readProperty(): unknown {
    return undefined;
  }
  /** The item proxies, at sync time (may throw to fail the sync). */
  protected abstract itemsAt(model: T): Item[];
  override load(props?: string | string[]): this {
    const names = propNames(props).map((s) => s.replace(/^items\//, ""));
    this.ctx.loads.push(() => {
      this.loadedItems = this.itemsAt(this.t);
      // The items' own loads run right after this one, in the same sync.
      for (const item of this.loadedItems) item.load(names);
    });
    return this;
  }
  get items(): Item[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
}

export function propNames(props?: string | string[] | Record<string, boolean>): string[] {
  if (!props) return [];
  if (Array.isArray(props)) return props.map((s) => s.trim()).filter(Boolean);
  if (typeof props === "object") return Object.keys(props).filter((k) => props[k]);
  return props
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A value an operation returns, readable after the sync (Office.js ClientResult). */
export class ClientResult<T> {
  private has = false;
  private v: T | undefined;
  set(v: T): void {
    this.has = true;
    this.v = v;
  }
  get value(): T {
    if (!this.has) throw notLoaded("value");
    return this.v as T;
  }
}
