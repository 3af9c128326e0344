/**
 * One playground for a test file: built once (development mode, as `npm run playground` serves it), served as static
 * files, Chromium launched; `open` gives a fresh page (a fresh simulated document) once the pane has detected the
 * actual plan, with the page's errors collected for the test to assert a clean run.
 */
import type { Page, ViewportSize } from "playwright-core";
import { collectPageErrors, startServedBuild, type ServedBuild } from "./harness";
import { provideAxe } from "./playground-axe";
import { buildPlayground } from "./playground-build";
import { actualPlanRecognition } from "./playground-expectations";
import { waitForDetection } from "./playground-pane";

/** A desktop window: the document on the left, the pane (350 px) on the right. */
export const DESKTOP_VIEWPORT: ViewportSize = { width: 1400, height: 900 };

export interface PlaygroundOptions {
  /** Serve axe-core next to the page, for `seriousViolations` (tests/e2e/playground-axe.ts). */
  axe?: boolean;
}

export interface OpenOptions {
  viewport?: ViewportSize;
  /** A browser context of its own, hence an IndexedDB of its own (the pane's storage starts empty). */
  ownContext?: boolean;
}

export interface OpenedPlayground {
  page: Page;
  /** Console errors and uncaught errors of the page, as they happen. */
  errors: string[];
}

export interface Playground extends ServedBuild {
  open(options?: OpenOptions): Promise<OpenedPlayground>;
}

/** `name` names the temporary directory of the build. */
export async function startPlayground(name: string, options: PlaygroundOptions = {}): Promise<Playground> {
  const served = await startServedBuild(name, (dir) => {
    buildPlayground(dir);
    if (options.axe) provideAxe(dir);
  });
  const { plan } = actualPlanRecognition();
  return {
    ...served,
    open: async ({ viewport = DESKTOP_VIEWPORT, ownContext = false } = {}) => {
      const page = ownContext ? await (await served.browser.newContext({ viewport })).newPage() : await served.browser.newPage({ viewport });
      const errors = collectPageErrors(page);
      await page.goto(served.url("playground.html"));
      await waitForDetection(page, plan);
      return { page, errors };
    },
  };
}
