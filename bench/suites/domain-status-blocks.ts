/**
 * scanStatusBlocks (the status narrative scan behind "latest status" and the stale/jeopardy rules) on narratives of
 * 1k / 10k / 40k header lines, and splitStatusHeader on one header line of 4k / 16k / 64k characters full of "|": cost
 * must grow linearly. Side by side, where it was measured slow, what the code did before it was made linear
 * (tests/support/status-scan-before-linear.ts), checked to give the same result before timing.
 * Run alone with `npm run bench -- domain-status-blocks`.
 */
import { isDeepStrictEqual } from "node:util";
import { renderStatusBlock, scanStatusBlocks, splitStatusHeader, type StatusBlock } from "../../src/domain/status-block";
import { headerPartsBefore, quadraticScan } from "../../tests/support/status-scan-before-linear";
import { medianMs, ratio, type BenchSuite } from "../table";

const SIZES = [1_000, 10_000, 40_000] as const;
const LINE_LENGTHS = [4_000, 16_000, 64_000] as const;

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
    let perCharBase = 0;
    for (const length of LINE_LENGTHS) {
      // A pasted table row after "[Status": no spaces, a separator every other character, no closing bracket.
      const line = `[Status ${"a|".repeat(length / 2)}`;
      if (!isDeepStrictEqual(splitStatusHeader(line), headerPartsBefore(line))) throw new Error(`The header split before and now disagree on ${length} characters.`);
      const nowMs = await medianMs(() => splitStatusHeader(line), 5);
      const perCharUs = (nowMs * 1000) / line.length;
      if (length === LINE_LENGTHS[0]) perCharBase = perCharUs;
      const beforeMs = length > 16_000 ? "not run (minutes)" : await medianMs(() => headerPartsBefore(line), 3);
      rows.push(["one header line \"[Status a|a|…\"", `${line.length} chars`, nowMs, perCharUs.toFixed(3), ratio(perCharUs, perCharBase), beforeMs, typeof beforeMs === "number" ? ratio(beforeMs, nowMs) : "–"]);
    }
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
        rows.push([shape, `${headers} header lines, ${lines} lines`, nowMs, perLineUs.toFixed(3), ratio(perLineUs, perLineBase), beforeMs, typeof beforeMs === "number" ? ratio(beforeMs, nowMs) : "–"]);
      }
    }
    return {
      columns: ["input", "size", "now: ms (median)", "µs per line (per char for the one line)", "per-unit cost vs smallest", "before: ms (median)", "before / now"],
      rows,
      notes: [
        "Linear growth means the per-unit cost stays near 1.00× as the input grows.",
        "Before: the former header pattern (a regex with lazy groups) on the long line, and the former scan on header-only narratives, where each was measured slow; both are kept in tests/support as the tests' oracles and checked to give the same result first.",
      ],
    };
  },
};

export default suite;
