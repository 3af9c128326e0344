/**
 * Calendar events → an iCalendar file (RFC 5545) written by ical.js (escaping, line folding): one all-day VEVENT per
 * event, DTEND exclusive (the day after the last day), CATEGORIES the series, and the add-in's own fields as
 * X-ACTION-PLAN-ID, -SERIES, -PRECISION and -SOURCE, so that reading the file back (ics-reader.ts) gives the same
 * events. Any calendar application can show the file; the X- properties are ignored there.
 */
import ICAL from "ical.js";
import type { CalendarEvent } from "../domain/calendar";
import { addDays } from "../domain/dates";
import { UID_DOMAIN } from "./ics-reader";

export const ICS_PRODID = "-//ITU-T action plan add-in//Calendar export//EN";

function textProperty(name: string, value: string): InstanceType<typeof ICAL.Property> {
  const property = new ICAL.Property(name);
  property.resetType("text");
  property.setValue(value);
  return property;
}

/** `now` stamps the events (DTSTAMP, required by RFC 5545); pass a fixed one for reproducible files. */
export function writeIcs(events: readonly CalendarEvent[], now: Date): string {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.updatePropertyWithValue("prodid", ICS_PRODID);
  calendar.updatePropertyWithValue("version", "2.0");
  calendar.updatePropertyWithValue("calscale", "GREGORIAN");
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const event of events) {
    const vevent = new ICAL.Component("vevent");
    vevent.updatePropertyWithValue("uid", `${event.id}@${UID_DOMAIN}`);
    vevent.updatePropertyWithValue("dtstamp", stamp);
    vevent.updatePropertyWithValue("dtstart", ICAL.Time.fromDateString(event.start));
    vevent.updatePropertyWithValue("dtend", ICAL.Time.fromDateString(addDays(event.end, 1)));
    vevent.addProperty(textProperty("summary", event.name));
    vevent.addProperty(textProperty("categories", event.series));
    vevent.addProperty(textProperty("x-action-plan-id", event.id));
    vevent.addProperty(textProperty("x-action-plan-series", event.series));
    vevent.addProperty(textProperty("x-action-plan-precision", event.precision));
    vevent.addProperty(textProperty("x-action-plan-source", event.source));
    calendar.addSubcomponent(vevent);
  }
  // ical.js folds after foldLength octets and puts the continuation's space on top, so a folded line would be 76
  // octets; RFC 5545 (3.1) wants 75 at most, space included.
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}
