/**
 * The Word glue (issue #17): which host the pane is in, and the host the Word renderer is given,
 * over a stubbed Office (Office.onReady, requirements, the Common API's custom XML parts, Word.run).
 */
import { detectHost } from "../../src/taskpane/host/detect-host";
import { officeHost } from "../../src/document/word/word-host";

type Callback<T> = (r: { status: string; value: T; error?: Error }) => void;

/** A stub of the Common API's custom XML parts, keeping parts in a list as Word does. */
function commonParts() {
  const parts: { xml: string; ns: string }[] = [];
  const part = (p: { xml: string; ns: string }) => ({
    getXmlAsync: (cb: Callback<string>) => cb({ status: "succeeded", value: p.xml }),
    deleteAsync: (cb: Callback<void>) => (parts.splice(parts.indexOf(p), 1), cb({ status: "succeeded", value: undefined })),
  });
  return {
    parts,
    api: {
      addAsync: (xml: string, cb: Callback<unknown>) => {
        const p = { xml, ns: /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "" };
        parts.push(p);
        cb({ status: "succeeded", value: part(p) });
      },
      getByNamespaceAsync: (ns: string, cb: Callback<unknown[]>) => cb({ status: "succeeded", value: parts.filter((p) => p.ns === ns).map(part) }),
    },
  };
}

function stubOffice(host: string | null, sets: string[] = ["WordApi 1.3"]) {
  const common = commonParts();
  const g = globalThis as Record<string, unknown>;
  g.Office = {
    HostType: { Word: "Word" },
    AsyncResultStatus: { Succeeded: "succeeded" },
    onReady: async () => ({ host, platform: null }),
    context: { requirements: { isSetSupported: (name: string, version: string) => sets.includes(`${name} ${version}`) }, document: { customXmlParts: common.api } },
  };
  g.Word = host === "Word" ? { run: async (batch: (c: unknown) => Promise<unknown>) => batch({ stub: true }) } : undefined;
  return common;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Word;
});

describe("detectHost", () => {
  it("outside Office (no Office global, or onReady with no host) it is the workbench; in Word, Word", async () => {
    expect(await detectHost()).toBe("workbench");
    stubOffice(null);
    expect(await detectHost()).toBe("workbench");
    stubOffice("Word");
    expect(await detectHost()).toBe("word");
    stubOffice("Excel");
    expect(await detectHost()).toBe("workbench");
  });
});

describe("officeHost", () => {
  it("runs batches through Word.run, asks Office for requirement sets, and keeps the data part through the Common API", async () => {
    const common = stubOffice("Word", ["WordApi 1.3"]);
    const host = officeHost();
    expect(await host.run(async (context) => (context as unknown as { stub: boolean }).stub)).toBe(true);
    expect(host.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(host.isSetSupported("WordApi", "1.4")).toBe(false);
    const ns = "urn:cchc:report-data:1";
    expect(await host.commonXmlParts!.get(ns)).toBeNull();
    await host.commonXmlParts!.add(`<report xmlns="${ns}">1</report>`);
    const part = await host.commonXmlParts!.get(ns);
    expect(part?.xml).toBe(`<report xmlns="${ns}">1</report>`);
    await part!.replace(`<report xmlns="${ns}">2</report>`);
    expect(common.parts.map((p) => p.xml)).toEqual([`<report xmlns="${ns}">2</report>`]);
  });
});
