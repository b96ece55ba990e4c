/**
 * Word for the pane in Chromium (issue #17: the Word session's screens in a real browser): the
 * fake of test/word-fake, bundled for the page (esbuild) and served instead of office.js, so that
 * Office.onReady reports Word and Word.run runs the pane's batches against the fake, with Word's
 * rules (load/sync, batch limits, Word on the web's refusals). The page can look at the document
 * through window.__cchcFake.
 */
import { fakeWord } from "../word-fake/fake-word";

const fake = fakeWord();
const w = window as unknown as Record<string, unknown>;
w.__cchcFake = fake.model;
w.Office = {
  HostType: { Word: "Word" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady: async () => ({ host: "Word", platform: "OfficeOnline" }),
  context: {
    requirements: { isSetSupported: (name: string, version: string) => fake.host.isSetSupported(name, String(version)) },
    diagnostics: { version: "fake", platform: "OfficeOnline" },
    // WordApi 1.4 is there: the data part goes through Word.run, never through the Common API.
    document: { customXmlParts: {} },
  },
};
w.Word = { run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => fake.host.run(batch) };
