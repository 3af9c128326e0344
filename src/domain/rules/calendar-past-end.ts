import { seriesEvents, type CalendarEvent } from "../calendar";
import { compareIsoDates, formatDateRange } from "../dates";
import type { PlanRule } from "./rule";

/** How many item numbers the message lists before "and N more". */
const LISTED_ITEMS = 5;

function meetings(series: string): string {
  return series === "Council" ? "Council sessions" : ["TSAG", "SG"].includes(series) ? `${series} meetings` : `${series} editions`;
}

/** "TSAG meeting, Geneva, 26–30 May 2025"; "Council 2026, Geneva, 28 April – 8 May 2026". */
function describe(event: CalendarEvent): string {
  const range = formatDateRange(event.start, event.end, event.precision);
  return event.name.includes(range) ? event.name : `${event.name}, ${range}`;
}

function meeting(series: string): string {
  return series === "Council" ? "Council session" : ["TSAG", "SG"].includes(series) ? `${series} meeting` : `${series} edition`;
}

/**
 * The as-of date is past the calendar's last event of a series that open items' milestones need later events of
 * ("Each TSAG meeting" with no TSAG meeting after May 2025 in the calendar, "Next TSAG", "WTSA-28" once it may be due):
 * those milestones are not checked, and the calendar is out of date rather than the plan. One finding per series.
 */
export const calendarPastEnd: PlanRule = {
  id: "calendar-past-end",
  scope: "plan",
  severity: "warning",
  effect: "none",
  reason: "The as-of date is past the calendar's last meeting of a body the milestones name, so milestones naming later meetings are not checked.",
  check(_plan, context) {
    if (context?.calendar === undefined) return [];
    const { calendar, asOf } = context;
    const needing = new Map<string, string[]>();
    for (const { item, facts } of context.items) {
      if (item.completed) continue;
      for (const series of facts.beyondCalendar ?? []) needing.set(series, [...(needing.get(series) ?? []), item.id ?? item.proposedId ?? item.key]);
    }
    return [...needing.entries()].flatMap(([series, itemIds]) => {
      const last = [...seriesEvents(calendar, series)].sort((a, b) => compareIsoDates(a.end, b.end)).at(-1);
      if (last === undefined || compareIsoDates(asOf, last.end) <= 0) return [];
      const listed = itemIds.slice(0, LISTED_ITEMS).join(", ") + (itemIds.length > LISTED_ITEMS ? ` and ${itemIds.length - LISTED_ITEMS} more` : "");
      return [
        {
          message:
            `The calendar knows no ${meeting(series)} after ${last.end} (${describe(last)}); milestones naming later ${meetings(series)} are not checked ` +
            `(${itemIds.length} open item${itemIds.length === 1 ? "" : "s"}: ${listed}). Import the current ITU calendar, or add the later meetings (Settings → Calendar).`,
        },
      ];
    });
  },
};
