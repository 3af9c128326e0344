/** The `action-plan --help` text, and the short help of each command. */
import type { CommandName } from "./arguments";

export const USAGE = `action-plan — check, structure and colour ITU-T action-plan Word documents (.docx), without Word.

Usage:
  action-plan check FILE.docx [--as-of YYYY-MM-DD] [--format text|json|csv] [--calendar FILE.ics|FILE.json]
  action-plan structure IN.docx OUT.docx
  action-plan unstructure IN.docx OUT.docx
  action-plan colour IN.docx OUT.docx [--as-of YYYY-MM-DD] [--red-for attention-and-jeopardy|jeopardy]
                     [--calendar FILE.ics|FILE.json]
  action-plan uncolour IN.docx OUT.docx
  action-plan status IN.docx OUT.docx --item 01-04 --date YYYY-MM-DD --event "TSAG, January 2022"
                     --state "On track" --summary "…" [--ref TSAG-TD1187]… [--next "…"]

Every command that writes takes IN.docx --in-place instead of OUT.docx to change the input file itself;
otherwise the input is never modified. Files are written whole or not at all.

Commands:
  check        Validate the plan's milestones against the event calendar as of a date (default: today).
               Text: a report grouped by resolution with the reason for each finding. JSON/CSV: see docs/cli.md.
  structure    Wrap every action item's six field cells in the add-in's content controls (text unchanged).
  unstructure  Remove the add-in's content controls, keeping their content.
  colour       Shade the number cell of items in attention or jeopardy red (--red-for jeopardy: jeopardy only),
               and clear red the tool set earlier on items that recovered. Red a person set is never touched.
  uncolour     Remove all the red the tool set (a person's red stays).
  status       Insert a standardized status block at the top of an item's status cell.
               --state is one of: On track, Attention, In jeopardy, Completed, No input.

--calendar puts a calendar file's events (iCalendar, or the JSON the pane exports) over the shipped calendar:
an event with a shipped event's id (WTSA-28, TSAG-2026-01, C27) replaces it. A file that cannot be used is
refused with its lines (exit 2).

Exit status: 0 nothing in jeopardy (check) or done; 1 something is in jeopardy (check);
             2 unusable input or wrong usage (nothing was written).
Progress is shown on stderr when it is a terminal.
`;

const COMMAND_LINES: Record<CommandName, string> = {
  check: "action-plan check FILE.docx [--as-of YYYY-MM-DD] [--format text|json|csv] [--calendar FILE.ics|FILE.json]",
  structure: "action-plan structure IN.docx (OUT.docx | --in-place)",
  unstructure: "action-plan unstructure IN.docx (OUT.docx | --in-place)",
  colour: "action-plan colour IN.docx (OUT.docx | --in-place) [--as-of YYYY-MM-DD] [--red-for attention-and-jeopardy|jeopardy] [--calendar FILE.ics|FILE.json]",
  uncolour: "action-plan uncolour IN.docx (OUT.docx | --in-place)",
  status: 'action-plan status IN.docx (OUT.docx | --in-place) --item 01-04 --date YYYY-MM-DD --event "…" --state "On track" --summary "…" [--ref REF]… [--next "…"]',
};

export function commandUsage(command: CommandName): string {
  return `Usage: ${COMMAND_LINES[command]}\n\n${USAGE}`;
}
