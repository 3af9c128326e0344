/** `action-plan structure|unstructure IN OUT`: add or remove the add-in's content controls. */
import type { Finding } from "../../domain/finding";
import { structureJob, unstructureJob } from "../../jobs/structure";
import { inputAndOutput, type OptionValues } from "../arguments";
import { openInput } from "../open-input";
import { settled } from "../settled";
import { EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { progressOn } from "../progress";
import { writeOutput } from "./write-output";

export async function runStructure(positionals: readonly string[], options: OptionValues, io: CliIo): Promise<number> {
  const { input, output } = inputAndOutput("structure", positionals, options, io);
  const progress = progressOn(io);
  const document = await openInput(input, io, progress);
  progress("Structuring…");
  const { report, detected } = settled(await structureJob(document), "structure");
  await writeOutput(document, output, io, progress);
  io.stdout(`Structured ${output}: ${report.wrapped} field cells wrapped in content controls, ${report.alreadyWrapped} already were (${detected.items} items).\n`);
  io.stdout(skippedLines(report.skipped));
  return EXIT_OK;
}

export async function runUnstructure(positionals: readonly string[], options: OptionValues, io: CliIo): Promise<number> {
  const { input, output } = inputAndOutput("unstructure", positionals, options, io);
  const progress = progressOn(io);
  const document = await openInput(input, io, progress);
  const { report } = settled(await unstructureJob(document), "unstructure");
  await writeOutput(document, output, io, progress);
  io.stdout(`Unstructured ${output}: ${report.removed} content controls of the add-in removed, their content kept.\n`);
  return EXIT_OK;
}

function skippedLines(skipped: readonly Finding[]): string {
  if (skipped.length === 0) return "";
  return `Not structured (${skipped.length}):\n${skipped.map((finding) => `  - ${finding.rule}: ${finding.message}\n`).join("")}`;
}
