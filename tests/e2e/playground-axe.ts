/**
 * axe-core in the page, run on one part of it and reduced to the violations that matter here (serious and critical),
 * each with the elements it was found on. The playground's Content-Security-Policy refuses inline scripts (which is
 * what `addScriptTag({ path })` inserts), so axe is copied next to the page and loaded from the same origin.
 *
 * The reduction, with its one known false positive (Tabster's focus-passing dummies), is tests/support/axe.ts.
 * Scans start once running animations have ended (see finishAnimations).
 */
import { copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { AxeResults } from "axe-core";
import { seriousViolationsOf } from "../support/axe";

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
  return seriousViolationsOf(results.violations).map((violation) => ({
    id: violation.id,
    impact: violation.impact!,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
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
