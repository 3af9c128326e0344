/** `action-plan status IN OUT --item … --date … --event … --state … --summary …`: insert a status block. */
import { parseReference } from "../../domain/references";
import { STATUS_STATES, validateStatusBlock, type StatusBlock, type StatusReference, type StatusState } from "../../domain/status-block";
import { inputAndOutput, requiredOption, stringOption, type OptionValues } from "../arguments";
import { insertStatusBlockJob } from "../../jobs/edit-item";
import { openInput } from "../open-input";
import { settled } from "../settled";
import { EXIT_OK, usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { progressOn } from "../progress";
import { writeOutput } from "./write-output";

export async function runStatus(positionals: readonly string[], options: OptionValues, io: CliIo): Promise<number> {
  const { input, output } = inputAndOutput("status", positionals, options, io);
  const itemKey = requiredOption("status", options, "item");
  const block = statusBlockFromOptions(options);
  const progress = progressOn(io);
  const document = await openInput(input, io, progress);
  const inserted = await insertStatusBlockJob(document, itemKey, block, null);
  // The options were checked above with the same rules; a refusal here would be a bug in that check.
  if (inserted.kind === "invalid") throw new Error(`status block refused after its options were checked: ${inserted.problems.map((problem) => problem.message).join(" ")}`);
  settled(inserted, "insert a status block into");
  await writeOutput(document, output, io, progress);
  io.stdout(`Inserted a status block (${block.date}, ${block.state}) at the top of item ${itemKey}'s status cell in ${output}.\n`);
  return EXIT_OK;
}

function statusBlockFromOptions(options: OptionValues): StatusBlock {
  const state = requiredOption("status", options, "state");
  if (!(STATUS_STATES as readonly string[]).includes(state)) throw usageError(`status: --state must be one of: ${STATUS_STATES.join(", ")}; got "${state}".`);
  const references: StatusReference[] = ((options.ref as string[] | undefined) ?? []).map((text) => {
    const parsed = parseReference(text);
    if ("error" in parsed) throw usageError(`status: --ref "${text}": ${parsed.error}`);
    return parsed;
  });
  const block: StatusBlock = {
    date: requiredOption("status", options, "date"),
    event: requiredOption("status", options, "event"),
    state: state as StatusState,
    summary: stringOption(options, "summary") ?? "",
    references,
    nextSteps: stringOption(options, "next") ?? "",
  };
  const problems = validateStatusBlock(block);
  if (problems.length > 0) throw usageError(`status: ${problems.map((problem) => `--${problem.field === "nextSteps" ? "next" : problem.field === "references" ? "ref" : problem.field}: ${problem.message}`).join(" ")}`);
  return block;
}
