/** What the end-to-end tests do with a page of the pane: accessibility, screenshots, focus, what is in view. */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";

export const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "e2e");

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    // Fluent UI's Tabster inserts focus-redirecting <i data-tabster-dummy aria-hidden tabindex=0> around
    // TabList and similar movers, by design (microsoft/fluentui#27517, microsoft/tabster#288): only
    // those elements are left out; everything else of the page is checked.
    const axe = (window as unknown as { axe: { run: (c: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id} (${v.nodes})`);
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Whether the element gets the focus within `ms` (the pane moves it after a render or two). */
export async function focusedSoon(locator: Locator, ms = 5000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Whether the element comes to rest wholly inside the window: the page may still be settling (an
 * area opening, the preview beside the pane framing its control), so it is asked again until then.
 */
export async function inViewSoon(locator: Locator, ms = 5000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await inView(locator).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Whether the element is wholly inside the window as the officer sees it now. */
export async function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });
}
