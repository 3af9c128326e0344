/** The calendar a document is validated against: the default one with the document's shared overrides. */
import { applyOverrides, defaultCalendar, type Calendar } from "../domain/calendar";
import { parseCalendarOverrides } from "../domain/calendar-overrides-json";
import type { SharedState } from "../document/shared-state";

export function calendarForDocument(state: SharedState | null): Calendar {
  const base = defaultCalendar();
  if (!state?.calendarOverrides) return base;
  const parsed = parseCalendarOverrides(state.calendarOverrides);
  return parsed.ok ? applyOverrides(base, parsed.overrides) : base;
}
