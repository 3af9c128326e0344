/**
 * The event calendar milestones are resolved against: shipped defaults (calendar-data.ts) with the
 * user's overrides layered on top. Defaults are never edited: removing an override restores them.
 */
import { compareIsoDates, parseIsoDate, daysInMonth } from "./dates";

export type CalendarPrecision = "day" | "month";

export interface CalendarEvent {
  /** Stable id ("WTSA-20", "C21", "TSAG-2022-01"); overrides address events by it. */
  id: string;
  series: "WTSA" | "TSAG" | "Council" | "PP" | "SG" | "WTDC" | "GSS" | string;
  /** For a person: "WTSA-20, Geneva". */
  name: string;
  /** ISO "YYYY-MM-DD". At month precision the first day of the first month. */
  start: string;
  /** ISO "YYYY-MM-DD", on or after start. At month precision the last day of the last month. */
  end: string;
  /** "month" when only the month is known (the dates then span whole months). */
  precision: CalendarPrecision;
  /** Where the dates come from: a quote of the plan, or "ITU public calendar". */
  source: string;
}

export interface Calendar {
  events: CalendarEvent[];
}

/** A user change to the calendar: add an event, replace a default one (same id), or hide one. */
export type CalendarOverride =
  | { action: "add"; event: CalendarEvent }
  | { action: "replace"; event: CalendarEvent }
  | { action: "hide"; id: string };

export { defaultCalendar } from "./calendar-data";

