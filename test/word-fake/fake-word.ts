/**
 * A Word fake for tests (never shipped): the in-memory document of ./model with
 * Office.js load/sync semantics (./proxies), a sync counter and a configurable
 * latency per sync. Word.run's contract is kept strictly: operations queued and
 * never synced are an error here (Word would drop them).
 */
import type { WordHost } from "../../src/document/word/word-host";
import { FakeDocumentModel } from "./model";
import { FakeContext } from "./proxies";

export interface FakeWord {
  readonly model: FakeDocumentModel;
  readonly stats: { syncs: number };
  readonly host: WordHost;
}

export interface FakeOptions {
  latencyMs?: number;
  /** WordApi versions the host supports (default 1.1–1.5). */
  wordApi?: string[];
  model?: FakeDocumentModel;
}

const rootNs = (xml: string) => /\sxmlns(?::[\w-]+)?="([^"]+)"/.exec(xml)?.[1] ?? null;

export function fakeWord(options: FakeOptions = {}): FakeWord {
  const model = options.model ?? new FakeDocumentModel();
  const stats = { syncs: 0 };
  const sets = options.wordApi ?? ["1.1", "1.2", "1.3", "1.4", "1.5"];
  const host: WordHost = {
    run: async (batch) => {
      const context = new FakeContext(model, stats, options.latencyMs ?? 0);
      const result = await batch(context as unknown as Word.RequestContext);
      if (context.queue.length > 0) throw new Error(`fake: ${context.queue.length} operations were queued but never synced`);
      return result;
    },
    isSetSupported: (name, version) => name === "WordApi" && sets.includes(version),
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
