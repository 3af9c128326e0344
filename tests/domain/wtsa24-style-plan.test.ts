/**
 * The WTSA-24-style plan (src/fixture/wtsa24-style-plan.ts) against the shipped calendar as of 2025-06-01: every
 * milestone of the 2025–2028 period is understood (no unparsed-milestone), each item's due dates and state are pinned,
 * with the overdue and due-soon items by name. The .docx and the CLI are tests/cli/wtsa24-style-check.test.ts.
 */
import { defaultCalendar } from "../../src/domain/calendar";
import { recognizePlan } from "../../src/domain/recognizer";
import { validatePlan } from "../../src/domain/validate";
import type { ValidationResult } from "../../src/domain/validation-types";
import { wtsa24StylePlanModel } from "../../src/fixture/wtsa24-style-plan";

const AS_OF = "2025-06-01";

/** Item → [state, due dates]: what each form gives (docs/milestones.md, "New study periods"). */
const EXPECTED: Record<string, [string, string[]]> = {
  "01-01": ["ok", []], // WTSA-28: pending, not before 1 January 2028
  "01-02": ["ok", []], // Before WTSA-28: pending
  "01-03": ["jeopardy", ["2025-05-30"]], // TSAG 2025: the May 2025 meeting has ended
  "01-04": ["done", ["2025-05-30"]],
  "02-01": ["attention", ["2025-06-27"]], // Council 2025, within 30 days
  "02-02": ["ok", []], // Ongoing, each TSAG meeting, periodic goals met
  "02-03": ["jeopardy", []], // … without periodic goals met
  "22-01": ["ok", []], // At the latest at WTSA-28: pending
  "22-02": ["ok", ["2025-11-28"]], // WTDC-25
  "22-03": ["ok", ["2026-11-27"]], // PP-26
  "22-04": ["ok", ["2026-05-08"]], // Council 2026
  "44-01": ["jeopardy", ["2024-10-24"]], // WTSA-24
  "44-02": ["ok", []], // by WTSA-28: pending
  "44-03": ["jeopardy", ["2025-05-30"]], // TSAG 2025, WTSA-28: intermediate date passed, no periodic goals met
  "44-04": ["ok", ["2025-05-30"]], // … with periodic goals met
  "54-01": ["ok", ["2026-05-08"]], // ITU Council 2026
  "54-02": ["ok", ["2026-08-09"]], // 3 months before PP-26 (starts 9 November 2026)
  "54-03": ["ok", ["2025-11-28"]], // no later than WTDC-25
  "54-04": ["jeopardy", ["2025-05-30"]], // TSAG meeting in 2025
  "54-05": ["attention", ["2025-06-17"]], // Before Council 2025 (starts 17 June 2025)
};

function validate(asOf = AS_OF): ValidationResult {
  const { plan, findings } = recognizePlan(wtsa24StylePlanModel());
  return validatePlan(plan, defaultCalendar(), asOf, {}, findings);
}

describe("the WTSA-24-style plan as of 2025-06-01", () => {
  const result = validate();
  const itemsWith = (rule: string) => result.items.filter((each) => each.findings.some((finding) => finding.rule === rule)).map((each) => each.itemId);

  test("is read like the actual plan: 5 resolutions, 20 items, its own assembly, no recognizer findings", () => {
    const { plan, findings } = recognizePlan(wtsa24StylePlanModel());
    expect(plan.assembly).toEqual({ series: "WTSA", year: 2024 });
    expect(plan.resolutions.map((resolution) => resolution.key)).toEqual(["1", "2", "22", "44", "54"]);
    expect(plan.summary.map((row) => row.key)).toEqual(["1", "2", "22", "44", "54"]);
    expect(findings).toEqual([]);
    expect(result.summary).toMatchObject({ resolutions: 5, items: 20, states: { done: 1, ok: 12, attention: 2, jeopardy: 5 } });
  });

  test("no milestone is unparsed", () => {
    expect(itemsWith("unparsed-milestone")).toEqual([]);
  });

  test("every item's state and due dates", () => {
    expect(Object.fromEntries(result.items.map((each) => [each.itemId, [each.state, each.dueDates]]))).toEqual(EXPECTED);
  });

  test("overdue and due soon, by name", () => {
    expect(itemsWith("overdue")).toEqual(["01-03", "44-01", "44-03", "54-04"]);
    expect(itemsWith("due-soon")).toEqual(["02-01", "54-05"]);
    expect(itemsWith("periodic-goals-not-met")).toEqual(["02-03"]);
    const intermediate = result.items.find((each) => each.itemId === "44-03")!.findings.find((finding) => finding.rule === "overdue")!;
    expect(intermediate.message).toContain("The intermediate due date 30 May 2025");
  });

  test("WTSA-28 says when it will be checked", () => {
    expect(result.items.find((each) => each.itemId === "01-01")!.interpretation).toBe(
      "WTSA-28 → WTSA-28 is not in the calendar yet; it cannot be due before 1 January 2028, so it is not checked until then",
    );
  });

  test("in December 2027, WTSA-28 is within the horizon and needs its dates (unparsed until the calendar has them)", () => {
    const later = validate("2027-12-15");
    const unparsed = later.items.filter((each) => each.findings.some((finding) => finding.rule === "unparsed-milestone")).map((each) => each.itemId);
    expect(unparsed).toEqual(["01-01", "01-02", "22-01", "44-02", "44-03", "44-04"]);
  });
});
