/**
 * Child process of the memory benchmark: runs the CLI's `main` with the given arguments (output discarded) and
 * prints the process's peak resident set size as JSON. With no arguments it measures start-up alone.
 */
import type { CliIo } from "../src/cli/cli-io";
import { main } from "../src/cli/main";
import { nodeIo } from "../src/cli/node-io";

const quiet: CliIo = { ...nodeIo(), stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false };

async function probe(): Promise<void> {
  const args = process.argv.slice(2);
  const exitCode = args.length > 0 ? await main(args, quiet) : 0;
  // resourceUsage().maxRSS is in kilobytes (getrusage's ru_maxrss on Linux).
  process.stdout.write(JSON.stringify({ exitCode, maxRssKiB: process.resourceUsage().maxRSS }));
}

void probe();
