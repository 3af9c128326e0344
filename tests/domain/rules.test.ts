import { addDays } from "../../src/domain/dates";
import type { ActionItem } from "../../src/domain/plan";
import { ITEM_RULES, PLAN_RULES, RECOGNIZER_RULES, RULES, ruleById } from "../../src/domain/rules";
import type { ItemRule, ItemRuleContext, MilestoneFacts } from "../../src/domain/rules/rule";
import { REPORT_LEAD_DAYS } from "../../src/domain/rules/stale-status";
import type { StatusBlock } from "../../src/domain/status-block";
import { DEFAULT_VALIDATION_OPTIONS } from "../../src/domain/validation-types";
import { completedItem, facts, item, planOf, resolution, statusBlock, summaryRow } from "../support/builders/plan-objects";

const AS_OF = "2022-01-20";

interface ContextInput {
  item?: ActionItem;
  milestone?: Partial<MilestoneFacts>;
  statusBlocks?: StatusBlock[];
  statusProblems?: string[];
  resolutionKey?: string;
}

function contextOf(input: ContextInput = {}): ItemRuleContext {
  const subject = input.item ?? item();
  return {
    item: subject,
    resolution: resolution(input.resolutionKey ?? subject.resolution, [subject]),
    milestone: facts(input.milestone),
    statusBlocks: input.statusBlocks ?? [],
    statusProblems: input.statusProblems ?? [],
    asOf: AS_OF,
    horizonEnd: addDays(AS_OF, DEFAULT_VALIDATION_OPTIONS.horizonDays),
    options: DEFAULT_VALIDATION_OPTIONS,
  };
}

function rule(id: string): ItemRule {
  const found = ruleById(id);
  if (!found || found.scope !== "item") throw new Error(`no item rule ${id}`);
  return found;
}

function fires(id: string, input: ContextInput): string[] {
  return rule(id).check(contextOf(input));
}

