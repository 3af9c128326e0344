import fc from "fast-check";
import { applyOverrides, defaultCalendar, type Calendar, type CalendarEvent } from "../../src/domain/calendar";
import { addDays } from "../../src/domain/dates";
import { parseMilestone } from "../../src/domain/milestone";
import { resolveMilestone, type ResolvedMilestone } from "../../src/domain/milestone-resolution";

const AS_OF = "2022-01-20";

function ev(id: string, series: string, start: string, end: string, precision: "day" | "month" = "day"): CalendarEvent {
  return { id, series, name: id, start, end, precision, source: "test" };
}

/** A fixed calendar, independent of the shipped data, with two TSAG meetings in 2021 at day precision. */
const CALENDAR: Calendar = {
  events: [
    ev("WTSA-16", "WTSA", "2016-10-25", "2016-11-03"),
    ev("SG-2017-FIRST", "SG", "2017-01-01", "2017-05-31", "month"),
    ev("SG-2018", "SG", "2018-01-01", "2018-03-31", "month"),
    ev("TSAG-2017-05", "TSAG", "2017-05-01", "2017-05-05"),
    ev("C17", "Council", "2017-05-15", "2017-05-25"),
    ev("PP-18", "PP", "2018-10-29", "2018-11-16"),
    ev("VCC-2020-06", "Council", "2020-06-01", "2020-06-30", "month"),
    ev("VCC-2020-11", "Council", "2020-11-01", "2020-11-30", "month"),
    ev("TSAG-2021-01", "TSAG", "2021-01-11", "2021-01-18"),
    ev("C21", "Council", "2021-06-08", "2021-06-18"),
    ev("TSAG-2021-10", "TSAG", "2021-10-25", "2021-10-29"),
    ev("TSAG-2022-01", "TSAG", "2022-01-10", "2022-01-17"),
    ev("WTSA-20", "WTSA", "2022-03-01", "2022-03-09"),
    ev("C22", "Council", "2022-03-21", "2022-03-31"),
  ],
};

function resolve(text: string, asOf = AS_OF, calendar = CALENDAR): ResolvedMilestone {
  return resolveMilestone(parseMilestone(text), calendar, asOf);
}

const NOTHING = { dueDates: [], recurring: [], ongoing: false, saysCompleted: false, unresolved: [] };

