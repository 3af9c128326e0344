/**
 * axe-core in the page, run on one part of it and reduced to the violations that matter here (serious and critical),
 * each with the elements it was found on. The playground's Content-Security-Policy refuses inline scripts (which is
 * what `addScriptTag({ path })` inserts), so axe is copied next to the page and loaded from the same origin.
 *
 * One known false positive is set aside, node by node: Fluent UI's focus manager (Tabster) puts focusable
 * `<i aria-hidden="true" data-tabster-dummy>` elements around TabList, Dialog etc. that only pass focus on; axe's
 * aria-hidden-focus flags them (microsoft/tabster#288, microsoft/fluentui#25133; Accessibility Insights suppresses
 * exactly these nodes, microsoft/accessibility-insights-web#7605). Any other node of that rule still fails.
 * Scans start once running animations have ended (see finishAnimations).
 */
import { copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { AxeResults } from "axe-core";

const AXE_FILE = "axe.min.js";

/** Puts axe-core (from node_modules, no network) into the directory the page is served from. */
export function provideAxe(servedDir: string): void {
  copyFileSync(createRequire(__filename).resolve(`axe-core/${AXE_FILE}`), join(servedDir, AXE_FILE));
}

export interface SeriousViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export async function seriousViolations(page: Page, selector: string): Promise<SeriousViolation[]> {
  await finishAnimations(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: new URL(AXE_FILE, page.url()).toString() });
  const results = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    return await axe.run({ include: [include] }, { resultTypes: ["violations"] });
  }, selector);
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact!,
      help: violation.help,
      targets: violation.nodes.filter((node) => !isTabsterDummy(violation.id, node.html)).map((node) => node.target.join(" ")),
    }))
    .filter((violation) => violation.targets.length > 0);
}

/**
 * Waits for the page's finite CSS animations and transitions (Fluent fades message bars and dialogs in): text
 * caught half-faded would fail color-contrast with a colour the person never sees once it settles.
 */
async function finishAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

function isTabsterDummy(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i\b[^>]*\sdata-tabster-dummy=/.test(html);
}
