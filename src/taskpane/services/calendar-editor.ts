/**
 * The calendar editor as data: the rows it lists (shipped events, changed, added, and shipped ones deleted, so a
 * default is never lost: it can be reset), the form's fields, the event they make and the override that stores it,
 * and the domain's validateCalendarEvent problems placed on the field they are about.
 */
import { applyOverrides, overrideTargetId, validateCalendarEvent, type Calendar, type CalendarEvent, type CalendarOverride, type CalendarPrecision } from "../../domain/calendar";
import { compareIsoDates } from "../../domain/dates";

export type EventOrigin = "shipped" | "changed" | "added" | "hidden";

export interface CalendarRow {
  /** The event as the calendar has it (for a deleted shipped event: the shipped one). */
  event: CalendarEvent;
  origin: EventOrigin;
  /** The shipped event with this id, when there is one (what "Reset to default" brings back). */
  shipped: CalendarEvent | null;
}

function sameEvent(a: CalendarEvent, b: CalendarEvent): boolean {
  return a.id === b.id && a.series === b.series && a.name === b.name && a.start === b.start && a.end === b.end && a.precision === b.precision && a.source === b.source;
}

/** Every event of the calendar in use, and the shipped ones the overrides hide, by start date. */
export function calendarRows(base: Calendar, overrides: readonly CalendarOverride[]): CalendarRow[] {
  const shipped = new Map(base.events.map((event) => [event.id, event]));
  const effective = applyOverrides(base, overrides).events;
  const shown = new Set(effective.map((event) => event.id));
  const rows: CalendarRow[] = effective.map((event) => {
    const original = shipped.get(event.id) ?? null;
    return { event, origin: original === null ? "added" : sameEvent(original, event) ? "shipped" : "changed", shipped: original };
  });
  for (const event of base.events) if (!shown.has(event.id)) rows.push({ event, origin: "hidden", shipped: event });
  return rows.sort((a, b) => compareIsoDates(a.event.start, b.event.start) || compareIsoDates(a.event.end, b.event.end) || a.event.id.localeCompare(b.event.id));
}

export interface EventFields {
  name: string;
  series: string;
  start: string;
  end: string;
  precision: CalendarPrecision;
  source: string;
}

export const EMPTY_EVENT_FIELDS: EventFields = { name: "", series: "", start: "", end: "", precision: "day", source: "" };

export function fieldsOf(event: CalendarEvent): EventFields {
  return { name: event.name, series: event.series, start: event.start, end: event.end, precision: event.precision, source: event.source };
}

/** The event the form describes (surrounding spaces dropped: they are never meant). */
export function eventFrom(fields: EventFields, id: string): CalendarEvent {
  return { id, series: fields.series.trim(), name: fields.name.trim(), start: fields.start.trim(), end: fields.end.trim(), precision: fields.precision, source: fields.source.trim() };
}

/** An id for a new event: its series and start ("TSAG-2022-09-26"), made unique among `taken`. */
export function newEventId(fields: EventFields, taken: ReadonlySet<string>): string {
  const series = fields.series.trim().replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "Event";
  const start = fields.start.trim().replace(/[^0-9-]+/g, "") || "new";
  const stem = `${series}-${start}`;
  let id = stem;
  for (let count = 2; taken.has(id); count += 1) id = `${stem}-${count}`;
  return id;
}

/** The override that stores `event`: a replacement of the shipped event with its id, else an added event. */
export function overrideFor(event: CalendarEvent, base: Calendar): CalendarOverride {
  return base.events.some((shipped) => shipped.id === event.id) ? { action: "replace", event } : { action: "add", event };
}

/** The override that deletes event `id`: hiding a shipped one, or dropping the override that added it. */
export function deleteEvent(overrides: readonly CalendarOverride[], id: string, base: Calendar): CalendarOverride[] {
  const rest = overrides.filter((override) => overrideTargetId(override) !== id);
  return base.events.some((event) => event.id === id) ? [...rest, { action: "hide", id }] : rest;
}

export type EventFieldErrors = Partial<Record<keyof EventFields | "form", string>>;

const FIELD_OF_PROBLEM: readonly [RegExp, keyof EventFields][] = [
  [/^precision must be/i, "precision"],
  [/^at month precision the start/i, "start"],
  [/^at month precision the end/i, "end"],
  [/^start\b/i, "start"],
  [/^end\b/i, "end"],
];

/** validateCalendarEvent's problems, each on the field it is about (the first per field), without the event's id. */
export function eventFieldErrors(event: CalendarEvent): EventFieldErrors {
  const errors: EventFieldErrors = {};
  for (const problem of validateCalendarEvent(event)) {
    const text = problem.replace(/^(?:Event "[^"]*"|The event):?\s*/, "");
    const sentence = text.charAt(0).toUpperCase() + text.slice(1);
    const named = /needs a non-empty (\w+)|^(\w+) has spaces/.exec(text);
    const namedField = (named?.[1] ?? named?.[2]) as keyof EventFields | "id" | undefined;
    const field = FIELD_OF_PROBLEM.find(([pattern]) => pattern.test(text))?.[1] ?? (namedField && namedField !== "id" ? namedField : "form");
    errors[field] ??= sentence;
  }
  return errors;
}

export function hasEventErrors(errors: EventFieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}
