/** `action-plan colour|uncolour IN OUT`: apply the domain's colour decisions, or remove the tool's own red. */
import { RED_POLICIES, type RedPolicy } from "../../domain/colouring";
import type { ColourReport } from "../../document/port";
import { uncolourJob } from "../../jobs/uncolour";
import { validateJob, type Validated } from "../../jobs/validate";
import { asOfOption, inputAndOutput, stringOption, type OptionValues } from "../arguments";
import { calendarOption } from "../calendar-option";
import { openInput } from "../open-input";
import { settled } from "../settled";
import { EXIT_OK, usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { progressOn, stepProgress } from "../progress";
import { printCalendarNotices } from "../reports/calendar-notice";
import { writeOutput } from "./write-output";

export async function runColour(positionals: readonly string[], options: OptionValues, io: CliIo): Promise<number> {
  const { input, output } = inputAndOutput("colour", positionals, options, io);
  const redFor = stringOption(options, "red-for") ?? "attention-and-jeopardy";
  if (!(RED_POLICIES as readonly string[]).includes(redFor)) throw usageError(`colour: --red-for must be one of ${RED_POLICIES.join(", ")}; got "${redFor}".`);
  const asOf = asOfOption("colour", options, io);
  const progress = progressOn(io);
  const calendar = await calendarOption("colour", options, io, progress);
  const document = await openInput(input, io, progress);
  const validated = settled<Validated>(await validateJob(document, { asOf, redFor: redFor as RedPolicy, calendar, onStep: stepProgress(progress, asOf) }), "structure or colour");
  const { result } = validated;
  const report = validated.colour!;
  await writeOutput(document, output, io, progress);
  const { states } = result.summary;
  io.stdout(`Coloured ${output} as of ${asOf}: ${states.jeopardy} in jeopardy, ${states.attention} need attention.\n${reportLines(report)}`);
  printCalendarNotices(result, io);
  return EXIT_OK;
}

export async function runUncolour(positionals: readonly string[], options: OptionValues, io: CliIo): Promise<number> {
  const { input, output } = inputAndOutput("uncolour", positionals, options, io);
  const progress = progressOn(io);
  const document = await openInput(input, io, progress);
  const report = settled(await uncolourJob(document), "structure or colour").colour;
  await writeOutput(document, output, io, progress);
  io.stdout(`Uncoloured ${output}.\n${reportLines(report)}`);
  return EXIT_OK;
}

function reportLines(report: ColourReport): string {
  const lines = [
    `  ${report.marked} number cells shaded red by the tool in this run`,
    `  ${report.cleared} red marks of the tool cleared (items recovered)`,
    `  ${report.personRedKept} red boxes set by a person kept as they are`,
    ...report.conflicts.map((finding) => `  not written: ${finding.message}`),
  ];
  return `${lines.join("\n")}\n`;
}
