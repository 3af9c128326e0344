/**
 * scanStatusBlocks (the status narrative scan behind "latest status" and the stale/jeopardy rules) on narratives of
 * 1k / 10k / 40k header lines: cost must grow linearly with the lines. Side by side, on the header-only narratives,
 * the scan as it was before it was made linear (tests/support/status-scan-before-linear.ts), checked to give the same
 * result before timing. Run alone with `npm run bench -- domain-status-blocks`.
 */
import { isDeepStrictEqual } from "node:util";
import { renderStatusBlock, scanStatusBlocks, type StatusBlock } from "../../src/domain/status-block";
import { quadraticScan } from "../../tests/support/status-scan-before-linear";
import { medianMs, ratio, type BenchSuite } from "../table";

const SIZES = [1_000, 10_000, 40_000] as const;

function block(index: number): StatusBlock {
  const day = String((index % 28) + 1).padStart(2, "0");
  return { date: `2022-01-${day}`, event: "TSAG, January 2022", state: "On track", summary: `Report ${index}.`, references: [], nextSteps: "Next meeting." };
}

/** Header lines with no end line: each is reported as a block without [End of status] (the case that was quadratic). */
function headersOnly(count: number): string {
  return Array.from({ length: count }, (_, index) => renderStatusBlock(block(index))[0]).join("\n");
}

/** Complete blocks (header, summary, references, next steps, end line), each followed by a narrative line. */
function completeBlocks(count: number): string {
  return Array.from({ length: count }, (_, index) => [...renderStatusBlock(block(index)), `· Narrative line ${index}.`].join("\n")).join("\n");
}

const suite: BenchSuite = {
  title: "Domain: status-block scan of long status narratives",
  async run() {
    const rows: (string | number)[][] = [];
    for (const [shape, make, compare] of [
      ["header lines only", headersOnly, true],
      ["complete blocks", completeBlocks, false],
    ] as const) {
      let perLineBase = 0;
      for (const headers of SIZES) {
        const text = make(headers);
        const lines = text.split("\n").length;
        const nowMs = await medianMs(() => scanStatusBlocks(text), 5);
        const perLineUs = (nowMs * 1000) / lines;
        if (headers === SIZES[0]) perLineBase = perLineUs;
        let beforeMs: number | string = "–";
        if (compare) {
          if (!isDeepStrictEqual(quadraticScan(text), scanStatusBlocks(text))) throw new Error(`The scan before and now disagree on ${headers} ${shape}.`);
          beforeMs = await medianMs(() => quadraticScan(text), 3);
        }
        rows.push([shape, headers, lines, nowMs, perLineUs.toFixed(2), ratio(perLineUs, perLineBase), beforeMs, typeof beforeMs === "number" ? ratio(beforeMs, nowMs) : "–"]);
      }
    }
    return {
      columns: ["narrative", "header lines", "lines", "scan ms (median)", "µs per line", "per-line cost vs 1k", "before: quadratic scan ms (median)", "before / now"],
      rows,
      notes: [
        "Linear growth means the per-line cost stays near 1.00× as the narrative grows.",
        "The quadratic scan (kept in tests/support as the tests' oracle) is timed on header-only narratives, where it was measured slow; it is checked to give the same blocks and problems first.",
      ],
    };
  },
};

export default suite;
