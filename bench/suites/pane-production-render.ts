/**
 * The production task pane's first render in headless Chromium (Debian's, through playwright-core), next to a
 * one-button React + Fluent page built the same way (bench/one-button, `--env oneButton`: the same webpack rules,
 * Griffel extraction, chunking and minification). Each page is served from its production build over loopback, in a
 * fresh browser context (nothing cached), with Office.js answered by a stand-in that only says "ready" (no network
 * here; the Word API is not needed to paint, the pane then says this host has no Word). Measured from navigation: when
 * the page's first view (the pane's Overview panel, the page's button) is in the document, and Chromium's first
 * contentful paint; the first view's first paint is that paint when the view was in the document before it (checked
 * for every load: the pane renders its frame and the Overview panel in one commit).
 *
 * BENCH_PANE_BEFORE=<folder of another production build> adds that pane as a third row (e.g. the build of an earlier
 * commit, for a before/after figure in one run), named BENCH_PANE_BEFORE_LABEL if given.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { REPO_ROOT } from "../../scripts/manifest-checks";
import { GZIP_LEVEL, buildProduction, measurePage } from "../../scripts/bundle-size";
import { launchChromium, serveStatic } from "../../tests/e2e/harness";
import type { BenchSuite } from "../table";

const RUNS = 15;
/**
 * Chromium's CPU slowed 4× (DevTools' "mid-tier mobile"; Office's webviews run on ordinary laptops, often busy): on
 * this machine the loopback loads are fast enough that start-up noise would hide what the bytes cost to parse and run.
 */
const CPU_SLOWDOWN = 4;

/** Office.js outside Office: ready at once, no requirement set (the pane's first render does not call Word). */
const OFFICE_STAND_IN = `window.Office = {
  context: { requirements: { isSetSupported: function () { return false; } } },
  onReady: function (callback) {
    var info = { host: null, platform: null };
    if (callback) callback(info);
    return Promise.resolve(info);
  }
};`;

interface Subject {
  label: string;
  dir: string;
  page: string;
  /** The page's first view, looked for as the document grows. */
  firstView: string;
}

interface Timing {
  /** performance.now() when the first view's element was found in the document. */
  inDocument: number;
  contentfulPaint: number;
}

function buildOneButton(outDir: string): void {
  execFileSync(process.execPath, [join(REPO_ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--env", "oneButton", "--mode", "production", "--output-path", outDir], {
    cwd: REPO_ROOT,
    stdio: "pipe",
    encoding: "utf8",
  });
}

/** Records, in the page, when the first view's element is in the document (a mutation observer's callback). */
function paintProbe(selector: string): string {
  return `(() => {
    const probe = (window.__firstView = { inDocument: null });
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      probe.inDocument = performance.now();
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

type ProbeWindow = { __firstView: { inDocument: number | null } };

async function firstRender(browser: Browser, url: string, subject: Subject): Promise<Timing> {
  const context = await browser.newContext({ viewport: { width: 320, height: 600 } });
  try {
    await context.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STAND_IN }));
    await context.addInitScript(paintProbe(subject.firstView));
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__firstView.inDocument !== null && performance.getEntriesByName("first-contentful-paint").length > 0, undefined, {
      timeout: 60_000,
    });
    const timing = await page.evaluate(() => ({
      inDocument: (window as unknown as ProbeWindow).__firstView.inDocument!,
      contentfulPaint: performance.getEntriesByName("first-contentful-paint")[0]!.startTime,
    }));
    if (timing.inDocument > timing.contentfulPaint) throw new Error(`${subject.page}: the first paint came before ${subject.firstView} was in the document`);
    return timing;
  } finally {
    await context.close();
  }
}

const median = (values: number[]): number => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);

const suite: BenchSuite = {
  title: "Production first render in headless Chromium: the task pane vs a one-button React + Fluent page",
  async run() {
    const paneDir = mkdtempSync(join(tmpdir(), "bench-pane-"));
    const buttonDir = mkdtempSync(join(tmpdir(), "bench-one-button-"));
    const subjects: Subject[] = [
      { label: "task pane (taskpane.html): frame + Overview", dir: paneDir, page: "taskpane.html", firstView: "#panel-overview" },
      { label: "one-button page (one-button.html)", dir: buttonDir, page: "one-button.html", firstView: "button" },
    ];
    const before = process.env.BENCH_PANE_BEFORE;
    if (before) subjects.push({ label: process.env.BENCH_PANE_BEFORE_LABEL ?? `task pane, the build in ${before}`, dir: before, page: "taskpane.html", firstView: "#panel-overview" });
    try {
      buildProduction(paneDir);
      buildOneButton(buttonDir);
      const servers = await Promise.all(subjects.map((subject) => serveStatic(subject.dir)));
      const browser = await launchChromium();
      const timings = subjects.map((): Timing[] => []);
      try {
        // Interleaved, one warm-up round (Chromium's own start-up), then RUNS rounds.
        for (let round = 0; round <= RUNS; round++) {
          for (const [index, subject] of subjects.entries()) {
            const timing = await firstRender(browser, new URL(subject.page, servers[index]!.url).toString(), subject);
            if (round > 0) timings[index]!.push(timing);
          }
        }
      } finally {
        await browser.close();
        await Promise.all(servers.map((server) => server.close()));
      }
      const rows = subjects.map((subject, index) => {
        const weight = measurePage(subject.dir, subject.page);
        return {
          subject,
          files: weight.scripts.length + weight.stylesheets.length,
          gzip: weight.gzipBytes,
          inDocument: median(timings[index]!.map((timing) => timing.inDocument)),
          paint: median(timings[index]!.map((timing) => timing.contentfulPaint)),
        };
      });
      const base = rows[1]!;
      return {
        columns: ["page", "initial files", `initial gzip bytes (-${GZIP_LEVEL})`, "vs one-button", `navigation → first view in the document, median of ${RUNS} ms`, `navigation → its first paint (first contentful paint), median of ${RUNS} ms`, "vs one-button"],
        rows: rows.map((row) => [row.subject.label, row.files, row.gzip, `${(row.gzip / base.gzip).toFixed(2)}×`, row.inDocument, row.paint, `${(row.paint / base.paint).toFixed(2)}×`]),
        notes: [
          `Both pages: webpack production builds with the same rules (swc, Griffel at build time, CSS per chunk in cascade layers, atomic icons), served over loopback without caching, a 320×600 viewport, a fresh browser context per load, Chromium's CPU slowed ${CPU_SLOWDOWN}× (DevTools' CPU throttling); Office.js answered by a stand-in that is ready at once.`,
          "The pane's first view is its frame (title, settings button, tabs) with the Overview panel, which shows a spinner until its chunk and the Word adapter's (both requested at once) are there; reading the document is not part of this measure (see the playground's first render).",
          "A 2-core machine shared with other work: compare the two rows of one run (the ratio), not runs of different days.",
        ],
      };
    } finally {
      rmSync(paneDir, { recursive: true, force: true }); // never the BENCH_PANE_BEFORE folder: it is not ours
      rmSync(buttonDir, { recursive: true, force: true });
    }
  },
};

export default suite;
