/**
 * The calendar-past-end plan rule (docs/rules.md): it appears when the as-of date is past the calendar's last event of
 * a series that open items need a later event of, and not otherwise (before or during that last event, for series no
 * open item needs later, for completed items, once the calendar has a later event, without a calendar).
 */
import { applyOverrides, defaultCalendar, type Calendar, type CalendarEvent } from "../../src/domain/calendar";
import { recognizePlan } from "../../src/domain/recognizer";
import { runRules } from "../../src/domain/rules/run";
import { validatePlan } from "../../src/domain/validate";
import { DEFAULT_VALIDATION_OPTIONS } from "../../src/domain/validation-types";
import { readSeedText } from "../../src/fixture/seed-file";
import { buildSeedDocModel } from "../../src/fixture/seed-text";
import { wtsa24StylePlanModel } from "../../src/fixture/wtsa24-style-plan";
import { completedItem, facts, item, planOf } from "../support/builders/plan-objects";

const RULE = "calendar-past-end";

function pastEnd(asOf: string, calendar: Calendar = defaultCalendar(), model = wtsa24StylePlanModel()): string[] {
  const { plan, findings } = recognizePlan(model);
  return validatePlan(plan, calendar, asOf, {}, findings).planFindings.filter((finding) => finding.rule === RULE).map((finding) => finding.message);
}

const TSAG_NOTICE =
  "The calendar knows no TSAG meeting after 2025-05-30 (TSAG meeting, Geneva, 26–30 May 2025); milestones naming later TSAG meetings are not checked " +
  "(2 open items: 02-02, 02-03). Import the current ITU calendar, or add the later meetings (Settings → Calendar).";

describe("calendar-past-end appears", () => {
  test("on the WTSA-24-style plan as of 2025-06-01: its each-TSAG-meeting items need a TSAG meeting after May 2025", () => {
    expect(pastEnd("2025-06-01")).toEqual([TSAG_NOTICE]);
  });

  test("on the actual WTSA-16 plan as of 2026-06-01, once per series: TSAG (after May 2025) and Council (after May 2026)", () => {
    const messages = pastEnd("2026-06-01", defaultCalendar(), buildSeedDocModel(readSeedText()));
    expect(messages.map((message) => /knows no (\w+)/.exec(message)?.[1])).toEqual(["TSAG", "Council"]);
    expect(messages[0]).toContain("(15 open items: 01-04, 01-05, 01-06, 32-09, 50-18 and 10 more)");
  });

  test("for an edition the calendar lacks once it may be due: WTSA-28 in December 2027", () => {
    expect(pastEnd("2027-12-15").find((message) => message.includes("WTSA"))).toMatch(/^The calendar knows no WTSA edition after 2024-10-24 \(WTSA-24, New Delhi, India, 15–24 October 2024\); .* \(6 open items: 01-01, 01-02, 22-01, 44-02, 44-03 and 1 more\)/);
  });
});

describe("calendar-past-end does not appear", () => {
  test("on the actual WTSA-16 plan as of 2022-01-20 (its pinned figures)", () => {
    expect(pastEnd("2022-01-20", defaultCalendar(), buildSeedDocModel(readSeedText()))).toEqual([]);
  });

  test("before or during the calendar's last TSAG meeting (26–30 May 2025)", () => {
    expect(pastEnd("2025-05-20")).toEqual([]);
    expect(pastEnd("2025-05-28")).toEqual([]);
    expect(pastEnd("2025-05-30")).toEqual([]);
    expect(pastEnd("2025-05-31")).toEqual([TSAG_NOTICE]);
  });

  test("once the calendar has a later TSAG meeting", () => {
    const later: CalendarEvent = { id: "TSAG-2026-01", series: "TSAG", name: "TSAG meeting, January 2026", start: "2026-01-01", end: "2026-01-31", precision: "month", source: "test" };
    expect(pastEnd("2025-06-01", applyOverrides(defaultCalendar(), [{ action: "add", event: later }]))).toEqual([]);
  });

  test("for completed items, and for milestones the calendar resolves (TSAG 2025 as of 2025-06-01)", () => {
    const calendar = defaultCalendar();
    const run = (...items: ReturnType<typeof item>[]) => {
      const plan = planOf(...items);
      return validatePlan(plan, calendar, "2025-06-01").planFindings.filter((finding) => finding.rule === RULE);
    };
    expect(run(completedItem({ id: "01-01", milestoneText: "Each TSAG meeting" }))).toEqual([]);
    expect(run(item({ id: "01-01", milestoneText: "TSAG 2025" }), item({ id: "01-02", milestoneText: "Council 2026" }))).toEqual([]);
    expect(run(item({ id: "01-01", milestoneText: "Next TSAG" }))).toHaveLength(1);
  });

  test("when the rules run without a calendar (facts only)", () => {
    const plan = planOf(item({ id: "01-01", milestoneText: "Each TSAG meeting" }));
    const result = runRules(plan, () => facts({ ongoing: true, beyondCalendar: ["TSAG"] }), "2030-01-01", DEFAULT_VALIDATION_OPTIONS);
    expect(result.planFindings.filter((finding) => finding.rule === RULE)).toEqual([]);
  });
});
