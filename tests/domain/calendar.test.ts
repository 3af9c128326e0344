import fc from "fast-check";
import {
  applyOverrides,
  defaultCalendar,
  findEdition,
  findEventById,
  overrideProblems,
  removeOverride,
  seriesEvents,
  upsertOverride,
  validateCalendarEvent,
  type Calendar,
  type CalendarEvent,
  type CalendarOverride,
} from "../../src/domain/calendar";
import { parseCalendarOverrides, serializeCalendarOverrides } from "../../src/domain/calendar-overrides-json";
import { addDays, endOfMonth } from "../../src/domain/dates";
import { readSeedText } from "../../src/fixture/seed-file";

const seed = readSeedText();

function event(overrides: Partial<CalendarEvent> & { id: string }): CalendarEvent {
  return { series: "TSAG", name: `Event ${overrides.id}`, start: "2022-05-02", end: "2022-05-06", precision: "day", source: "test", ...overrides };
}

function ids(calendar: Calendar): string[] {
  return calendar.events.map((e) => e.id);
}

describe("default calendar", () => {
  const calendar = defaultCalendar();

  test("every event is valid and ids are unique", () => {
    for (const e of calendar.events) expect(validateCalendarEvent(e)).toEqual([]);
    expect(new Set(ids(calendar)).size).toBe(calendar.events.length);
  });

  test("quotes of the plan in `source` are verbatim text of the plan", () => {
    const quoted = calendar.events.filter((e) => e.source.startsWith("Plan"));
    expect(quoted.length).toBeGreaterThanOrEqual(12);
    for (const e of quoted) {
      const quotes = [...e.source.matchAll(/"([^"]+)"/g)].flatMap((match) => match[1]!.split(" … "));
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect({ id: e.id, found: seed.includes(quote) }).toEqual({ id: e.id, found: true });
    }
    // Every other entry names where its dates come from: the ITU public calendar (older entries), or a public page
    // by its address with the passage quoted.
    for (const e of calendar.events.filter((other) => !other.source.startsWith("Plan"))) {
      expect({ id: e.id, source: e.source }).toEqual({ id: e.id, source: expect.stringMatching(/^ITU public calendar|^(?=[\s\S]*https?:\/\/)[\s\S]*"[^"]+"/) });
    }
  });

  test("WTSA-20 is the final Geneva dates the plan gives, not the Hyderabad plans", () => {
    expect(findEventById(calendar, "WTSA-20")).toMatchObject({ start: "2022-03-01", end: "2022-03-09", precision: "day" });
    expect(findEventById(calendar, "WTSA-20")!.source).toContain("item 01-01");
    expect(findEventById(calendar, "WTSA-16")).toMatchObject({ start: "2016-10-25", end: "2016-11-03" });
    expect(findEventById(calendar, "PP-18")).toMatchObject({ start: "2018-10-29", end: "2018-11-16" });
    expect(findEventById(calendar, "PP-22")).toMatchObject({ start: "2022-09-26", end: "2022-10-14" });
  });

  test("TSAG meetings 2017–2025, day precision only where a source states days", () => {
    const tsag = seriesEvents(calendar, "TSAG");
    expect(tsag.map((e) => e.start.slice(0, 7))).toEqual([
      "2017-05", "2018-02", "2018-12", "2019-09", "2020-02", "2020-09", "2021-01", "2021-10", "2022-01",
      "2022-12", "2023-05", "2024-01", "2024-07", "2025-05",
    ]);
    expect(tsag.filter((e) => e.precision === "day").map((e) => e.id)).toEqual(["TSAG-2018-02", "TSAG-2022-12", "TSAG-2023-05", "TSAG-2024-01", "TSAG-2024-07", "TSAG-2025-05"]);
    expect(findEventById(calendar, "TSAG-2025-05")).toMatchObject({ start: "2025-05-26", end: "2025-05-30" });
  });

  test("Council sessions 2017–2026 including the 2020 virtual consultations; 2022 ended on 30 March", () => {
    const years = seriesEvents(calendar, "council").map((e) => e.start.slice(0, 4));
    expect(years).toEqual(["2017", "2018", "2019", "2020", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(findEventById(calendar, "C22")).toMatchObject({ start: "2022-03-21", end: "2022-03-30" });
    expect(findEdition(calendar, "Council", 2026)).toMatchObject({ id: "C26", start: "2026-04-28", end: "2026-05-08" });
  });

  test("the assemblies and conferences of the 2025–2028 period, as ITU announced them", () => {
    expect(findEdition(calendar, "WTSA", 2024)).toMatchObject({ start: "2024-10-15", end: "2024-10-24", precision: "day" });
    expect(findEdition(calendar, "GSS", 2024)).toMatchObject({ start: "2024-10-14", end: "2024-10-14" });
    expect(findEdition(calendar, "WTDC", 2025)).toMatchObject({ start: "2025-11-17", end: "2025-11-28" });
    expect(findEdition(calendar, "PP", 2026)).toMatchObject({ start: "2026-11-09", end: "2026-11-27" });
    expect(findEdition(calendar, "WTDC", 2022)).toMatchObject({ start: "2022-06-06", end: "2022-06-16" });
    expect(findEdition(calendar, "WCIT", 2012)).toMatchObject({ start: "2012-12-03", end: "2012-12-14" });
  });

  test("what no public source dated is not there (never a guessed day): WTSA-28, Council 2027 and 2028, TSAG after May 2025", () => {
    expect(findEdition(calendar, "WTSA", 2028)).toBeUndefined();
    expect(findEdition(calendar, "Council", 2027)).toBeUndefined();
    expect(findEdition(calendar, "Council", 2028)).toBeUndefined();
    expect(seriesEvents(calendar, "TSAG").at(-1)?.id).toBe("TSAG-2025-05");
  });

  test("defaultCalendar returns a fresh copy each time", () => {
    const first = defaultCalendar();
    first.events[0]!.name = "changed";
    first.events.pop();
    expect(defaultCalendar().events[0]!.name).not.toBe("changed");
    expect(defaultCalendar().events.length).toBe(calendar.events.length);
  });
});

describe("lookups", () => {
  const calendar = defaultCalendar();

  test("an edition id wins over the year: WTSA 2020 is WTSA-20 even though it met in 2022", () => {
    expect(findEdition(calendar, "WTSA", 2020)?.id).toBe("WTSA-20");
    expect(findEdition(calendar, "PP", 2018)?.id).toBe("PP-18");
  });

  test("otherwise the last event of the series in that year", () => {
    expect(findEdition(calendar, "TSAG", 2021)?.id).toBe("TSAG-2021-10");
    expect(findEdition(calendar, "Council", 2020)?.id).toBe("VCC-2020-11");
    expect(findEdition(calendar, "Council", 2021)?.id).toBe("C21");
    expect(findEdition(calendar, "TSAG", 2016)).toBeUndefined();
    expect(findEdition(calendar, "Nothing", 2021)).toBeUndefined();
  });

  test("seriesEvents leaves out events with unusable dates and sorts by start", () => {
    const messy: Calendar = { events: [event({ id: "b", start: "2022-06-01", end: "2022-06-02" }), event({ id: "bad", start: "2022-13-01" }), event({ id: "a", start: "2022-01-03", end: "2022-01-04" })] };
    expect(seriesEvents(messy, "tsag").map((e) => e.id)).toEqual(["a", "b"]);
  });
});

describe("validateCalendarEvent", () => {
  test("a valid event has no problems", () => {
    expect(validateCalendarEvent(event({ id: "x" }))).toEqual([]);
    expect(validateCalendarEvent(event({ id: "m", start: "2022-02-01", end: "2022-03-31", precision: "month" }))).toEqual([]);
  });

  test.each<[string, unknown, RegExp]>([
    ["bad start", event({ id: "x", start: "2022-02-30" }), /Event "x": start "2022-02-30" is not a date written YYYY-MM-DD/],
    ["bad end", event({ id: "x", end: "5 May 2022" }), /end "5 May 2022" is not a date/],
    ["end before start", event({ id: "x", start: "2022-05-06", end: "2022-05-02" }), /end 2022-05-02 is before start 2022-05-06/],
    ["empty id", event({ id: "" }), /The event needs a non-empty id/],
    ["empty name", event({ id: "x", name: " " }), /needs a non-empty name/],
    ["no source", { ...event({ id: "x" }), source: undefined }, /needs a non-empty source/],
    ["padded id", event({ id: " x" }), /id has spaces at its start or end/],
    ["bad precision", { ...event({ id: "x" }), precision: "week" }, /precision must be "day" or "month"/],
    ["month precision mid-month start", event({ id: "x", precision: "month", start: "2022-05-02", end: "2022-05-31" }), /start must be the first day/],
    ["month precision mid-month end", event({ id: "x", precision: "month", start: "2022-05-01", end: "2022-05-30" }), /end must be the last day/],
    ["unknown field", { ...event({ id: "x" }), colour: "red" }, /unknown field "colour"/],
    ["not an object", "WTSA-20", /must be an object/],
    ["null", null, /must be an object/],
  ])("%s", (_name, input, message) => {
    const problems = validateCalendarEvent(input);
    expect(problems.some((problem) => message.test(problem))).toBe(true);
  });
});

describe("applyOverrides", () => {
  const base = defaultCalendar();
  const tsag2022 = event({ id: "TSAG-2022-05", name: "TSAG meeting, May 2022", start: "2022-05-30", end: "2022-06-03" });
  const c21Days = event({ id: "C21", series: "Council", name: "Council 2021 (virtual)", start: "2021-06-07", end: "2021-06-17" });

  test("add, replace and hide", () => {
    const calendar = applyOverrides(base, [{ action: "add", event: tsag2022 }, { action: "replace", event: c21Days }, { action: "hide", id: "GSS-16" }]);
    expect(findEventById(calendar, "TSAG-2022-05")).toEqual(tsag2022);
    expect(findEventById(calendar, "C21")).toEqual(c21Days);
    expect(findEventById(calendar, "GSS-16")).toBeUndefined();
    expect(calendar.events).toHaveLength(base.events.length);
  });

  test("defaults are never lost: removing an override restores the default; the base is untouched", () => {
    const before = JSON.stringify(base);
    let overrides: CalendarOverride[] = [];
    overrides = upsertOverride(overrides, { action: "replace", event: c21Days });
    overrides = upsertOverride(overrides, { action: "hide", id: "WTSA-20" });
    const changed = applyOverrides(base, overrides);
    expect(findEventById(changed, "WTSA-20")).toBeUndefined();
    expect(JSON.stringify(base)).toBe(before);
    overrides = removeOverride(overrides, "WTSA-20");
    overrides = removeOverride(overrides, "C21");
    expect(overrides).toEqual([]);
    expect(applyOverrides(base, overrides).events).toEqual([...base.events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)));
    expect(findEventById(applyOverrides(base, overrides), "C21")).toEqual(findEventById(defaultCalendar(), "C21"));
  });

  test("upsertOverride keeps one override per event, the latest", () => {
    const overrides = upsertOverride([{ action: "hide", id: "C21" }], { action: "replace", event: c21Days });
    expect(overrides).toEqual([{ action: "replace", event: c21Days }]);
  });

  test("an invalid event changes nothing and is reported", () => {
    const broken = event({ id: "C21", series: "Council", start: "2021-06-18", end: "2021-06-08" });
    const calendar = applyOverrides(base, [{ action: "replace", event: broken }]);
    expect(findEventById(calendar, "C21")).toEqual(findEventById(base, "C21"));
    expect(overrideProblems(base, [{ action: "replace", event: broken }])).toEqual([
      'The override for "C21" was not applied: Event "C21": end 2021-06-08 is before start 2021-06-18.',
    ]);
  });

  test("lenient intent mismatches keep the user's event and say so", () => {
    const overrides: CalendarOverride[] = [{ action: "add", event: c21Days }, { action: "replace", event: tsag2022 }, { action: "hide", id: "NOPE" }];
    const calendar = applyOverrides(base, overrides);
    expect(findEventById(calendar, "C21")).toEqual(c21Days);
    expect(findEventById(calendar, "TSAG-2022-05")).toEqual(tsag2022);
    expect(overrideProblems(base, overrides)).toEqual([
      '"C21" already exists: the added event replaces it.',
      '"TSAG-2022-05" is not in the calendar: the replacement was added as a new event.',
      'Hiding "NOPE" changes nothing: the calendar has no such event.',
    ]);
    expect(overrideProblems(base, [{ action: "add", event: tsag2022 }, { action: "hide", id: "TSAG-2022-05" }])).toEqual([]);
  });

  test("the result is sorted by start date", () => {
    const calendar = applyOverrides(base, [{ action: "add", event: event({ id: "early", start: "2010-01-01", end: "2010-01-02" }) }]);
    expect(calendar.events[0]!.id).toBe("early");
    const starts = calendar.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
  });
});

describe("calendar overrides JSON", () => {
  const validEvent: fc.Arbitrary<CalendarEvent> = fc
    .record({
      id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/),
      series: fc.constantFrom("WTSA", "TSAG", "Council", "PP", "SG", "WSIS"),
      name: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0),
      day: fc.integer({ min: 0, max: 30000 }),
      length: fc.integer({ min: 0, max: 60 }),
      precision: fc.constantFrom("day" as const, "month" as const),
      source: fc.constantFrom("ITU public calendar", "Plan, item 01-01: \"…\""),
    })
    .map(({ day, length, precision, ...rest }) => {
      const start = addDays("2000-01-01", day);
      const end = addDays(start, length);
      if (precision === "day") return { ...rest, start, end, precision };
      return { ...rest, start: `${start.slice(0, 8)}01`, end: endOfMonth(Number(end.slice(0, 4)), Number(end.slice(5, 7))), precision };
    });
  const override: fc.Arbitrary<CalendarOverride> = fc.oneof(
    validEvent.map((e) => ({ action: "add" as const, event: e })),
    validEvent.map((e) => ({ action: "replace" as const, event: e })),
    fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/).map((id) => ({ action: "hide" as const, id })),
  );

  test("round trip is lossless (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(override, { selector: (o) => (o.action === "hide" ? o.id : o.event.id), maxLength: 8 }), (overrides) => {
        expect(parseCalendarOverrides(serializeCalendarOverrides(overrides))).toEqual({ ok: true, overrides });
      }),
      { numRuns: 300 },
    );
  });

  test("the stored form is a versioned object", () => {
    expect(JSON.parse(serializeCalendarOverrides([{ action: "hide", id: "C21" }]))).toEqual({ version: 1, overrides: [{ action: "hide", id: "C21" }] });
  });

  test.each<[string, string, RegExp]>([
    ["not JSON", "{", /not valid JSON/],
    ["not an object", "[]", /must be a JSON object/],
    ["wrong version", '{"version":2,"overrides":[]}', /version 2 is not supported/],
    ["no list", '{"version":1}', /need an "overrides" list/],
    ["unknown top-level field", '{"version":1,"overrides":[],"x":1}', /unknown field "x"/],
    ["unknown action", '{"version":1,"overrides":[{"action":"delete","id":"C21"}]}', /Override 1: action must be "add", "replace" or "hide"/],
    ["hide without id", '{"version":1,"overrides":[{"action":"hide"}]}', /needs the id/],
    ["extra field", '{"version":1,"overrides":[{"action":"hide","id":"C21","why":"x"}]}', /Override 1 has an unknown field "why"/],
    ["invalid event", `{"version":1,"overrides":[{"action":"add","event":${JSON.stringify(event({ id: "E", end: "2022-01-01" }))}}]}`, /Override 1 \(add\): Event "E": end 2022-01-01 is before start/],
    ["two overrides for one event", '{"version":1,"overrides":[{"action":"hide","id":"C21"},{"action":"hide","id":"C21"}]}', /Override 2: event "C21" already has an override/],
  ])("strict: %s is rejected with a readable error", (_name, json, message) => {
    const result = parseCalendarOverrides(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((error) => message.test(error))).toBe(true);
  });

  test("never throws on arbitrary text (property)", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      expect(typeof parseCalendarOverrides(text).ok).toBe("boolean");
    }), { numRuns: 500 });
  });
});