describe("resolveMilestone, one form at a time (fixed calendar, as of 2022-01-20)", () => {
  test("Ongoing", () => {
    expect(resolve("Ongoing")).toEqual({ ...NOTHING, ongoing: true, interpretation: "ongoing" });
  });

  test("Completed / Completed 2017 say completed and set no due date", () => {
    expect(resolve("Completed")).toMatchObject({ ...NOTHING, saysCompleted: true });
    expect(resolve("Completed 2017")).toMatchObject({ ...NOTHING, saysCompleted: true, interpretation: "says completed (2017)" });
  });

  test("a year or a month is due at the end of the period; a day on that day", () => {
    expect(resolve("2021").dueDates).toEqual(["2021-12-31"]);
    expect(resolve("March 2017").dueDates).toEqual(["2017-03-31"]);
    expect(resolve("February 2020").dueDates).toEqual(["2020-02-29"]);
    expect(resolve("15 March 2017").dueDates).toEqual(["2017-03-15"]);
    expect(resolve("2021").interpretation).toBe("2021 → due 31 December 2021 (end of the year)");
  });

  test("an event occurrence is due at its end; WTSA-20 uses the final dates even before they happen", () => {
    expect(resolve("WTSA-20")).toMatchObject({ dueDates: ["2022-03-09"], unresolved: [] });
    expect(resolve("WTSA 2020", "2019-01-01").dueDates).toEqual(["2022-03-09"]);
    expect(resolve("PP-18").dueDates).toEqual(["2018-11-16"]);
    expect(resolve("Council 2021").interpretation).toBe("Council 2021 → due 18 June 2021 (end of C21, 8–18 June 2021)");
  });

  test("a series and a year with several meetings means the last one of that year", () => {
    expect(resolve("TSAG 2021")).toMatchObject({ dueDates: ["2021-10-29"] });
    expect(resolve("TSAG 2021").interpretation).toContain("the last of 2 TSAG meetings in 2021");
    expect(resolve("Council 2020").dueDates).toEqual(["2020-11-30"]);
    expect(resolve("TSAG 2017").dueDates).toEqual(["2017-05-05"]);
  });

  test("relative to an event: before counts back from its start, after forward from its end", () => {
    expect(resolve("One year before WTSA-20").dueDates).toEqual(["2021-03-01"]);
    expect(resolve("3 months before WTSA-20").dueDates).toEqual(["2021-12-01"]);
    expect(resolve("Before WTSA-20").dueDates).toEqual(["2022-03-01"]);
    expect(resolve("Before WTSA-20").interpretation).toBe("Before WTSA-20 → due 1 March 2022 (the start of WTSA-20, 1–9 March 2022)");
    expect(resolve("2 weeks after WTSA-20").dueDates).toEqual(["2022-03-23"]);
    expect(resolve("One month after PP-18").dueDates).toEqual(["2018-12-16"]);
  });

  test("relative to a series recurs before each meeting", () => {
    expect(resolve("3 months before Council")).toMatchObject({
      dueDates: [],
      recurring: [{ series: "Council", label: "3 months before each Council session", lastOccurrence: "2021-12-21" }],
    });
    expect(resolve("3 months before Council", "2021-01-01").recurring[0]).toMatchObject({ lastOccurrence: "2020-08-01", nextOccurrence: "2021-03-08" });
  });

  test("Last TSAG before WTSA-20", () => {
    expect(resolve("Last TSAG before WTSA-20")).toMatchObject({ dueDates: ["2022-01-17"], unresolved: [] });
  });

  test("Next TSAG: the first meeting not over on the as-of date (a meeting in progress counts)", () => {
    expect(resolve("Next TSAG", "2022-01-12").dueDates).toEqual(["2022-01-17"]);
    expect(resolve("Next TSAG", "2022-01-17").dueDates).toEqual(["2022-01-17"]);
    expect(resolve("Next TSAG", "2021-06-01").dueDates).toEqual(["2021-10-29"]);
    expect(resolve("Next TSAG", "2022-01-18")).toMatchObject({ dueDates: [], unresolved: ["Next TSAG"] });
  });

  test("First SG meeting: the first SG meeting period after WTSA-16", () => {
    expect(resolve("First SG meeting").dueDates).toEqual(["2017-05-31"]);
    expect(resolve("First TSAG meeting after WTSA-20")).toMatchObject({ dueDates: [], unresolved: ["First TSAG meeting after WTSA-20"] });
    expect(resolve("First Council session after PP-18").dueDates).toEqual(["2020-06-30"]);
  });

  test("recurring series: last occurrence on/before as-of and next after, by meeting start", () => {
    expect(resolve("Each TSAG meeting").recurring).toEqual([{ series: "TSAG", label: "each TSAG meeting", lastOccurrence: "2022-01-10" }]);
    expect(resolve("TSAG meetings", "2021-06-01").recurring).toEqual([
      { series: "TSAG", label: "each TSAG meeting", lastOccurrence: "2021-01-11", nextOccurrence: "2021-10-25" },
    ]);
    expect(resolve("Council meetings").recurring).toEqual([
      { series: "Council", label: "each Council session", lastOccurrence: "2021-06-08", nextOccurrence: "2022-03-21" },
    ]);
    expect(resolve("each SG meeting").recurring).toEqual([{ series: "SG", label: "each SG meeting", lastOccurrence: "2018-01-01" }]);
    expect(resolve("Each TSAG meeting").interpretation).toBe("Each TSAG meeting → recurring: each TSAG meeting (last: TSAG-2022-01, 10–17 January 2022; no later one in the calendar)");
  });

  test("a meeting starting on the as-of date is the last occurrence, not the next", () => {
    expect(resolve("TSAG meetings", "2021-10-25").recurring[0]).toMatchObject({ lastOccurrence: "2021-10-25", nextOccurrence: "2022-01-10" });
  });

  test("Annual: a yearly checkpoint on 31 December", () => {
    expect(resolve("Annual").recurring).toEqual([{ series: "Annual", label: "every year, by 31 December", lastOccurrence: "2021-12-31", nextOccurrence: "2022-12-31" }]);
    expect(resolve("Annual", "2021-12-31").recurring[0]).toMatchObject({ lastOccurrence: "2021-12-31", nextOccurrence: "2022-12-31" });
  });

  test("combinations collect everything, due dates earliest first and without repeats", () => {
    expect(resolve("Council 2021\nWTSA-20")).toMatchObject({ dueDates: ["2021-06-18", "2022-03-09"], ongoing: false });
    expect(resolve("WTSA-20, TSAG 2021, WTSA 2020").dueDates).toEqual(["2021-10-29", "2022-03-09"]);
    expect(resolve("Ongoing, 3 months before Council")).toMatchObject({ ongoing: true, recurring: [{ series: "Council" }] });
    expect(resolve("TSAG meetings, Each TSAG meeting").recurring).toHaveLength(1);
    expect(resolve("Ongoing\nNext TSAG,\nWTSA-20").interpretation.split("; ")[0]).toBe("ongoing");
  });

  test("what cannot be resolved is listed and said, never thrown", () => {
    expect(resolve("WTSA-24")).toEqual({ ...NOTHING, unresolved: ["WTSA-24"], interpretation: "WTSA-24 → WTSA-24 is not in the calendar" });
    expect(resolve("Ongoing, at some point")).toMatchObject({ ongoing: true, unresolved: ["at some point"] });
    expect(resolve("each WTDC meeting").unresolved).toEqual(["each WTDC meeting"]);
    expect(resolve("").interpretation).toBe("no milestone");
  });

  test("a hidden event makes its milestones unresolved; an override moves the due date", () => {
    const hidden = applyOverrides(CALENDAR, [{ action: "hide", id: "WTSA-20" }]);
    expect(resolve("One year before WTSA-20", AS_OF, hidden).unresolved).toEqual(["One year before WTSA-20"]);
    const moved = applyOverrides(CALENDAR, [{ action: "replace", event: ev("WTSA-20", "WTSA", "2022-06-01", "2022-06-09") }]);
    expect(resolve("3 months before WTSA-20", AS_OF, moved).dueDates).toEqual(["2022-03-01"]);
  });

  test("an invalid as-of date still gives due dates, places no checkpoints, and says so", () => {
    const result = resolve("Each TSAG meeting, WTSA-20", "20/01/2022");
    expect(result.dueDates).toEqual(["2022-03-09"]);
    expect(result.recurring).toEqual([{ series: "TSAG", label: "each TSAG meeting" }]);
    expect(result.interpretation).toContain('the as-of date "20/01/2022" is not a date written YYYY-MM-DD');
  });
});

