/**
 * The calendar-past-end findings (docs/rules.md) as notices: the text report shows them under its summary, and the
 * other outputs (JSON, CSV, colour) on stderr, since they say that some milestones were not checked at all.
 */
import type { CliIo } from "../cli-io";
import type { ValidationResult } from "../../domain/validation-types";

export function calendarNotices(result: ValidationResult): string[] {
  return result.planFindings.filter((finding) => finding.rule === "calendar-past-end").map((finding) => `Notice: ${finding.message} From the command line: --calendar FILE.ics.`);
}

export function printCalendarNotices(result: ValidationResult, io: CliIo): void {
  for (const notice of calendarNotices(result)) io.stderr(`${notice}\n`);
}
