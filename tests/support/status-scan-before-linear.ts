/** What src/domain/status-block.ts did before it was made linear, kept as the oracle of the tests and the bench. */
import { isValidIsoDate } from "../../src/domain/dates";
import { parseStatusBlock, STATUS_BLOCK_END, type scanStatusBlocks, type StatusBlock } from "../../src/domain/status-block";

/**
 * scanStatusBlocks before it was made linear (it searched each block's end from the first line of the narrative, so
 * 40k header lines took seconds), kept as the oracle the linear one must agree with. The two line tests are the
 * module's HEADER_START and END; parseStatusBlock and the date check are unchanged. Used by tests/domain/status-block.test.ts
 * and the bench suite domain-status-blocks (before / now).
 */
export function quadraticScan(statusText: string): ReturnType<typeof scanStatusBlocks> {
  const headerStart = /^\s*\[\s*Status\b/i;
  const end = /^\s*\[\s*End\s+of\s+status\s*\]\s*$/i;
  const lines = statusText.split(/\r\n|\r|\n/);
  const found: { block: StatusBlock; order: number }[] = [];
  const problems: { line: number; error: string }[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!headerStart.test(lines[index] ?? "")) {
      index += 1;
      continue;
    }
    const stop = lines.findIndex((line, at) => at > index && (end.test(line) || headerStart.test(line)));
    if (stop < 0 || !end.test(lines[stop] ?? "")) {
      problems.push({ line: index, error: `A status block has no ${STATUS_BLOCK_END} line.` });
      index = stop < 0 ? lines.length : stop;
      continue;
    }
    const parsed = parseStatusBlock(lines.slice(index, stop + 1));
    if ("error" in parsed) problems.push({ line: index, error: parsed.error });
    else found.push({ block: parsed.block, order: found.length });
    index = stop + 1;
  }
  const valid = (block: StatusBlock) => isValidIsoDate(block.date);
  const newestFirst = (a: (typeof found)[number], b: (typeof found)[number]) =>
    valid(a.block) !== valid(b.block) ? (valid(a.block) ? -1 : 1) : valid(a.block) && a.block.date !== b.block.date ? (a.block.date < b.block.date ? 1 : -1) : a.order - b.order;
  return { blocks: found.sort(newestFirst).map((entry) => entry.block), problems };
}

/** The header pattern before splitStatusHeader replaced it (quadratic on a long line full of "·" or "|"): the oracle. */
export const HEADER_BEFORE_LINEAR = /^\s*\[\s*Status:?\s+(\S+?)\s*[·|]\s*(.*?)\s*[·|]\s*([^·|]*?)\s*\]\s*$/is;

/** Date, event and state as the former header pattern read them, or null. */
export function headerPartsBefore(line: string): [string, string, string] | null {
  const match = HEADER_BEFORE_LINEAR.exec(line);
  return match ? [match[1] ?? "", match[2] ?? "", match[3] ?? ""] : null;
}
