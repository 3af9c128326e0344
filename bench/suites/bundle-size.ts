/**
 * What each add-in page loads before first render, and the chunks loaded on use, from a production build (the
 * budgets are tests: tests/tooling/bundle-size.test.ts). Office.js comes from Microsoft's CDN and is not counted.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GZIP_LEVEL, buildProduction, lazyFiles, measurePage } from "../../scripts/bundle-size";
import type { BenchSuite } from "../table";

const PAGES = ["taskpane.html", "commands.html"];

const suite: BenchSuite = {
  title: "Initial payload per page and lazy chunks (production build)",
  async run() {
    const dist = mkdtempSync(join(tmpdir(), "bench-dist-"));
    try {
      buildProduction(dist);
      const rows: (string | number)[][] = [];
      for (const page of PAGES) {
        const weight = measurePage(dist, page);
        for (const file of [...weight.scripts, ...weight.stylesheets]) rows.push([page, "initial", file.src, file.bytes, file.gzipBytes]);
        rows.push([page, "initial", "**total before first render**", weight.bytes, weight.gzipBytes]);
      }
      const lazy = lazyFiles(dist, PAGES);
      for (const file of lazy) rows.push(["either page", "lazy", file.src, file.bytes, file.gzipBytes]);
      rows.push(["either page", "lazy", `**${lazy.length} files, loaded on use**`, lazy.reduce((sum, file) => sum + file.bytes, 0), lazy.reduce((sum, file) => sum + file.gzipBytes, 0)]);
      return {
        columns: ["page", "loaded", "file", "bytes", "gzip bytes"],
        rows,
        notes: [
          `gzip level ${GZIP_LEVEL} (a typical web server's), the level the budget test measures at; JavaScript and CSS (Griffel's styles, extracted per chunk).`,
          "Lazy: named chunks are the views and parts loaded on use (word = the Office.js adapter and the domain engine, requested while the pane's first view renders; overview, findings, item, status-block-form, settings, history, full-report, structure-dialog, storage, ribbon-storage, office-helpers); numbered ones are what several of them share.",
        ],
      };
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  },
};

export default suite;
