/** `action-plan check FILE.docx`: validate and report; exit 1 when something is in jeopardy. */
import { asOfOption, stringOption, type OptionValues } from "../arguments";
import { calendarOption } from "../calendar-option";
import { validateJob, type Validated } from "../../jobs/validate";
import { openInput } from "../open-input";
import { settled } from "../settled";
import { EXIT_JEOPARDY, EXIT_OK, usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { progressOn, stepProgress } from "../progress";
import { printCalendarNotices } from "../reports/calendar-notice";
import { checkCsv } from "../reports/check-csv";
import { checkJson } from "../reports/check-json";
import { checkText } from "../reports/check-text";

const FORMATS = ["text", "json", "csv"] as const;

export async function runCheck(positionals: readonly string[], options: OptionValues, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw usageError("check takes exactly one file: action-plan check FILE.docx");
  const format = stringOption(options, "format") ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) throw usageError(`check: --format must be one of ${FORMATS.join(", ")}; got "${format}".`);
  const asOf = asOfOption("check", options, io);
  const progress = progressOn(io);
  const path = positionals[0]!;
  const calendar = await calendarOption("check", options, io, progress);
  const document = await openInput(path, io, progress);
  const { read, result } = settled<Validated>(await validateJob(document, { asOf, colour: false, calendar, onStep: stepProgress(progress, asOf) }), "check");
  if (format === "json") io.stdout(`${JSON.stringify(checkJson(read.plan, result), null, 2)}\n`);
  else if (format === "csv") io.stdout(checkCsv(checkJson(read.plan, result), result.planFindings));
  else io.stdout(checkText(read.plan, result, path));
  if (format !== "text") printCalendarNotices(result, io);
  return result.summary.states.jeopardy > 0 ? EXIT_JEOPARDY : EXIT_OK;
}
