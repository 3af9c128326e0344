import fc from "fast-check";
import type { Calendar, CalendarEvent } from "../../src/domain/calendar";
import type { Finding } from "../../src/domain/finding";
import type { Plan } from "../../src/domain/plan";
import { effectOf } from "../../src/domain/rules/state";
import { validatePlan } from "../../src/domain/validate";
import type { ItemResult, ValidationResult } from "../../src/domain/validation-types";
import { completedItem, item, planOf, resolution, statusBlock, statusWith, summaryRow } from "../support/builders/plan-objects";

const AS_OF = "2022-01-20";

function event(id: string, series: string, start: string, end: string): CalendarEvent {
  return { id, series, name: id, start, end, precision: "day", source: "test calendar" };
}

/** A small calendar: what the tests below need, nothing more. */
const calendar: Calendar = {
  events: [
    event("C21", "Council", "2021-06-08", "2021-06-18"),
    event("C22", "Council", "2022-02-07", "2022-02-10"),
    event("TSAG-2021-10", "TSAG", "2021-10-25", "2021-10-29"),
    event("TSAG-2022-01", "TSAG", "2022-01-10", "2022-01-14"),
    event("TSAG-2022-05", "TSAG", "2022-05-30", "2022-06-03"),
    event("WTSA-20", "WTSA", "2022-03-01", "2022-03-09"),
  ],
};

function resultFor(result: ValidationResult, key: string): ItemResult {
  const found = result.items.find((each) => each.itemKey === key);
  if (!found) throw new Error(`no result for ${key}`);
  return found;
}

function rulesOf(result: ItemResult): string[] {
  return result.findings.map((finding) => finding.rule);
}

describe("validatePlan: one state per item", () => {
  const plan = planOf(
    item({ id: "01-01", milestoneText: "WTSA-20" }),
    item({ id: "01-02", milestoneText: "Council 2021" }),
    item({ id: "01-03", milestoneText: "Council 2022" }),
    item({ id: "01-04", milestoneText: "Ongoing", periodicMet: false, periodicText: "" }),
    completedItem({ id: "01-05", milestoneText: "2017", status: "" }),
    completedItem({ id: "01-06", milestoneText: "2017", status: "Done, see TSAG-TD100." }),
    item({ id: "01-07", milestoneText: "When ready" }),
    item({ id: "01-08", milestoneText: "TSAG meetings", status: statusWith(statusBlock({ date: "2021-10-28", event: "TSAG, October 2021" })) }),
    item({ id: "01-09", milestoneText: "TSAG meetings", status: statusWith(statusBlock({ date: "2022-01-05", event: "TSAG, January 2022" })) }),
    item({ id: "01-10", milestoneText: "TSAG meetings" }),
  );
  const result = validatePlan(plan, calendar, AS_OF);

  it.each([
    ["01-01", "ok", [], "WTSA-20 ends 9 March 2022, beyond the 30-day horizon"],
    ["01-02", "jeopardy", ["overdue"], "Council 2021 ended 18 June 2021 and the item is open"],
    ["01-03", "attention", ["due-soon"], "Council 2022 ends 10 February 2022, within 30 days"],
    ["01-04", "jeopardy", ["periodic-goals-not-met"], "ongoing without √ in Periodic goals met"],
    ["01-05", "attention", ["no-evidence"], "ticked completed with an empty status"],
    ["01-06", "done", [], "ticked completed with evidence"],
    ["01-07", "attention", ["unparsed-milestone"], "the milestone cannot be dated"],
    ["01-08", "attention", ["stale-status"], "latest block 28 October 2021, TSAG met 10 January 2022"],
    ["01-09", "ok", [], "a block written for the January 2022 TSAG"],
    ["01-10", "ok", [], "no status block: staleness is not judged on legacy narratives"],
  ])("%s is %s (%j): %s", (key, state, rules) => {
    const each = resultFor(result, key);
    expect(each.state).toBe(state);
    expect(rulesOf(each)).toEqual(rules);
  });

  it("passes the milestone's due dates and interpretation through", () => {
    const each = resultFor(result, "01-02");
    expect(each.dueDates).toEqual(["2021-06-18"]);
    expect(each.interpretation).toMatch(/Council 2021 → due 18 June 2021/);
  });

  it("locates findings at the item and names it", () => {
    const finding = resultFor(result, "01-02").findings[0]!;
    expect(finding).toMatchObject({ rule: "overdue", severity: "warning", itemKey: "01-02", itemId: "01-02", resolution: "1" });
    expect(finding.message).toBe('Due 18 June 2021 (milestone "Council 2021") and not marked completed.');
  });

  it("counts the summary", () => {
    expect(result.summary).toEqual({ asOf: AS_OF, resolutions: 1, items: 10, completed: 2, periodicMet: 9, states: { done: 1, ok: 3, attention: 4, jeopardy: 2 } });
  });

  it("widens 'due soon' with the horizon option", () => {
    const wide = validatePlan(plan, calendar, AS_OF, { horizonDays: 60 });
    expect(resultFor(wide, "01-01")).toMatchObject({ state: "attention", findings: [expect.objectContaining({ rule: "due-soon" })] });
  });
});

