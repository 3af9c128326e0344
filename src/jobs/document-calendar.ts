/**
 * The calendar a document is validated against: the shipped calendar with the calendar changes shared in the
 * document (its shared state, read with the plan), for every caller. Where the pane has a cached copy of the changes
 * for a document whose own copy cannot be used, it passes its own provider instead (storage's CalendarSync).
 */
import { applyOverrides, defaultCalendar, type Calendar } from "../domain/calendar";
import { parseCalendarOverrides } from "../domain/calendar-overrides-json";
import type { SharedStateRead } from "../document/port";

export type CalendarProvider = (shared: SharedStateRead) => Calendar | Promise<Calendar>;

export interface DocumentCalendar {
  calendar: Calendar;
  /** Whether the document's changes were applied ("document") or the shipped calendar is used as is ("defaults"). */
  source: "document" | "defaults";
  /** Why the document's changes were not used, in words for the person. */
  problems: string[];
}

export function documentCalendar(shared: SharedStateRead, base: Calendar = defaultCalendar()): DocumentCalendar {
  if (shared.error) return { calendar: base, source: "defaults", problems: [`The calendar changes stored in the document could not be read (${shared.error.message}).`] };
  const json = shared.state.calendarOverrides;
  if (json === null) return { calendar: base, source: "defaults", problems: [] };
  const parsed = parseCalendarOverrides(json);
  if (!parsed.ok) return { calendar: base, source: "defaults", problems: [`The calendar changes stored in the document cannot be used: ${parsed.errors.join(" ")}`] };
  return { calendar: applyOverrides(base, parsed.overrides), source: "document", problems: [] };
}

/** The provider every job uses unless told otherwise. */
export const calendarForDocument: CalendarProvider = (shared) => documentCalendar(shared).calendar;