const EVENT_KEYS = ["id", "series", "name", "start", "end", "precision", "source"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Readable problems with an event (empty when it is valid). Accepts anything, e.g. parsed JSON. */
export function validateCalendarEvent(event: unknown): string[] {
  if (!isRecord(event)) return ["A calendar event must be an object with id, series, name, start, end, precision and source."];
  const label = typeof event.id === "string" && event.id.trim() ? `Event "${event.id}"` : "The event";
  const problems: string[] = [];
  for (const key of Object.keys(event)) {
    if (!(EVENT_KEYS as readonly string[]).includes(key)) problems.push(`${label} has an unknown field "${key}".`);
  }
  for (const key of ["id", "series", "name", "source"] as const) {
    const value = event[key];
    if (typeof value !== "string" || value.trim() === "") problems.push(`${label} needs a non-empty ${key}.`);
    else if (value !== value.trim()) problems.push(`${label}: ${key} has spaces at its start or end.`);
  }
  const precision = event.precision;
  if (precision !== "day" && precision !== "month") problems.push(`${label}: precision must be "day" or "month".`);
  const start = typeof event.start === "string" ? parseIsoDate(event.start) : null;
  const end = typeof event.end === "string" ? parseIsoDate(event.end) : null;
  if (!start) problems.push(`${label}: start ${JSON.stringify(event.start ?? null)} is not a date written YYYY-MM-DD.`);
  if (!end) problems.push(`${label}: end ${JSON.stringify(event.end ?? null)} is not a date written YYYY-MM-DD.`);
  if (start && end && compareIsoDates(event.end as string, event.start as string) < 0) {
    problems.push(`${label}: end ${event.end as string} is before start ${event.start as string}.`);
  }
  if (precision === "month" && start && start.day !== 1) problems.push(`${label}: at month precision the start must be the first day of a month.`);
  if (precision === "month" && end && end.day !== daysInMonth(end.year, end.month)) {
    problems.push(`${label}: at month precision the end must be the last day of a month.`);
  }
  return problems;
}

export function overrideTargetId(override: CalendarOverride): string {
  return override.action === "hide" ? override.id : override.event.id;
}

function byStart(a: CalendarEvent, b: CalendarEvent): number {
  return compareIsoDates(a.start, b.start) || compareIsoDates(a.end, b.end) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The calendar the user sees: `base` with the overrides applied in order (a later override for the
 * same id wins). An override whose event is invalid changes nothing; "add" of an existing id and
 * "replace" of an unknown id both set the event (the user's entry is kept). `overrideProblems` says why.
 */
export function applyOverrides(base: Calendar, overrides: readonly CalendarOverride[]): Calendar {
  const events = new Map(base.events.map((event) => [event.id, event]));
  for (const override of overrides) {
    if (override.action === "hide") events.delete(override.id);
    else if (validateCalendarEvent(override.event).length === 0) events.set(override.event.id, { ...override.event });
  }
  return { events: [...events.values()].sort(byStart) };
}

/** Readable notes on overrides that were skipped or did something other than their action says. */
export function overrideProblems(base: Calendar, overrides: readonly CalendarOverride[]): string[] {
  const ids = new Set(base.events.map((event) => event.id));
  const problems: string[] = [];
  for (const override of overrides) {
    const id = overrideTargetId(override);
    if (override.action === "hide") {
      if (!ids.has(id)) problems.push(`Hiding "${id}" changes nothing: the calendar has no such event.`);
      ids.delete(id);
      continue;
    }
    const invalid = validateCalendarEvent(override.event);
    if (invalid.length > 0) {
      problems.push(`The override for "${id}" was not applied: ${invalid.join(" ")}`);
      continue;
    }
    if (override.action === "add" && ids.has(id)) problems.push(`"${id}" already exists: the added event replaces it.`);
    if (override.action === "replace" && !ids.has(id)) problems.push(`"${id}" is not in the calendar: the replacement was added as a new event.`);
    ids.add(id);
  }
  return problems;
}

/** The overrides with `override` in place of any earlier override for the same event id. */
export function upsertOverride(overrides: readonly CalendarOverride[], override: CalendarOverride): CalendarOverride[] {
  const id = overrideTargetId(override);
  return [...overrides.filter((existing) => overrideTargetId(existing) !== id), override];
}

/** The overrides without those for event `id`: a default event comes back as shipped. */
export function removeOverride(overrides: readonly CalendarOverride[], id: string): CalendarOverride[] {
  return overrides.filter((existing) => overrideTargetId(existing) !== id);
}

const seriesIndexCache = new WeakMap<Calendar, Map<string, CalendarEvent[]>>();

/** Usable events (valid dates, end ≥ start) grouped by lower-case series, each sorted by start. Cached per calendar object. */
function seriesIndex(calendar: Calendar): Map<string, CalendarEvent[]> {
  const cached = seriesIndexCache.get(calendar);
  if (cached) return cached;
  const index = new Map<string, CalendarEvent[]>();
  for (const event of calendar.events) {
    if (typeof event.series !== "string" || !parseIsoDate(event.start) || !parseIsoDate(event.end) || event.end < event.start) continue;
    const key = event.series.toLowerCase();
    const events = index.get(key);
    if (events) events.push(event);
    else index.set(key, [event]);
  }
  for (const events of index.values()) events.sort(byStart);
  seriesIndexCache.set(calendar, index);
  return index;
}

/** Events of a series (case-insensitive), earliest first. Events with unusable dates are left out. */
export function seriesEvents(calendar: Calendar, series: string): CalendarEvent[] {
  return seriesIndex(calendar).get(series.toLowerCase()) ?? [];
}

export function findEventById(calendar: Calendar, id: string): CalendarEvent | undefined {
  return calendar.events.find((event) => event.id.toLowerCase() === id.toLowerCase());
}

/**
 * The event "SERIES YEAR" means. An edition id wins ("WTSA-20" is the assembly numbered 20 even
 * though it met in 2022); otherwise the last event of the series starting in that year (docs/milestones.md).
 */
export function findEdition(calendar: Calendar, series: string, year: number): CalendarEvent | undefined {
  const events = seriesEvents(calendar, series);
  const editionIds = [`${series}-${String(year % 100).padStart(2, "0")}`, `${series}-${year}`].map((id) => id.toLowerCase());
  const edition = events.find((event) => editionIds.includes(event.id.toLowerCase()));
  if (edition) return edition;
  return events.filter((event) => event.start.startsWith(`${String(year).padStart(4, "0")}-`)).at(-1);
}
