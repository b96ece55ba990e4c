/**
 * A Word fake for tests and the bench (never shipped): the in-memory document of
 * ./model with Office.js load/sync semantics (./context and the proxies), a sync
 * counter with each sync's operations and payload, a configurable latency per
 * sync, and the requirement sets of the host it pretends to be. Word.run's
 * contract is kept strictly: operations queued and never synced are an error
 * here (Word would drop them).
 */
import type { WordHost } from "../../src/document/word/word-host";
import { ContextOptions, DEFAULT_LIMITS, FakeContext, FakeLimits, FakeStats } from "./context";
import { DocumentProxy } from "./document";
import { FakeDocumentModel, keepTrailingParagraph } from "./model";
import { importOoxml } from "./ooxml-import";
import { FakeOfficeError } from "./office-error";

export interface FakeWord {
  readonly model: FakeDocumentModel;
  readonly stats: FakeStats;
  readonly host: WordHost;
}

export interface FakeOptions {
  latencyMs?: number;
  /** WordApiDesktop versions the host supports (default none, as the web; e.g. ["1.1", "1.2", "1.3"] for a recent Word on Windows). */
  wordApiDesktop?: string[];
  /** WordApi versions the host supports (default 1.1–1.6, as Microsoft 365 and the web). */
  wordApi?: string[];
  model?: FakeDocumentModel;
  limits?: Partial<FakeLimits>;
  /** Word on the web: a control cannot be inserted inside a table cell (office-js#3367; see range.ts). Default true: the strictest host. */
  web?: boolean;
  /** Test hook: fail a given sync (numbered across the whole fake, 1-based) as a dropped connection would. */
  failAtSync?: number;
}

const rootNs = (xml: string) => /\sxmlns(?::[\w-]+)?="([^"]+)"/.exec(xml)?.[1] ?? null;

/** The fake's request context type, seen as Word's. */
class RequestContext extends FakeContext {
  readonly document: DocumentProxy;
  constructor(model: FakeDocumentModel, stats: FakeStats, options: ContextOptions) {
    super(model, stats, options);
    this.document = new DocumentProxy(this);
  }
}

export function fakeWord(options: FakeOptions = {}): FakeWord {
  const model = options.model ?? new FakeDocumentModel();
  const stats: FakeStats = { syncs: 0, perSync: [] };
  const sets = options.wordApi ?? ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"];
  const desktop = options.wordApiDesktop ?? [];
  const supports = (name: string, version: string) => (name === "WordApi" && sets.includes(version)) || (name === "WordApiDesktop" && desktop.includes(version));
  const contextOptions: ContextOptions = {
    latencyMs: options.latencyMs ?? 0,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    supports,
    failSync: () => null,
    web: options.web ?? true,
  };
  if (options.failAtSync !== undefined) {
    const at = options.failAtSync;
    contextOptions.failSync = (_n, ctx) => (ctx.stats.syncs === at ? new FakeOfficeError("GeneralException", "fake: the connection to Word was lost") : null);
  }
  const host: WordHost = {
    run: async (batch) => {
      const context = new RequestContext(model, stats, contextOptions);
      const result = await batch(context as unknown as Word.RequestContext);
      if (context.queue.length > 0) throw new Error(`fake: ${context.queue.length} operations were queued but never synced`);
      return result;
    },
    isSetSupported: supports,
    commonXmlParts: {
      add: async (xml) => {
        model.xmlParts.push({ id: `{COMMON-${model.id()}}`, xml });
      },
      get: async (ns) => {
        const part = model.xmlParts.find((p) => rootNs(p.xml) === ns);
        return part ? { xml: part.xml, replace: async (xml: string) => void (part.xml = xml) } : null;
      },
    },
  };
  return { model, stats, host };
}

/**
 * A document as the officer opened it in Word, from its word/document.xml: read by the fake's own
 * importer, section breaks kept (they are the document's, not inserted).
 */
export function openedModel(documentXml: string): FakeDocumentModel {
  const model = new FakeDocumentModel();
  const body = documentXml.replace(/^<\?xml[^>]*\?>/, "");
  const pkg =
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>' +
    `<pkg:part pkg:name="/word/document.xml"><pkg:xmlData>${body}</pkg:xmlData></pkg:part></pkg:package>`;
  model.body = importOoxml(pkg, () => model.id(), true).blocks;
  keepTrailingParagraph(model.body);
  return model;
}
