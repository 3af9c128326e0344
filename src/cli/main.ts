/**
 * The `action-plan` command line: parse, run one command, map every failure to a clear message and an
 * exit code (0 done / nothing in jeopardy, 1 something in jeopardy, 2 unusable input or usage).
 * `main` takes its I/O as an argument so tests run it in-process; action-plan.ts runs it on the real process.
 */
import { version } from "../../package.json";
import { isDocumentError } from "../document/document-error";
import { parseCommandLine, type CommandName, type OptionValues } from "./arguments";
import { CliError, EXIT_OK, EXIT_UNUSABLE } from "./cli-error";
import type { CliIo } from "./cli-io";
import { commandUsage, USAGE } from "./usage";

/** Exit status for a failure that is a bug in the tool, not in the input (sysexits EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

type Runner = (positionals: readonly string[], options: OptionValues, io: CliIo) => Promise<number>;

/**
 * Each command is loaded only when it runs: `--help` and `--version` load no .docx, zip or XML code, so the compiled
 * CLI (build/cli, one chunk per command) answers them in the time Node takes to start.
 */
const RUNNERS: Record<CommandName, () => Promise<Runner>> = {
  check: async () => (await import("./commands/check")).runCheck,
  structure: async () => (await import("./commands/structure")).runStructure,
  unstructure: async () => (await import("./commands/structure")).runUnstructure,
  colour: async () => (await import("./commands/colour")).runColour,
  uncolour: async () => (await import("./commands/colour")).runUncolour,
  status: async () => (await import("./commands/status")).runStatus,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const line = parseCommandLine(argv);
    if (line.kind === "help") {
      io.stdout(line.command ? commandUsage(line.command) : USAGE);
      return EXIT_OK;
    }
    if (line.kind === "version") {
      io.stdout(`action-plan ${version}\n`);
      return EXIT_OK;
    }
    return await (await RUNNERS[line.command]())(line.positionals, line.options, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`action-plan: ${error.message}\n`);
      return EXIT_UNUSABLE;
    }
    if (isDocumentError(error)) {
      // One line, always (docs/cli.md): a message may quote document text or an option that holds a line break.
      io.stderr(`action-plan: ${error.message.replace(/\s*[\r\n]+\s*/g, " ")}\n`);
      return EXIT_UNUSABLE;
    }
    io.stderr(`action-plan: unexpected error (a bug in the tool, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}