describe("resolveMilestone with the shipped calendar", () => {
  const calendar = defaultCalendar();

  test.each<[string, Partial<ResolvedMilestone>]>([
    ["One year before WTSA-20", { dueDates: ["2021-03-01"] }],
    ["3 months before WTSA-20", { dueDates: ["2021-12-01"] }],
    ["Before WTSA-20", { dueDates: ["2022-03-01"] }],
    ["WTSA 2020", { dueDates: ["2022-03-09"] }],
    ["TSAG 2021", { dueDates: ["2021-10-31"] }],
    ["TSAG 2020", { dueDates: ["2020-09-30"] }],
    ["Council 2020", { dueDates: ["2020-11-30"] }],
    ["Council 2021", { dueDates: ["2021-06-18"] }],
    ["Last TSAG before WTSA-20\nWTSA-20", { dueDates: ["2022-01-31", "2022-03-09"] }],
    ["Ongoing\nNext TSAG,\nWTSA-20", { dueDates: ["2022-01-31", "2022-03-09"], ongoing: true }],
    ["First SG meeting,\nOngoing", { dueDates: ["2017-05-31"], ongoing: true }],
    ["WTSA-20\nPP-18", { dueDates: ["2018-11-16", "2022-03-09"] }],
    ["Each TSAG meeting", { recurring: [{ series: "TSAG", label: "each TSAG meeting", lastOccurrence: "2022-01-01" }] }],
  ])("%j", (text, expected) => {
    expect(resolve(text, AS_OF, calendar)).toMatchObject({ unresolved: [], ...expected });
  });
});

describe("resolveMilestone never throws (properties)", () => {
  const isoDate = fc.integer({ min: 0, max: 3_000_000 }).map((days) => addDays("0001-01-01", days));
  const asOf = fc.oneof(isoDate, fc.string(), fc.constantFrom("2022-02-30", "", "2022-01-20"));
  const text = fc.oneof(
    fc.string(),
    fc.constantFrom("Next TSAG", "One year before WTSA-20", "3 months before Council", "Annual", "First SG meeting", "9999", "0001", "January 0001", "1 day before WTSA-20", "999 years before PP-18"),
  );
  const hostileCalendar: fc.Arbitrary<Calendar> = fc.array(
    fc.record({ id: fc.string(), series: fc.constantFrom("TSAG", "Council", "WTSA", "SG"), name: fc.string(), start: fc.oneof(isoDate, fc.string()), end: fc.oneof(isoDate, fc.string()), precision: fc.constantFrom("day" as const, "month" as const), source: fc.string() }),
    { maxLength: 6 },
  ).map((events) => ({ events }));

  test("on arbitrary milestone text and as-of dates, with the shipped calendar", () => {
    const calendar = defaultCalendar();
    fc.assert(
      fc.property(text, asOf, (milestoneText, date) => {
        const result = resolveMilestone(parseMilestone(milestoneText), calendar, date);
        expect(result.dueDates).toEqual([...result.dueDates].sort());
        for (const checkpoint of result.recurring) {
          if (checkpoint.lastOccurrence) expect(checkpoint.lastOccurrence <= date).toBe(true);
          if (checkpoint.nextOccurrence) expect(checkpoint.nextOccurrence > date).toBe(true);
        }
        expect(result.interpretation.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  test("on random calendars with broken entries", () => {
    fc.assert(
      fc.property(text, asOf, hostileCalendar, (milestoneText, date, calendar) => {
        expect(() => resolveMilestone(parseMilestone(milestoneText), calendar, date)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
