/**
 * An iCalendar file → calendar events. Structure and line numbers from ics-lines.ts; each property value decoded by
 * ical.js (escapes, parameters, value types); dates checked here, since ical.js reads "20251345" as "2025-13-45".
 * Events are whole days: DTEND of an all-day event is exclusive (RFC 5545, 3.6.1), a date-time keeps its written date
 * (TZID or floating) or, in UTC, the date in the calendar's X-WR-TIMEZONE when it names one, else in UTC.
 * The add-in's own fields travel as X-ACTION-PLAN-ID, -SERIES, -PRECISION and -SOURCE (ics-writer.ts); another
 * calendar's events get their series from CATEGORIES or the title (calendar-series.ts) and an id as the shipped
 * calendar writes them (calendar-import.ts). Events of no known series, repeating (RRULE) or cancelled are left out.
 */
import ICAL from "ical.js";
import type { CalendarEvent } from "../domain/calendar";
import { conventionalEventId, importedEventProblems } from "../domain/calendar-import";
import { seriesOfEvent } from "../domain/calendar-series";
import { addDays, compareIsoDates, isValidIsoDate } from "../domain/dates";
import { refused, type CalendarFileProblem, type CalendarFileRead, type FileEvent, type SkippedFileEvent } from "./file-problems";
import { readIcsStructure, type ContentLine, type RawEvent } from "./ics-lines";

/** UIDs the add-in writes: `<event id>@action-plan-calendar`. */
export const UID_DOMAIN = "action-plan-calendar";

class EventProblem extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

interface Decoded {
  line: number;
  type: string;
  params: Record<string, unknown>;
  values: unknown[];
}

function decode(property: ContentLine): Decoded {
  let jcal: unknown[];
  try {
    jcal = ICAL.parse.property(property.text) as unknown[];
  } catch (error) {
    throw new EventProblem(property.line, `${property.name} cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  return { line: property.line, params: (jcal[1] ?? {}) as Record<string, unknown>, type: String(jcal[2]), values: jcal.slice(3) };
}

/** ical.js leaves X- properties without VALUE=TEXT undecoded: undo the TEXT escapes (RFC 5545, 3.3.11). */
function textOf(decoded: Decoded): string {
  const raw = decoded.values.map(String).join(",");
  return decoded.type === "unknown" ? raw.replace(/\\([\\;,nN])/g, (_all, char: string) => (char === "n" || char === "N" ? "\n" : char)) : raw;
}

/** Local date and time of a UTC instant in `zone` (IANA), or in UTC when there is no zone or it is unknown. */
function inZone(utcDate: string, utcTime: string, zone: string | null): { date: string; time: string } {
  if (zone === null) return { date: utcDate, time: utcTime };
  try {
    const parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(`${utcDate}T${utcTime}Z`));
    const part = (type: string) => parts.find((each) => each.type === type)?.value ?? "00";
    return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}:${part("second")}` };
  } catch {
    return { date: utcDate, time: utcTime };
  }
}