describe("the registry", () => {
  it("gives every rule a unique id, a severity, an effect and a one-line reason", () => {
    expect(new Set(RULES.map((each) => each.id)).size).toBe(RULES.length);
    for (const each of RULES) {
      expect(each.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(each.reason).toMatch(/^[A-Z].*\.$/);
      expect(each.reason).not.toContain("\n");
    }
    expect(ITEM_RULES.length + RECOGNIZER_RULES.length + PLAN_RULES.length).toBe(RULES.length);
  });

  it("has the rules issue 2 asks for", () => {
    expect(RULES.map((each) => each.id)).toEqual(
      expect.arrayContaining(["overdue", "due-soon", "periodic-goals-not-met", "no-evidence", "unparsed-milestone", "missing-item-number", "malformed-item-number", "duplicate-item-number", "item-number-other-resolution", "stale-status", "resolution-without-action-table", "action-table-without-summary"]),
    );
  });
});

describe("overdue (jeopardy)", () => {
  const open = item({ milestoneText: "Council 2021", periodicMet: false });
  it("fires when a one-off milestone's last due date has passed", () => {
    expect(fires("overdue", { item: open, milestone: { dueDates: ["2021-06-21"] } })).toEqual(['Due 21 June 2021 (milestone "Council 2021") and not marked completed.']);
  });
  it("fires when an intermediate due date passed without √ in Periodic goals met", () => {
    const staged = item({ milestoneText: "Council 2021\nWTSA-20", periodicMet: false });
    expect(fires("overdue", { item: staged, milestone: { dueDates: ["2021-06-21", "2022-03-01"] } })).toEqual([
      'The intermediate due date 21 June 2021 (milestone "Council 2021 / WTSA-20") has passed with no √ in "Periodic goals met".',
    ]);
  });
  it("does not fire for an intermediate date passed with √ in Periodic goals met", () => {
    expect(fires("overdue", { item: item({ periodicMet: true }), milestone: { dueDates: ["2021-06-21", "2022-03-01"] } })).toEqual([]);
  });
  it("does not fire when completed, when the date is today or later, or for ongoing and recurring items", () => {
    expect(fires("overdue", { item: completedItem(), milestone: { dueDates: ["2021-06-21"] } })).toEqual([]);
    expect(fires("overdue", { item: open, milestone: { dueDates: [AS_OF] } })).toEqual([]);
    expect(fires("overdue", { item: open, milestone: { dueDates: ["2021-06-21"], ongoing: true } })).toEqual([]);
    expect(fires("overdue", { item: open, milestone: { dueDates: ["2021-06-21"], recurring: [{ series: "TSAG", label: "TSAG meeting" }] } })).toEqual([]);
  });
});

describe("due-soon (attention)", () => {
  it("fires for an open due date within the horizon, including as-of itself and its last day", () => {
    expect(fires("due-soon", { milestone: { dueDates: [AS_OF] } })).toHaveLength(1);
    expect(fires("due-soon", { milestone: { dueDates: ["2022-02-19"] } })).toEqual(['Due 19 February 2022 (milestone "Ongoing"), within 30 days, and not marked completed.']);
  });
  it("does not fire beyond the horizon, for past dates or when completed", () => {
    expect(fires("due-soon", { milestone: { dueDates: ["2022-02-20"] } })).toEqual([]);
    expect(fires("due-soon", { milestone: { dueDates: ["2022-01-19"] } })).toEqual([]);
    expect(fires("due-soon", { item: completedItem(), milestone: { dueDates: ["2022-02-01"] } })).toEqual([]);
  });
});

describe("periodic-goals-not-met (jeopardy)", () => {
  it("fires for an ongoing or recurring open item without √", () => {
    expect(fires("periodic-goals-not-met", { item: item({ periodicMet: false }), milestone: { ongoing: true } })).toHaveLength(1);
    expect(fires("periodic-goals-not-met", { item: item({ periodicMet: false, milestoneText: "TSAG meetings" }), milestone: { recurring: [{ series: "TSAG", label: "TSAG meeting" }] } })).toEqual([
      'The milestone "TSAG meetings" is ongoing or recurring, but "Periodic goals met" has no √.',
    ]);
  });
  it("does not fire with √, for one-off milestones, or when completed", () => {
    expect(fires("periodic-goals-not-met", { item: item({ periodicMet: true }), milestone: { ongoing: true } })).toEqual([]);
    expect(fires("periodic-goals-not-met", { item: item({ periodicMet: false }), milestone: { dueDates: ["2022-03-01"] } })).toEqual([]);
    expect(fires("periodic-goals-not-met", { item: completedItem({ periodicMet: false }), milestone: { ongoing: true } })).toEqual([]);
  });
});

describe("no-evidence (attention)", () => {
  it("fires for a completed item with an empty status", () => {
    expect(fires("no-evidence", { item: completedItem({ status: " \n " }) })).toHaveLength(1);
  });
  it("does not fire with a status, or for an open item", () => {
    expect(fires("no-evidence", { item: completedItem({ status: "See WTSA-C29." }) })).toEqual([]);
    expect(fires("no-evidence", { item: item({ status: "" }) })).toEqual([]);
  });
});

describe("unparsed-milestone (attention)", () => {
  it("fires once per piece that could not be dated", () => {
    expect(fires("unparsed-milestone", { item: item({ milestoneText: "When ready" }), milestone: { unresolved: ["When ready"] } })).toEqual([
      'The milestone "When ready" is not understood (not a known form or not in the calendar), so no due date is checked for it.',
    ]);
  });
  it("does not fire when everything resolved, or when completed", () => {
    expect(fires("unparsed-milestone", { milestone: { ongoing: true } })).toEqual([]);
    expect(fires("unparsed-milestone", { item: completedItem(), milestone: { unresolved: ["When ready"] } })).toEqual([]);
  });
});

describe("missing-milestone (attention)", () => {
  it("fires for an open item with an empty milestone", () => {
    expect(fires("missing-milestone", { item: item({ milestoneText: "  " }) })).toHaveLength(1);
  });
  it("does not fire with a milestone, or when completed", () => {
    expect(fires("missing-milestone", { item: item({ milestoneText: "2021" }) })).toEqual([]);
    expect(fires("missing-milestone", { item: completedItem({ milestoneText: "" }) })).toEqual([]);
  });
});

describe("reported-completed-not-ticked (attention)", () => {
  it("fires when the latest status block says Completed but the column has no √", () => {
    expect(fires("reported-completed-not-ticked", { statusBlocks: [statusBlock({ state: "Completed" })] })).toEqual([
      'The latest status block (2022-01-20) says Completed, but "Completed" has no √: tick it or correct the block.',
    ]);
  });
  it("does not fire once ticked, or when only an older block said Completed", () => {
    expect(fires("reported-completed-not-ticked", { item: completedItem(), statusBlocks: [statusBlock({ state: "Completed" })] })).toEqual([]);
    expect(fires("reported-completed-not-ticked", { statusBlocks: [statusBlock(), statusBlock({ date: "2021-01-01", state: "Completed" })] })).toEqual([]);
  });
});

describe("stale-status (attention)", () => {
  const recurring = { recurring: [{ series: "TSAG", label: "TSAG meeting", lastOccurrence: "2022-01-10", nextOccurrence: "2022-05-30" }] };
  it("fires when the newest dated block predates the last occurrence by more than the report lead time", () => {
    const old = addDays("2022-01-10", -REPORT_LEAD_DAYS - 1);
    expect(fires("stale-status", { milestone: recurring, statusBlocks: [statusBlock({ date: old })] })).toEqual([
      `The latest status block is dated 10 December 2021, before the last TSAG meeting (10 January 2022): add a status block for it.`,
    ]);
  });
  it("uses the latest occurrence across series", () => {
    const two = { recurring: [{ series: "Council", label: "Council session", lastOccurrence: "2021-06-08" }, ...recurring.recurring] };
    expect(fires("stale-status", { milestone: two, statusBlocks: [statusBlock({ date: "2021-07-01" })] })).toHaveLength(1);
  });
  it("does not fire for a block written for the meeting (within the lead time) or after it", () => {
    expect(fires("stale-status", { milestone: recurring, statusBlocks: [statusBlock({ date: addDays("2022-01-10", -REPORT_LEAD_DAYS) })] })).toEqual([]);
    expect(fires("stale-status", { milestone: recurring, statusBlocks: [statusBlock({ date: "2022-01-12" })] })).toEqual([]);
  });
  it("does not judge items without status blocks, one-off items, or completed items", () => {
    expect(fires("stale-status", { milestone: recurring, statusBlocks: [] })).toEqual([]);
    expect(fires("stale-status", { milestone: { dueDates: ["2022-03-01"] }, statusBlocks: [statusBlock({ date: "2019-01-01" })] })).toEqual([]);
    expect(fires("stale-status", { item: completedItem(), milestone: recurring, statusBlocks: [statusBlock({ date: "2019-01-01" })] })).toEqual([]);
  });
});

describe("reported-in-jeopardy / reported-attention", () => {
  it("follow the latest block's state", () => {
    expect(fires("reported-in-jeopardy", { statusBlocks: [statusBlock({ state: "In jeopardy" })] })).toEqual(["The latest status block (2022-01-20, TSAG, January 2022) says In jeopardy."]);
    expect(fires("reported-attention", { statusBlocks: [statusBlock({ state: "Attention" })] })).toHaveLength(1);
  });
  it("ignore older blocks, other states and completed items", () => {
    const history = [statusBlock({ state: "On track" }), statusBlock({ date: "2021-06-01", state: "In jeopardy" })];
    expect(fires("reported-in-jeopardy", { statusBlocks: history })).toEqual([]);
    expect(fires("reported-attention", { statusBlocks: [statusBlock({ state: "On track" })] })).toEqual([]);
    expect(fires("reported-in-jeopardy", { item: completedItem(), statusBlocks: [statusBlock({ state: "In jeopardy" })] })).toEqual([]);
  });
});

describe("unreadable-status-block (attention)", () => {
  it("reports each problem", () => {
    expect(fires("unreadable-status-block", { statusProblems: ["A status block has no [End of status] line."] })).toEqual(["A status block is ignored: A status block has no [End of status] line."]);
  });
  it("is silent without problems", () => {
    expect(fires("unreadable-status-block", {})).toEqual([]);
  });
});

describe("recognizer findings in the registry (not re-detected by the rules)", () => {
  it("gives every item-number problem attention, never jeopardy, as an error", () => {
    for (const id of ["missing-item-number", "malformed-item-number", "duplicate-item-number", "item-number-other-resolution"]) {
      expect(ruleById(id)).toMatchObject({ scope: "recognizer", severity: "error", effect: "attention" });
    }
  });
  it("has no rule that runs a check for them", () => {
    expect(ITEM_RULES.map((each) => each.id)).not.toContain("duplicate-item-number");
    expect(RECOGNIZER_RULES.every((each) => !("check" in each))).toBe(true);
  });
});

describe("plan rules", () => {
  it("resolution-without-action-table: listed in Section I, no table in Section II", () => {
    const plan = planOf(item({ id: "01-01" }));
    plan.summary.push(summaryRow("22"));
    plan.resolutions.push(resolution("22", []));
    const check = PLAN_RULES.find((each) => each.id === "resolution-without-action-table")!.check;
    expect(check(plan)).toEqual([
      { resolution: "22", message: "Resolution 22 is listed in Section I but has no action table in Section II." },
    ]);
  });

  it("action-table-without-summary: a table in Section II, not listed in Section I", () => {
    const plan = planOf(item({ id: "01-01" }), item({ id: "02-01" }));
    plan.summary = plan.summary.filter((row) => row.key !== "2");
    const check = PLAN_RULES.find((each) => each.id === "action-table-without-summary")!.check;
    expect(check(plan)).toEqual([{ resolution: "2", message: "Resolution 2 has an action table in Section II but is not listed in Section I." }]);
  });

  it("both are silent on a consistent plan", () => {
    const plan = planOf(item({ id: "01-01" }), item({ id: "02-01" }));
    expect(PLAN_RULES.flatMap((each) => each.check(plan))).toEqual([]);
  });
});
