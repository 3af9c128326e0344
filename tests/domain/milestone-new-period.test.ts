/**
 * The milestone forms of the plans of newer study periods (docs/milestones.md, "New study periods"): any edition with a
 * two-digit year, "TSAG 2025", "Council 2026", "before / by / at the latest at WTSA-28", "Ongoing, each TSAG meeting",
 * and editions the calendar does not have yet. A fixed calendar, independent of the shipped data.
 */
import type { Calendar, CalendarEvent } from "../../src/domain/calendar";
import { parseMilestone, type MilestoneTerm } from "../../src/domain/milestone";
import { resolveMilestone, type ResolveOptions } from "../../src/domain/milestone-resolution";
import { recognizePlan } from "../../src/domain/recognizer";
import { ruleById } from "../../src/domain/rules";
import type { ItemRule } from "../../src/domain/rules/rule";
import { facts, item, resolution } from "../support/builders/plan-objects";

function ev(id: string, series: string, start: string, end: string, precision: "day" | "month" = "day"): CalendarEvent {
  return { id, series, name: id, start, end, precision, source: "test" };
}

const CALENDAR: Calendar = {
  events: [
    ev("WTSA-16", "WTSA", "2016-10-25", "2016-11-03"),
    ev("SG-2017-FIRST", "SG", "2017-01-01", "2017-05-31", "month"),
    ev("WTSA-24", "WTSA", "2024-10-15", "2024-10-24"),
    ev("GSS-24", "GSS", "2024-10-14", "2024-10-14"),
    ev("SG-2025-FIRST", "SG", "2025-01-01", "2025-03-31", "month"),
    ev("TSAG-2025-05", "TSAG", "2025-05-26", "2025-05-30"),
    ev("C25", "Council", "2025-06-17", "2025-06-27"),
    ev("WTDC-25", "WTDC", "2025-11-17", "2025-11-28"),
    ev("C26", "Council", "2026-04-28", "2026-05-08"),
    ev("PP-26", "PP", "2026-11-09", "2026-11-27"),
  ],
};

const AS_OF = "2025-06-01";
const VALIDATING: ResolveOptions = { horizonEnd: "2025-07-01", planAssembly: { series: "WTSA", year: 2024 } };

function kinds(text: string): Array<Pick<MilestoneTerm, "kind"> & Record<string, unknown>> {
  return parseMilestone(text).terms.map((term) => ({ kind: term.kind, ...("event" in term ? { event: term.event } : {}), ...("anchor" in term ? { anchor: term.anchor } : {}) }));
}

describe("parsing the forms of newer plans", () => {
  test.each([
    ["WTSA-28", { series: "WTSA", year: 2028 }],
    ["PP-26", { series: "PP", year: 2026 }],
    ["WTDC-25", { series: "WTDC", year: 2025 }],
    ["WCIT-12", { series: "WCIT", year: 2012 }],
    ["WRC-27", { series: "WRC", year: 2027 }],
    ["TSAG 2025", { series: "TSAG", year: 2025 }],
    ["Council 2026", { series: "Council", year: 2026 }],
    ["ITU Council 2026", { series: "Council", year: 2026 }],
    ["Council-26", { series: "Council", year: 2026 }],
    ["TSAG meeting in 2025", { series: "TSAG", year: 2025 }],
    ["by WTSA-28", { series: "WTSA", year: 2028 }],
    ["at the latest at WTSA-28", { series: "WTSA", year: 2028 }],
    ["At the latest by WTSA‑28.", { series: "WTSA", year: 2028 }],
    ["no later than PP-26", { series: "PP", year: 2026 }],
  ])("%s names one edition", (text, event) => {
    expect(kinds(text)).toEqual([{ kind: "event", event }]);
  });

  test("before WTSA-28 is relative to its start; Ongoing, each TSAG meeting is two terms", () => {
    expect(kinds("before WTSA-28")).toEqual([{ kind: "relative", anchor: { kind: "event", series: "WTSA", year: 2028 } }]);
    expect(kinds("Before the WTSA-28")).toEqual(kinds("before WTSA-28"));
    expect(kinds("Ongoing, each TSAG meeting").map((term) => term.kind)).toEqual(["ongoing", "recurring"]);
  });
});

