/** Command-line parsing: the command word, its positional arguments and options, checked strictly. */
import { parseArgs } from "node:util";
import { isValidIsoDate } from "../domain/dates";
import { usageError } from "./cli-error";
import type { CliIo } from "./cli-io";

export const COMMANDS = ["check", "structure", "unstructure", "colour", "uncolour", "status"] as const;
export type CommandName = (typeof COMMANDS)[number];

type OptionSpec = { type: "string" | "boolean"; multiple?: boolean; short?: string };

const OPTIONS: Record<CommandName, Record<string, OptionSpec>> = {
  check: { "as-of": { type: "string" }, format: { type: "string" }, calendar: { type: "string" } },
  structure: { "in-place": { type: "boolean" } },
  unstructure: { "in-place": { type: "boolean" } },
  colour: { "as-of": { type: "string" }, "red-for": { type: "string" }, calendar: { type: "string" }, "in-place": { type: "boolean" } },
  uncolour: { "in-place": { type: "boolean" } },
  status: {
    item: { type: "string" },
    date: { type: "string" },
    event: { type: "string" },
    state: { type: "string" },
    summary: { type: "string" },
    ref: { type: "string", multiple: true },
    next: { type: "string" },
    "in-place": { type: "boolean" },
  },
};

export type OptionValues = Record<string, string | string[] | boolean | undefined>;

export type CommandLine = { kind: "help"; command?: CommandName } | { kind: "version" } | { kind: "run"; command: CommandName; positionals: string[]; options: OptionValues };

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") return { kind: "help" };
  if (first === "--version" || first === "-V") return { kind: "version" };
  const command = first === "color" ? "colour" : first === "uncolor" ? "uncolour" : first;
  if (!(COMMANDS as readonly string[]).includes(command)) throw usageError(`Unknown command "${first}".`);
  const name = command as CommandName;
  if (rest.includes("--help") || rest.includes("-h")) return { kind: "help", command: name };
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: OPTIONS[name], allowPositionals: true, strict: true });
    return { kind: "run", command: name, positionals, options: values as OptionValues };
  } catch (error) {
    throw usageError(`${name}: ${error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, ".") : String(error)}`);
  }
}

export function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}

export function requiredOption(command: CommandName, options: OptionValues, name: string): string {
  const value = stringOption(options, name);
  if (value === undefined || value.trim() === "") throw usageError(`${command}: --${name} is required.`);
  return value;
}

export function asOfOption(command: CommandName, options: OptionValues, io: CliIo): string {
  const value = stringOption(options, "as-of");
  if (value === undefined) return io.today();
  if (!isValidIsoDate(value)) throw usageError(`${command}: --as-of "${value}" is not a date written YYYY-MM-DD, e.g. 2022-01-20.`);
  return value;
}

/** IN OUT, or IN with --in-place; never OUT = IN without --in-place (the input is not modified by accident). */
export function inputAndOutput(command: CommandName, positionals: readonly string[], options: OptionValues, io: CliIo): { input: string; output: string } {
  const inPlace = options["in-place"] === true;
  if (inPlace) {
    if (positionals.length !== 1) throw usageError(`${command} --in-place takes exactly one file: action-plan ${command} FILE.docx --in-place`);
    return { input: positionals[0]!, output: positionals[0]! };
  }
  if (positionals.length !== 2) throw usageError(`${command} takes an input and an output file: action-plan ${command} IN.docx OUT.docx (or IN.docx --in-place)`);
  const [input, output] = positionals as [string, string];
  if (io.samePath(input, output)) throw usageError(`${command}: OUT is the same file as IN; to change the input itself, give --in-place instead of OUT.`);
  return { input, output };
}
