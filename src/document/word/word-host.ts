/**
 * What the Word renderer needs from its host, injected so that the same code
 * runs in Word (Word.run, Office.context.requirements) and against the fake in
 * test/. Nothing else in the product touches Office.js.
 */
export type WordRunner = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface WordHost {
  readonly run: WordRunner;
  /** Office.context.requirements.isSetSupported */
  readonly isSetSupported: (name: string, version: string) => boolean;
  /** The Common API's custom XML parts, used where WordApi 1.4 is missing (Office 2019 has 1.3). */
  readonly commonXmlParts?: CommonXmlParts;
}

export interface CommonXmlParts {
  add(xml: string): Promise<void>;
  /** XML of the first part in the namespace, or null. */
  get(namespace: string): Promise<{ xml: string; replace(xml: string): Promise<void> } | null>;
}

/** The host as it is inside Word. */
export function officeHost(): WordHost {
  const parts = Office.context.document.customXmlParts;
  const call = <T>(f: (cb: (r: Office.AsyncResult<T>) => void) => void) =>
    new Promise<T>((resolve, reject) => f((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error))));
  return {
    run: (batch) => Word.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    commonXmlParts: {
      add: async (xml) => {
        await call<Office.CustomXmlPart>((cb) => parts.addAsync(xml, cb));
      },
      get: async (ns) => {
        const found = await call<Office.CustomXmlPart[]>((cb) => parts.getByNamespaceAsync(ns, cb));
        if (found.length === 0) return null;
        const part = found[0];
        const xml = await call<string>((cb) => part.getXmlAsync(cb));
        return {
          xml,
          replace: async (next) => {
            await call<void>((cb) => part.deleteAsync(cb));
            await call<Office.CustomXmlPart>((cb) => parts.addAsync(next, cb));
          },
        };
      },
    },
  };
}