describe("resolving them against a calendar of the 2025–2028 period (as of 2025-06-01)", () => {
  const resolve = (text: string, asOf = AS_OF, options: ResolveOptions | undefined = VALIDATING) => resolveMilestone(parseMilestone(text), CALENDAR, asOf, options);

  test.each([
    ["TSAG 2025", "2025-05-30"],
    ["Council 2026", "2026-05-08"],
    ["ITU Council 2026", "2026-05-08"],
    ["PP-26", "2026-11-27"],
    ["WTDC-25", "2025-11-28"],
    ["by WTDC-25", "2025-11-28"],
    ["at the latest at PP-26", "2026-11-27"],
    ["before PP-26", "2026-11-09"],
    ["WTSA-24", "2024-10-24"],
  ])("%s is due %s", (text, due) => {
    expect(resolve(text)).toMatchObject({ dueDates: [due], unresolved: [], pending: [] });
  });

  test("Ongoing, each TSAG meeting: ongoing, recurring at TSAG, and the calendar has no TSAG after May 2025", () => {
    const result = resolve("Ongoing, each TSAG meeting");
    expect(result).toMatchObject({ ongoing: true, dueDates: [], unresolved: [], beyondCalendar: ["TSAG"] });
    expect(result.recurring).toEqual([{ series: "TSAG", label: "each TSAG meeting", lastOccurrence: "2025-05-26" }]);
  });

  test("an edition not in the calendar yet waits until the earliest date it can be due", () => {
    expect(resolve("WTSA-28")).toMatchObject({ dueDates: [], unresolved: [], pending: [{ text: "WTSA-28", notBefore: "2028-01-01" }], beyondCalendar: [] });
    expect(resolve("WTSA-28").interpretation).toBe("WTSA-28 → WTSA-28 is not in the calendar yet; it cannot be due before 1 January 2028, so it is not checked until then");
    expect(resolve("before WTSA-28").pending).toEqual([{ text: "before WTSA-28", notBefore: "2028-01-01" }]);
    expect(resolve("at the latest at WTSA-28").pending).toEqual([{ text: "at the latest at WTSA-28", notBefore: "2028-01-01" }]);
    expect(resolve("3 months before WTSA-28").pending).toEqual([{ text: "3 months before WTSA-28", notBefore: "2027-10-01" }]);
    expect(resolve("Council 2027").pending).toEqual([{ text: "Council 2027", notBefore: "2027-01-01" }]);
  });

  test("once that date is within the horizon it is unresolved, past the calendar's end of its series", () => {
    const late = resolve("WTSA-28", "2027-12-15", { horizonEnd: "2028-01-14" });
    expect(late).toMatchObject({ unresolved: ["WTSA-28"], pending: [], beyondCalendar: ["WTSA"] });
    expect(resolve("TSAG 2026", "2025-12-10", { horizonEnd: "2026-01-09" })).toMatchObject({ unresolved: ["TSAG 2026"], beyondCalendar: ["TSAG"] });
  });

  test("without a horizon (a single milestone, outside validation) a missing edition stays unresolved, as before", () => {
    const result = resolveMilestone(parseMilestone("WTSA-28"), CALENDAR, AS_OF);
    expect(result.unresolved).toEqual(["WTSA-28"]);
    expect(result).not.toHaveProperty("pending");
  });

  test("codes that are not ITU editions, and editions too far ahead to be a plan, get no benefit of the doubt", () => {
    expect(resolve("RFC-9999")).toMatchObject({ unresolved: ["RFC-9999"], pending: [] });
    expect(resolve("WTSA-82").unresolved).toEqual(["WTSA-82"]);
    expect(resolve("PP-34").unresolved).toEqual(["PP-34"]);
    expect(resolve("PP-30").pending).toEqual([{ text: "PP-30", notBefore: "2030-01-01" }]);
  });

  test("First SG meeting counts from the plan's own assembly", () => {
    expect(resolve("First SG meeting").dueDates).toEqual(["2025-03-31"]);
    expect(resolve("First SG meeting", AS_OF, { horizonEnd: "2025-07-01" }).dueDates).toEqual(["2017-05-31"]);
    expect(resolve("First TSAG after WTSA-24").dueDates).toEqual(["2025-05-30"]);
  });
});

describe("the overdue rule with a pending piece", () => {
  const overdue = ruleById("overdue") as ItemRule;
  const check = (periodicMet: boolean, pending: { text: string; notBefore: string }[]) =>
    overdue.check({
      item: item({ milestoneText: "Council 2025, WTSA-28", periodicMet, periodicText: periodicMet ? "√" : "" }),
      resolution: resolution("1", []),
      milestone: facts({ ongoing: false, dueDates: ["2025-06-27"], pending }),
      statusBlocks: [],
      statusProblems: [],
      asOf: "2025-07-10",
      horizonEnd: "2025-08-09",
      options: { horizonDays: 30 },
    });

  test("a passed date before a pending edition is intermediate: overdue only without periodic goals met", () => {
    const waiting = [{ text: "WTSA-28", notBefore: "2028-01-01" }];
    expect(check(true, waiting)).toEqual([]);
    expect(check(false, waiting)).toEqual([expect.stringContaining("The intermediate due date 27 June 2025")]);
    expect(check(true, [])).toEqual([expect.stringContaining("Due 27 June 2025")]);
  });
});

describe("the recognizer reads the plan's assembly from its title", () => {
  const paragraph = (text: string) => ({ kind: "paragraph" as const, text });

  test("WTSA-24 Resolutions in Section I's title; none when no paragraph names it", () => {
    const named = recognizePlan({ blocks: [paragraph("Section I - List of WTSA‑24 Resolutions and Opinion, and executive summary"), paragraph("Later: WTSA-16 Resolutions")] });
    expect(named.plan.assembly).toEqual({ series: "WTSA", year: 2024 });
    expect(recognizePlan({ blocks: [paragraph("An action plan")] }).plan).not.toHaveProperty("assembly");
  });
});