interface When {
  date: string;
  /** "00:00:00" for a date; the written time of a date-time. */
  time: string;
  isDate: boolean;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(Z?)$/;

function when(decoded: Decoded, name: string, zone: string | null): When {
  const value = String(decoded.values[0] ?? "");
  if (decoded.type === "date") {
    if (!isValidIsoDate(value)) throw new EventProblem(decoded.line, `${name} ${JSON.stringify(value.replace(/-/g, ""))} is not a date (YYYYMMDD).`);
    return { date: value, time: "00:00:00", isDate: true };
  }
  const match = DATE_TIME.exec(value);
  if (decoded.type !== "date-time" || !match || !isValidIsoDate(match[1]!)) {
    throw new EventProblem(decoded.line, `${name} is not a date or a date-time (YYYYMMDD or YYYYMMDDTHHMMSS).`);
  }
  const local = match[3] === "Z" ? inZone(match[1]!, match[2]!, zone) : { date: match[1]!, time: match[2]! };
  return { ...local, isDate: false };
}

/** The last day of the event: DTEND is exclusive for dates, and a date-time ending at midnight ends the day before. */
function lastDay(start: When, props: Map<string, ContentLine>, zone: string | null): string {
  const dtend = props.get("DTEND");
  const duration = props.get("DURATION");
  if (dtend !== undefined) {
    const end = when(decode(dtend), "DTEND", zone);
    const order = compareIsoDates(end.date, start.date);
    if (order < 0 || (end.isDate && order === 0)) throw new EventProblem(dtend.line, `DTEND ${end.date} is not after DTSTART ${start.date}.`);
    return order > 0 && (end.isDate || end.time === "00:00:00") ? addDays(end.date, -1) : end.date;
  }
  if (duration !== undefined) {
    const decoded = decode(duration);
    let seconds: number;
    try {
      seconds = ICAL.Duration.fromString(String(decoded.values[0] ?? "")).toSeconds();
    } catch {
      throw new EventProblem(duration.line, "DURATION is not a duration (e.g. P5D).");
    }
    if (!Number.isFinite(seconds) || seconds < 0) throw new EventProblem(duration.line, "DURATION is not a positive duration (e.g. P5D).");
    const [hours, minutes, secs] = start.time.split(":").map(Number) as [number, number, number];
    const endSeconds = hours * 3600 + minutes * 60 + secs + seconds;
    // The end is exclusive: an event ending exactly at midnight ends the day before.
    const days = seconds === 0 ? 0 : Math.ceil(endSeconds / 86400) - 1;
    return addDays(start.date, days);
  }
  return start.date;
}

function calendarZone(calendarProperties: readonly ContentLine[]): string | null {
  const property = calendarProperties.find((candidate) => candidate.name === "X-WR-TIMEZONE");
  if (property === undefined) return null;
  const zone = property.text.slice(property.text.indexOf(":") + 1).trim();
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

type Mapped = { kind: "event"; event: CalendarEvent; explicitId: boolean } | { kind: "skipped"; title: string; reason: string };

function mapEvent(raw: RawEvent, fileName: string, zone: string | null): Mapped {
  const props = new Map<string, ContentLine>();
  for (const property of raw.properties) if (!props.has(property.name)) props.set(property.name, property);
  const text = (name: string): string | null => {
    const property = props.get(name);
    return property === undefined ? null : textOf(decode(property)).trim();
  };
  const title = text("SUMMARY") ?? "";
  if (props.has("RRULE") || props.has("RDATE")) return { kind: "skipped", title, reason: "it repeats (RRULE): list each meeting as its own event" };
  if ((text("STATUS") ?? "").toUpperCase() === "CANCELLED") return { kind: "skipped", title, reason: "it is cancelled" };
  const dtstart = props.get("DTSTART");
  if (dtstart === undefined) throw new EventProblem(raw.line, `The event${title ? ` "${title}"` : ""} has no DTSTART, so it has no date.`);
  const categories = props.has("CATEGORIES") ? decode(props.get("CATEGORIES")!).values.map(String) : [];
  const series = text("X-ACTION-PLAN-SERIES") ?? seriesOfEvent(title, categories);
  if (series === null) return { kind: "skipped", title, reason: "its title names none of the bodies milestones name (WTSA, TSAG, Council, PP, WTDC, GSS, SG…)" };
  const start = when(decode(dtstart), "DTSTART", zone);
  const end = lastDay(start, props, zone);
  const uid = text("UID");
  const ownId = text("X-ACTION-PLAN-ID") ?? (uid?.endsWith(`@${UID_DOMAIN}`) ? uid.slice(0, -UID_DOMAIN.length - 1) : null);
  const location = text("LOCATION");
  const name = ownId === null && location && !title.includes(location) ? `${title}, ${location}` : title;
  const url = text("URL");
  const source = text("X-ACTION-PLAN-SOURCE") ?? `${fileName}${url ? `, ${url}` : ""}${uid ? ` (UID ${uid})` : ""}`;
  const precision = (text("X-ACTION-PLAN-PRECISION") ?? "day").toLowerCase() === "month" ? "month" : "day";
  const id = ownId ?? conventionalEventId(series, title, start.date);
  return { kind: "event", explicitId: ownId !== null, event: { id, series, name, start: start.date, end, precision, source } };
}

/** Reads an .ics text; `fileName` names the file in the sources of events that carry none. */
export function readIcs(text: string, fileName: string): CalendarFileRead {
  const structure = readIcsStructure(text);
  if (!structure.ok) return refused([structure.problem]);
  const zone = calendarZone(structure.calendarProperties);
  const events: FileEvent[] = [];
  const skipped: SkippedFileEvent[] = [];
  const problems: CalendarFileProblem[] = [];
  const derivedIds = new Set<string>();
  for (const raw of structure.events) {
    let mapped: Mapped;
    try {
      mapped = mapEvent(raw, fileName, zone);
    } catch (error) {
      if (!(error instanceof EventProblem)) throw error;
      problems.push({ line: error.line, message: error.message });
      continue;
    }
    if (mapped.kind === "skipped") {
      skipped.push({ line: raw.line, title: mapped.title, reason: mapped.reason });
      continue;
    }
    let event = mapped.event;
    // Two events another calendar names alike (two Council sessions in a year) get ids of their own; ids the file
    // gives explicitly must be unique (importedEventProblems says so).
    if (!mapped.explicitId) {
      let id = event.id;
      for (let count = 2; derivedIds.has(id); count += 1) id = `${event.id}-${count}`;
      derivedIds.add(id);
      event = { ...event, id };
    }
    events.push({ event, line: raw.line });
  }
  problems.push(
    ...importedEventProblems(events.map(({ event, line }) => ({ event, where: `line ${line}` }))).map((message) => {
      const line = /^line (\d+): /.exec(message);
      return line ? { line: Number(line[1]), message: message.slice(line[0].length) } : { message };
    }),
  );
  if (problems.length > 0) return refused(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return { ok: true, format: "ics", events, skipped };
}
