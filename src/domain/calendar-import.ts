/**
 * Importing events into a calendar: what a file's events add or change against the calendar in use (for the preview),
 * and the overrides that store them (for the document's shared calendar). An event keeps the id it has in the file, so
 * a file exported from the add-in, or with the shipped ids (WTSA-28, TSAG-2026-01, C27), replaces the events it names.
 */
import { applyOverrides, overrideTargetId, upsertOverride, validateCalendarEvent, type Calendar, type CalendarEvent, type CalendarOverride } from "./calendar";

export interface CalendarChange {
  before: CalendarEvent;
  after: CalendarEvent;
}

export interface CalendarImportPlan {
  /** Events whose id the calendar in use does not have. */
  added: CalendarEvent[];
  /** Events the calendar has with other fields: before → after. */
  changed: CalendarChange[];
  /** Events the calendar already has exactly so: importing them changes nothing. */
  unchanged: CalendarEvent[];
}

export function sameCalendarEvent(a: CalendarEvent, b: CalendarEvent): boolean {
  return a.id === b.id && a.series === b.series && a.name === b.name && a.start === b.start && a.end === b.end && a.precision === b.precision && a.source === b.source;
}

/** What importing `events` into `base` + `overrides` would do. Events must be valid (the file readers check them). */
export function planCalendarImport(base: Calendar, overrides: readonly CalendarOverride[], events: readonly CalendarEvent[]): CalendarImportPlan {
  const current = new Map(applyOverrides(base, overrides).events.map((event) => [event.id, event]));
  const plan: CalendarImportPlan = { added: [], changed: [], unchanged: [] };
  for (const event of events) {
    const before = current.get(event.id);
    if (before === undefined) plan.added.push(event);
    else if (sameCalendarEvent(before, event)) plan.unchanged.push(event);
    else plan.changed.push({ before, after: event });
  }
  return plan;
}

/**
 * The overrides after importing `events`: each one stored as a replacement of the shipped event with its id, or as an
 * added event; an event already in the calendar exactly so adds no override. Applied to the overrides the document
 * holds when writing (so a co-author's other changes are kept).
 */
export function overridesWithImport(base: Calendar, current: readonly CalendarOverride[], events: readonly CalendarEvent[]): CalendarOverride[] {
  const shipped = new Map(base.events.map((event) => [event.id, event]));
  let overrides = [...current];
  for (const event of events) {
    const effective = applyOverrides(base, overrides).events.find((existing) => existing.id === event.id);
    if (effective !== undefined && sameCalendarEvent(effective, event)) continue;
    const original = shipped.get(event.id);
    if (original !== undefined && sameCalendarEvent(original, event)) {
      // The file holds the shipped event as shipped: drop whatever override changed or hid it.
      overrides = overrides.filter((override) => overrideTargetId(override) !== event.id);
      continue;
    }
    overrides = upsertOverride(overrides, original !== undefined ? { action: "replace", event: { ...event } } : { action: "add", event: { ...event } });
  }
  return overrides;
}

/** Readable problems with a file's events (empty when they can all be imported): validity and repeated ids. */
export function importedEventProblems(events: readonly { event: CalendarEvent; where: string }[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { event, where } of events) {
    for (const problem of validateCalendarEvent(event)) problems.push(`${where}: ${problem}`);
    const first = seen.get(event.id);
    if (first !== undefined) problems.push(`${where}: the id "${event.id}" is also the id of the event at ${first}; give each event its own id.`);
    else seen.set(event.id, where);
  }
  return problems;
}

/** Ids as the shipped calendar writes them, for events a file gives without one (docs/milestones.md). */
export function conventionalEventId(series: string, name: string, start: string): string {
  const year = start.slice(0, 4);
  const edition = new RegExp(`\\b${series}[-\\u2010-\\u2015 ]?(\\d{2})\\b`, "i").exec(name);
  if (["WTSA", "PP", "WTDC", "GSS", "WCIT", "WRC", "RA", "WTPF"].includes(series)) return `${series}-${edition?.[1] ?? year.slice(2)}`;
  if (series === "Council") return `C${year.slice(2)}`;
  if (series === "TSAG") return `TSAG-${start.slice(0, 7)}`;
  return `${series}-${start}`;
}