describe("validatePlan: precedence", () => {
  it("jeopardy outranks attention, and every finding is kept", () => {
    const result = validatePlan(planOf(item({ milestoneText: "Council 2021, when ready" })), calendar, AS_OF);
    expect(result.items[0]).toMatchObject({ state: "jeopardy" });
    expect(rulesOf(result.items[0]!)).toEqual(["overdue", "unparsed-milestone"]);
  });

  it("completed is done even when its milestone is still ahead (finishing early is fine)", () => {
    const result = validatePlan(planOf(completedItem({ milestoneText: "WTSA-20", status: "See WTSA-C29." })), calendar, AS_OF);
    expect(result.items[0]).toMatchObject({ state: "done", findings: [] });
  });

  it("completed is not done when a finding says otherwise", () => {
    const result = validatePlan(planOf(completedItem({ status: "" })), calendar, AS_OF);
    expect(result.items[0]?.state).toBe("attention");
  });

  it("a completed item is never overdue nor short of periodic goals", () => {
    const result = validatePlan(planOf(completedItem({ milestoneText: "Ongoing, Council 2021", periodicMet: false })), calendar, AS_OF);
    expect(result.items[0]).toMatchObject({ state: "done", findings: [] });
  });

  it("an ongoing item with a past checkpoint is judged by its periodic goals", () => {
    const met = validatePlan(planOf(item({ milestoneText: "Ongoing, Council 2021", periodicMet: true })), calendar, AS_OF);
    const unmet = validatePlan(planOf(item({ milestoneText: "Ongoing, Council 2021", periodicMet: false })), calendar, AS_OF);
    expect(met.items[0]?.state).toBe("ok");
    expect(unmet.items[0]).toMatchObject({ state: "jeopardy" });
    expect(rulesOf(unmet.items[0]!)).toEqual(["periodic-goals-not-met"]);
  });

  it("the latest status block's own state counts: In jeopardy → jeopardy, Attention → attention", () => {
    const plan = planOf(
      item({ id: "01-01", milestoneText: "WTSA-20", status: statusWith(statusBlock({ state: "In jeopardy" })) }),
      item({ id: "01-02", milestoneText: "WTSA-20", status: statusWith(statusBlock({ state: "Attention" })) }),
    );
    expect(validatePlan(plan, calendar, AS_OF).items.map((each) => each.state)).toEqual(["jeopardy", "attention"]);
  });

  it("an unreadable status block gets attention instead of being silently skipped", () => {
    const broken = ["[Status 2022-01-10 · TSAG · On track]", "Summary: forgot the end line"].join("\n");
    const invalid = statusWith(statusBlock({ date: "2022-02-30" }));
    const plan = planOf(item({ id: "01-01", milestoneText: "WTSA-20", status: broken }), item({ id: "01-02", milestoneText: "WTSA-20", status: invalid }));
    const result = validatePlan(plan, calendar, AS_OF);
    expect(result.items.map((each) => [each.state, rulesOf(each)])).toEqual([
      ["attention", ["unreadable-status-block"]],
      ["attention", ["unreadable-status-block"]],
    ]);
    expect(result.items[1]?.findings[0]?.message).toMatch(/"2022-02-30" is not a date/);
  });
});

