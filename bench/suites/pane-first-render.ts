/**
 * Time to first render of the playground in headless Chromium: page navigation until the task pane is on screen,
 * and until it has read the plan (detection shown) with the document view drawn. Development build, as
 * `npm run playground` serves it. Bundle bytes of the production pane are in the bundle-size suite.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPlayground } from "../../tests/e2e/playground-build";
import { launchChromium, serveStatic } from "../../tests/e2e/harness";
import { actualPlanRecognition } from "../../tests/e2e/playground-expectations";
import { taskPane } from "../../tests/e2e/playground-page";
import { waitForDetection } from "../../tests/e2e/playground-pane";
import type { BenchSuite } from "../table";

const RUNS = 3;

const suite: BenchSuite = {
  title: "Playground first render in headless Chromium",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "bench-playground-"));
    buildPlayground(dir);
    const server = await serveStatic(dir);
    const browser = await launchChromium();
    const paneMs: number[] = [];
    const detectedMs: number[] = [];
    try {
      for (let run = 0; run <= RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const start = performance.now();
        await page.goto(new URL("playground.html", server.url).toString());
        await taskPane(page).waitFor({ timeout: 60_000 });
        const pane = performance.now() - start;
        await waitForDetection(page, actualPlanRecognition().plan);
        const detected = performance.now() - start;
        await page.close();
        if (run === 0) continue; // the first load warms Chromium's caches
        paneMs.push(pane);
        detectedMs.push(detected);
      }
    } finally {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const median = (values: number[]): number => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
    return {
      columns: ["measure", `median of ${RUNS} ms`],
      rows: [
        ["navigation → task pane rendered", median(paneMs)],
        ["navigation → plan read and shown (the actual plan: detection summary)", median(detectedMs)],
      ],
      notes: ["The plan read runs the real Word adapter on the simulator: 1 round trip, recognition of the whole plan."],
    };
  },
};

export default suite;
