/**
 * Calendar files (src/calendar-file): the add-in's export read back gives the same events (iCalendar and JSON); a
 * calendar written by another application (time zones, exclusive DTEND, DURATION, repeating, cancelled and unrelated
 * events) is read as the shipped calendar would write it; bad files are refused with the line, and nothing is read.
 */
import { defaultCalendar, type CalendarEvent } from "../../src/domain/calendar";
import { describeProblem, readCalendarFile, writeCalendarFile, type CalendarFileRead } from "../../src/calendar-file/calendar-file";

const NOW = new Date("2026-01-15T10:00:00Z");

function events(read: CalendarFileRead): CalendarEvent[] {
  if (!read.ok) throw new Error(read.problems.map(describeProblem).join("\n"));
  return read.events.map((each) => each.event);
}

function problems(read: CalendarFileRead): string[] {
  if (read.ok) throw new Error("the file was read");
  return read.problems.map(describeProblem);
}

const crlf = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

describe("round trip: export, then import, gives the same events", () => {
  const shipped = defaultCalendar().events;
  const tricky: CalendarEvent = {
    id: "X-1", series: "TSAG", name: "TSAG; Geneva, \"hybrid\" \\ remote", start: "2026-01-01", end: "2026-02-28", precision: "month",
    source: "TTC blog: \"5月30日(火)から6月3日(金)まで\"; a line long enough to be folded several times by the writer, with commas, semicolons; and a backslash \\ too",
  };

  test.each(["ics", "json"] as const)("%s: the shipped calendar and an event with every special character", (format) => {
    const all = [...shipped, tricky];
    const text = writeCalendarFile(all, format, NOW);
    expect(events(readCalendarFile(text, `calendar.${format}`))).toEqual(all);
  });

  test("the .ics is valid iCalendar: VERSION, PRODID, DTSTAMP and UID on every event, all-day dates, lines folded at 75", () => {
    const text = writeCalendarFile(shipped, "ics", NOW);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nPRODID:")).toBe(true);
    expect(text).toContain("\r\nVERSION:2.0\r\n");
    const vevents = text.split("BEGIN:VEVENT").slice(1);
    expect(vevents).toHaveLength(shipped.length);
    for (const vevent of vevents) {
      expect(vevent).toMatch(/\r\nUID:[^\r]+@action-plan-calendar\r\n/);
      expect(vevent).toContain("\r\nDTSTAMP:20260115T100000Z\r\n");
      expect(vevent).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
    }
    expect(text).toContain("UID:WTSA-24@action-plan-calendar\r\nDTSTAMP:20260115T100000Z\r\nDTSTART;VALUE=DATE:20241015\r\nDTEND;VALUE=DATE:20241025\r\n");
    const withFolds = writeCalendarFile([{ ...shipped[0]!, source: "月".repeat(60) + "x".repeat(200) }], "ics", NOW);
    for (const line of [...text.split("\r\n"), ...withFolds.split("\r\n")]) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe("a calendar from another application", () => {
  const FOREIGN = crlf(
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Some meeting system//EN",
    "X-WR-TIMEZONE:Europe/Zurich",
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Zurich",
    "BEGIN:STANDARD",
    "DTSTART:19701025T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "UID:abc-1@meetings.example",
    "DTSTAMP:20251201T000000Z",
    "SUMMARY:Telecommunication Standardization Advisory Group (TSAG)",
    "LOCATION:Geneva",
    "DTSTART;TZID=Europe/Zurich:20260119T093000",
    "DTEND;TZID=Europe/Zurich:20260123T173000",
    "URL:https://www.itu.int/go/tsag",
    "BEGIN:VALARM",
    "TRIGGER:-PT15M",
    "DTSTART:20000101T000000",
    "ACTION:DISPLAY",
    "END:VALARM",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:abc-2@meetings.example",
    "SUMMARY:World Telecommunication Standardization Assembly (WTSA-28)",
    "DTSTART;VALUE=DATE:20281009",
    "DTEND;VALUE=DATE:20281020",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:abc-3@meetings.example",
    "SUMMARY:ITU Council 2027",
    // 22:30 UTC on 14 June is 00:30 on 15 June in Geneva: the dates are the calendar's local ones (ends 24 June, 18:30).
    "DTSTART:20270614T223000Z",
    "DURATION:P9DT18H",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:abc-4@meetings.example",
    "SUMMARY:ITU Council 2027\\, additional session",
    "DTSTART;VALUE=DATE:20271020",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:abc-5@meetings.example",
    "SUMMARY:Council Working Group on WSIS",
    "DTSTART;VALUE=DATE:20270201",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:abc-6@meetings.example",
    "SUMMARY:Weekly TSAG management call",
    "DTSTART:20260105T120000Z",
    "RRULE:FREQ=WEEKLY",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:abc-7@meetings.example",
    "SUMMARY:TSAG meeting (postponed)",
    "STATUS:CANCELLED",
    "DTSTART;VALUE=DATE:20260601",
    "END:VEVENT",
    "END:VCALENDAR",
  );

  const read = readCalendarFile(FOREIGN, "itu.ics");

  test("events of the bodies milestones name, with the shipped calendar's ids, whole days, local dates", () => {
    expect(events(read)).toEqual([
      { id: "TSAG-2026-01", series: "TSAG", name: "Telecommunication Standardization Advisory Group (TSAG), Geneva", start: "2026-01-19", end: "2026-01-23", precision: "day", source: "itu.ics, https://www.itu.int/go/tsag (UID abc-1@meetings.example)" },
      { id: "WTSA-28", series: "WTSA", name: "World Telecommunication Standardization Assembly (WTSA-28)", start: "2028-10-09", end: "2028-10-19", precision: "day", source: "itu.ics (UID abc-2@meetings.example)" },
      { id: "C27", series: "Council", name: "ITU Council 2027", start: "2027-06-15", end: "2027-06-24", precision: "day", source: "itu.ics (UID abc-3@meetings.example)" },
      { id: "C27-2", series: "Council", name: "ITU Council 2027, additional session", start: "2027-10-20", end: "2027-10-20", precision: "day", source: "itu.ics (UID abc-4@meetings.example)" },
    ]);
  });

  test("the others are left out, each with its reason and line", () => {
    expect(read.ok && read.skipped.map((each) => [each.line, each.title, each.reason.split(" ")[0]])).toEqual([
      [44, "Council Working Group on WSIS", "its"],
      [49, "Weekly TSAG management call", "it"],
      [55, "TSAG meeting (postponed)", "it"],
    ]);
    expect(read.ok && read.skipped[1]!.reason).toContain("RRULE");
    expect(read.ok && read.skipped[2]!.reason).toBe("it is cancelled");
  });

  test("LF line ends, folded lines and a byte-order mark read the same", () => {
    const lf = `\uFEFF${FOREIGN.replace(/\r\n/g, "\n").replace("SUMMARY:ITU Council 2027\n", "SUMMARY:ITU Coun\n cil 2027\n")}`;
    expect(events(readCalendarFile(lf, "itu.ics"))).toEqual(events(read));
  });
});

describe("bad files are refused with the line, and nothing is read", () => {
  const event = (...lines: string[]) => crlf("BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:1", "SUMMARY:TSAG meeting", ...lines, "END:VEVENT", "END:VCALENDAR");

  test.each([
    ["a bad date", event("DTSTART;VALUE=DATE:20251345"), ['Line 6: DTSTART "20251345" is not a date (YYYYMMDD).']],
    ["a date-time that is not one", event("DTSTART:2025-06-01"), ["Line 6: DTSTART is not a date or a date-time (YYYYMMDD or YYYYMMDDTHHMMSS)."]],
    ["no DTSTART", event("DTEND;VALUE=DATE:20250602"), ['Line 3: The event "TSAG meeting" has no DTSTART, so it has no date.']],
    ["DTEND before DTSTART", event("DTSTART;VALUE=DATE:20250601", "DTEND;VALUE=DATE:20250601"), ["Line 7: DTEND 2025-06-01 is not after DTSTART 2025-06-01."]],
    ["a bad DURATION", event("DTSTART;VALUE=DATE:20250601", "DURATION:five days"), ["Line 7: DURATION is not a duration (e.g. P5D)."]],
    ["not a content line", crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "this is not iCalendar", "END:VEVENT", "END:VCALENDAR"), ['Line 3: "this is not iCalendar" is not an iCalendar content line (NAME:value).']],
    ["an END that closes the wrong BEGIN", crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250601", "END:VCALENDAR"), ["Line 4: END:VCALENDAR closes BEGIN:VEVENT of line 2."]],
    ["a file that ends inside an event", crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250601"), ["Line 2: BEGIN:VEVENT is never closed: the file ends before END:VEVENT."]],
    ["not iCalendar at all", "Subject: TSAG\nThe meeting is in June.\n", ['Line 1: This is neither an iCalendar file (.ics, beginning with BEGIN:VCALENDAR) nor the add-in\'s JSON calendar: it begins with "Subject: TSAG".']],
    ["an empty file", "  \n", ["The file is empty: a calendar file is an iCalendar file (.ics) or the add-in's JSON."]],
  ])("%s", (_what, text, expected) => {
    expect(problems(readCalendarFile(text, "bad.ics"))).toEqual(expected);
  });

  test("every bad event is listed, and the good ones are not read either", () => {
    const text = crlf(
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT", "SUMMARY:TSAG meeting", "DTSTART;VALUE=DATE:20260601", "END:VEVENT",
      "BEGIN:VEVENT", "SUMMARY:TSAG meeting", "DTSTART;VALUE=DATE:20260231", "END:VEVENT",
      "BEGIN:VEVENT", "SUMMARY:ITU Council 2027", "END:VEVENT",
      "END:VCALENDAR",
    );
    expect(problems(readCalendarFile(text, "bad.ics"))).toEqual(['Line 8: DTSTART "20260231" is not a date (YYYYMMDD).', 'Line 10: The event "ITU Council 2027" has no DTSTART, so it has no date.']);
  });

  test("10 MB of junk: refused by its size, before any parsing", () => {
    const junk = "x".repeat(10 * 1024 * 1024);
    expect(problems(readCalendarFile(junk, "junk.ics"))).toEqual(["The file is 10.0 MB; a calendar file can be at most 4.0 MB. Is it the right file?"]);
    const small = `BEGIN:VCALENDAR\r\n${"garbage".repeat(1000)}`;
    expect(problems(readCalendarFile(small, "junk.ics"))[0]).toMatch(/^Line 2: "garbagegarbage.*" is not an iCalendar content line/);
  });

  test("an add-in event that is invalid (month precision not on whole months) or two with one id", () => {
    const own = (id: string, start: string) => ["BEGIN:VEVENT", `X-ACTION-PLAN-ID:${id}`, "SUMMARY:TSAG", `DTSTART;VALUE=DATE:${start}`, "X-ACTION-PLAN-PRECISION:month", "X-ACTION-PLAN-SOURCE:x", "END:VEVENT"];
    const text = crlf("BEGIN:VCALENDAR", ...own("A", "20260115"), ...own("B", "20260101"), ...own("B", "20260301"), "END:VCALENDAR");
    expect(problems(readCalendarFile(text, "own.ics"))).toEqual([
      "Line 2: Event \"A\": at month precision the start must be the first day of a month.",
      "Line 2: Event \"A\": at month precision the end must be the last day of a month.",
      "Line 9: Event \"B\": at month precision the end must be the last day of a month.",
      "Line 16: Event \"B\": at month precision the end must be the last day of a month.",
      'Line 16: the id "B" is also the id of the event at line 9; give each event its own id.',
    ]);
  });

  test("JSON: a syntax error, an event that is not valid, an unknown field, a repeated id, each with its line", () => {
    expect(problems(readCalendarFile('{\n  "format": "action-plan-calendar",\n  "events": [,]\n}', "c.json"))[0]).toMatch(/^Line 3: The file is not valid JSON, near ",]"\.$/);
    const text = writeCalendarFile([defaultCalendar().events[0]!, { ...defaultCalendar().events[1]!, start: "2016-02-30" }, defaultCalendar().events[0]!], "json", NOW);
    expect(problems(readCalendarFile(text, "c.json"))).toEqual([
      'Line 14: Event "WTSA-16": start "2016-02-30" is not a date written YYYY-MM-DD.',
      'Line 23: the id "GSS-16" is also the id of the event at line 5; give each event its own id.',
    ]);
    expect(problems(readCalendarFile('{"format":"action-plan-calendar","version":1,"events":[],"extra":1}', "c.json"))).toEqual(['Line 1: Unknown field "extra".']);
    expect(problems(readCalendarFile('{"events":[]}', "c.json"))[0]).toContain('it needs "format": "action-plan-calendar"');
  });
});
