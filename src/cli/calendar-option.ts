/**
 * `--calendar FILE.ics|FILE.json` of check and colour: the file's events put over the shipped calendar, as an import
 * in the pane puts them over the document's (same id: the file's event replaces it; src/domain/calendar-import.ts).
 * A file that cannot be used stops the command (exit 2) with its problems and their lines; nothing is validated.
 * The base is the calendar the document is validated against anyway: the shipped one with the document's own shared
 * changes (read with the plan); the file goes over it.
 */
import { basename } from "node:path";
import { applyOverrides } from "../domain/calendar";
import { overridesWithImport } from "../domain/calendar-import";
import { calendarFileTooLarge, describeProblem, readCalendarFile, type CalendarFileRead } from "../calendar-file/calendar-file";
import { stringOption, type CommandName, type OptionValues } from "./arguments";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { documentCalendar, type CalendarProvider } from "../jobs/document-calendar";
import type { Progress } from "./progress";

const MAX_PROBLEMS_SHOWN = 5;

/** One line, like every CLI error (docs/cli.md): the file, then its first problems with their lines. */
function unusable(path: string, read: Extract<CalendarFileRead, { ok: false }>): CliError {
  const shown = read.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => describeProblem(problem).replace(/\s*[\r\n]+\s*/g, " "));
  const more = read.problems.length > MAX_PROBLEMS_SHOWN ? ` (and ${read.problems.length - MAX_PROBLEMS_SHOWN} more)` : "";
  return new CliError("InputUnreadable", `The calendar file ${path} cannot be used, so nothing was checked: ${shown.join(" ")}${more}`);
}

export async function calendarOption(command: CommandName, options: OptionValues, io: CliIo, progress: Progress): Promise<CalendarProvider> {
  const path = stringOption(options, "calendar");
  if (path === undefined) return (shared) => documentCalendar(shared).calendar;
  progress(`Reading the calendar ${path}…`);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new CliError("InputUnreadable", `${command}: the calendar file ${path} cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  const read = calendarFileTooLarge(bytes.length) ?? readCalendarFile(new TextDecoder("utf-8").decode(bytes), basename(path));
  if (!read.ok) throw unusable(path, read);
  const skipped = read.skipped.length > 0 ? `; ${read.skipped.length} left out (${read.skipped.map((each) => `line ${each.line}: ${each.reason}`).join("; ")})` : "";
  progress(`Calendar: ${read.events.length} events from ${path}${skipped}.`);
  const events = read.events.map((each) => each.event);
  return (shared) => {
    const base = documentCalendar(shared).calendar;
    return applyOverrides(base, overridesWithImport(base, [], events));
  };
}
