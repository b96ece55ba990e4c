/**
 * @jest-environment jsdom
 *
 * The ES5 guard of taskpane.html on engines the bundle cannot run on, simulated by
 * removing what such an engine lacks (IE11 and EdgeHTML lack ES2020 syntax; Safari 13
 * lacks Promise.allSettled, globalThis…), and on one that has everything.
 */
import * as fs from "fs";
import * as path from "path";
import { oldEngine } from "../../src/strings";

const GUARD = fs.readFileSync(path.join(__dirname, "../../src/taskpane/guard/old-engine.js"), "utf8").replace("__CCHC_OLD_ENGINE_MESSAGE__", () => JSON.stringify(oldEngine));

/** Runs the guard as the page's first script; `without` removes features first (restored after). */
function runGuard(without: () => () => void): HTMLElement | null {
  document.body.innerHTML = '<div id="root"></div>';
  delete (window as { __cchcUnsupported?: unknown }).__cchcUnsupported;
  const compile = Function;
  const script = compile(GUARD);
  const restore = without();
  try {
    script();
  } finally {
    restore();
  }
  return document.querySelector('#root [role="alert"]');
}

const removing =
  <T extends object>(owner: T, key: keyof T) =>
  () => {
    const saved = owner[key];
    delete owner[key];
    return () => void (owner[key] = saved);
  };

describe("the old-engine guard", () => {
  it("says nothing where the pane runs", () => {
    expect(runGuard(() => () => undefined)).toBeNull();
    expect((window as { __cchcUnsupported?: unknown }).__cchcUnsupported).toBeUndefined();
  });

  it("explains, in Vietnamese, what to use instead when Promise.allSettled is missing (Safari 13)", () => {
    const alert = runGuard(removing(Promise as unknown as Record<string, unknown>, "allSettled"));
    expect(alert?.textContent).toContain(oldEngine.title);
    expect(alert?.textContent).toContain("Office 2021, Office 2024 hoặc Microsoft 365");
    expect(alert?.textContent).toContain("Chrome, Edge, Firefox hoặc Safari 14 trở lên");
    expect((window as { __cchcUnsupported?: unknown }).__cchcUnsupported).toEqual(["Promise.allSettled"]);
  });

  it("finds an engine without ES2020 syntax (IE11, EdgeHTML)", () => {
    const alert = runGuard(() => {
      const saved = window.Function;
      // An engine that cannot parse optional chaining throws a SyntaxError from the Function constructor.
      (window as { Function: unknown }).Function = function (...args: string[]) {
        if (/\?\./.test(args[args.length - 1] ?? "")) throw new SyntaxError("Expected identifier");
        return saved(...args);
      };
      return () => void ((window as { Function: unknown }).Function = saved);
    });
    expect(alert?.textContent).toContain(oldEngine.title);
    expect((window as { __cchcUnsupported?: unknown }).__cchcUnsupported).toEqual(["ES2020"]);
  });
});
