/**
 * What each add-in page loads before first render, from a production build (the budget is a test:
 * tests/bundle-size.test.ts). Office.js comes from Microsoft's CDN and is not counted.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildProduction, measurePage } from "../../scripts/bundle-size";
import type { BenchSuite } from "../table";

const suite: BenchSuite = {
  title: "Initial JavaScript per page (production build)",
  async run() {
    const dist = mkdtempSync(join(tmpdir(), "bench-dist-"));
    try {
      buildProduction(dist);
      const rows: (string | number)[][] = [];
      for (const page of ["taskpane.html", "commands.html"]) {
        const weight = measurePage(dist, page);
        for (const script of weight.scripts) rows.push([page, script.src, script.bytes, script.gzipBytes]);
        rows.push([page, "**total before first render**", weight.bytes, weight.gzipBytes]);
      }
      return {
        columns: ["page", "script", "bytes", "gzip bytes"],
        rows,
        notes: ["gzip level 6 (a typical web server's); lazy chunks (office-js-helpers, …) are loaded on use and not listed."],
      };
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  },
};

export default suite;