describe("validatePlan: recognizer findings", () => {
  const plan = planOf(item({ id: null, rawId: "", proposedId: "01-02", key: "01-02", milestoneText: "WTSA-20" }), item({ id: "01-03", milestoneText: "Completed" }));
  const recognizerFindings: Finding[] = [
    { rule: "missing-item-number", severity: "error", message: "Row 3: the item has no number; the sequence suggests 01-02.", itemKey: "01-02", itemId: null, resolution: "1" },
    { rule: "milestone-completed-not-ticked", severity: "warning", message: 'Item 01-03: the milestone says "Completed" but the Completed column is not ticked.', itemKey: "01-03", itemId: "01-03", resolution: "1" },
    { rule: "alternate-item-number", severity: "info", message: "Item 01-03 also carries the number 44-25.", itemKey: "01-03", itemId: "01-03", resolution: "1" },
    { rule: "orphan-status-row", severity: "warning", message: "Table 3, row 9: a status row that follows no item." },
  ];
  const result = validatePlan(plan, calendar, AS_OF, {}, recognizerFindings);

  it("folds them into their item by key; a number problem gives attention", () => {
    expect(resultFor(result, "01-02")).toMatchObject({ itemId: null, proposedId: "01-02", state: "attention" });
    expect(rulesOf(resultFor(result, "01-02"))).toEqual(["missing-item-number"]);
  });

  it("keeps info findings on the item without changing its state, and reports 'Completed' without √ once", () => {
    expect(resultFor(result, "01-03").state).toBe("attention");
    expect(rulesOf(resultFor(result, "01-03"))).toEqual(["milestone-completed-not-ticked", "alternate-item-number"]);
  });

  it("puts findings that concern no item among the plan findings", () => {
    expect(result.planFindings.map((finding) => finding.rule)).toEqual(["orphan-status-row"]);
  });

  it("does not run a rule again when the recognizer already reported it on the item", () => {
    const again = validatePlan(planOf(item({ milestoneText: "Council 2021" })), calendar, AS_OF, {}, [
      { rule: "overdue", severity: "warning", message: "already said", itemKey: "01-01", itemId: "01-01", resolution: "1" },
    ]);
    expect(again.items[0]?.findings.map((finding) => finding.message)).toEqual(["already said"]);
  });

  it("an info finding from an unknown source informs; an unknown warning needs attention", () => {
    expect(effectOf({ rule: "something-new", severity: "info", message: "x" })).toBe("none");
    expect(effectOf({ rule: "something-new", severity: "warning", message: "x" })).toBe("attention");
  });
});

describe("validatePlan: plan-level findings", () => {
  it("reports a Section I resolution without an action table, and an action table missing from Section I", () => {
    const plan: Plan = planOf(item({ id: "01-01", milestoneText: "WTSA-20" }), item({ id: "02-01", milestoneText: "WTSA-20" }));
    plan.summary = [summaryRow("1"), summaryRow("22")];
    plan.resolutions.push(resolution("22", []));
    const result = validatePlan(plan, calendar, AS_OF);
    expect(result.planFindings.map((finding) => [finding.rule, finding.resolution])).toEqual([
      ["resolution-without-action-table", "22"],
      ["action-table-without-summary", "2"],
    ]);
    expect(result.summary.resolutions).toBe(2);
  });
});

describe("validatePlan: bad input", () => {
  const plan = planOf(item());

  it.each(["20 January 2022", "2022-02-30", ""])("refuses the as-of date %j with a clear error", (asOf) => {
    expect(() => validatePlan(plan, calendar, asOf)).toThrow(/is not a date written YYYY-MM-DD/);
  });

  it.each([-1, 1.5, Number.NaN])("refuses the horizon %p", (horizonDays) => {
    expect(() => validatePlan(plan, calendar, AS_OF, { horizonDays })).toThrow(/whole number of days/);
  });

  it("takes an option left undefined as its default", () => {
    expect(validatePlan(plan, calendar, AS_OF, { horizonDays: undefined }).summary.items).toBe(1);
  });

  it("changes nothing in the plan it reads", () => {
    const frozen = planOf(item({ milestoneText: "Council 2021" }), completedItem({ id: "01-02", status: "" }));
    const before = JSON.stringify(frozen);
    validatePlan(deepFreeze(frozen), calendar, AS_OF);
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe("validatePlan: properties", () => {
  const anyItem = fc.record({
    milestoneText: fc.oneof(fc.constantFrom("Ongoing", "WTSA-20", "Council 2021", "TSAG meetings", "Completed", "", "Next TSAG", "Annual"), fc.string()),
    status: fc.oneof(fc.string(), fc.constant(statusWith(statusBlock({ state: "In jeopardy" })))),
    completed: fc.boolean(),
    periodicMet: fc.boolean(),
  });

  it("never throws, and every state is explained by the findings", () => {
    fc.assert(
      fc.property(fc.array(anyItem, { maxLength: 6 }), (drafts) => {
        const plan = planOf(...drafts.map((draft, index) => item({ ...draft, id: `01-${String(index + 1).padStart(2, "0")}` })));
        const result = validatePlan(plan, calendar, AS_OF);
        expect(result.items).toHaveLength(drafts.length);
        result.items.forEach((each, index) => {
          const effects = each.findings.map(effectOf);
          const expected = effects.includes("jeopardy") ? "jeopardy" : effects.includes("attention") ? "attention" : drafts[index]!.completed ? "done" : "ok";
          expect(each.state).toBe(expected);
        });
      }),
      { numRuns: 200 },
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach((child) => deepFreeze(child));
    Object.freeze(value);
  }
  return value;
}
