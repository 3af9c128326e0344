/**
 * The whole actual plan (src/fixture/wtsa16-action-plan.txt), validated as of 2022-01-20 (the TSAG meeting of
 * January 2022, for which this edition of the plan was prepared) against the default calendar.
 */
import { colourMarks } from "../../src/domain/colouring";
import { defaultCalendar } from "../../src/domain/calendar";
import { allItems } from "../../src/domain/plan";
import { recognizePlan } from "../../src/domain/recognizer";
import { validatePlan } from "../../src/domain/validate";
import { buildSeedDocModel } from "../../src/fixture/seed-text";
import { readSeedText } from "../../src/fixture/seed-file";

const AS_OF = "2022-01-20";
const { plan, findings } = recognizePlan(buildSeedDocModel(readSeedText()));
const result = validatePlan(plan, defaultCalendar(), AS_OF, {}, findings);

function keysWith(state: string, rule?: string): string[] {
  return result.items.filter((item) => item.state === state && (rule === undefined || item.findings.some((finding) => finding.rule === rule))).map((item) => item.itemKey);
}

/**
 * One-off milestones whose due date has passed while "Completed" has no √ (rule "overdue"). Grouped by milestone;
 * each due date is the end of the event the milestone names (docs/milestones.md):
 */
const OVERDUE = {
  // "TSAG 2017": the May 2017 TSAG meeting. 22-01's status says GSS results went to that meeting, but it was never ticked.
  "TSAG 2017": ["22-01"],
  // "TSAG 2020": the last TSAG meeting of 2020, September 2020 (virtual).
  "TSAG 2020": ["22-05", "32-10"],
  // "Council 2020": the last Council session of 2020, the second virtual consultation of councillors (November 2020).
  "Council 2020": ["20-03", "52-07"],
  // "Council 2021": the virtual session of 8–18 June 2021.
  "Council 2021": ["70-03", "75-02", "87-02", "93-03"],
  // "TSAG 2021": the last TSAG meeting of 2021, October 2021 (virtual); several are yearly reports written as one date.
  "TSAG 2021": ["22-04", "22-08", "22-09", "92-03"],
  // "2021": the end of 2021 (43-01 regional preparatory meetings for WTSA-20, 43-02 consulting on regional preparations).
  "2021": ["43-01", "43-02"],
};

/**
 * Ongoing or recurring milestones with no √ in "Periodic goals met" (rule "periodic-goals-not-met"): the document's
 * own convention for "on track" is missing. 47-01, 49-01 and 93-05 say SG2 received no contributions; 66-01 and 66-02
 * (Technology Watch) have an empty status; 90-07 ("Council", i.e. each Council session) says nothing can be reported.
 */
const PERIODIC_GOALS_NOT_MET = ["47-01", "49-01", "66-01", "66-02", "90-07", "93-05"];

describe("the actual plan as of 2022-01-20", () => {
  it("classifies every item", () => {
    expect(result.items).toHaveLength(allItems(plan).length);
    expect(result.summary).toMatchObject({ asOf: AS_OF, items: 375, states: { done: 39, ok: 313, attention: 2, jeopardy: 21 } });
  });

  it("pins the jeopardy list: overdue one-off milestones, and ongoing items without periodic goals met", () => {
    const overdue = Object.values(OVERDUE).flat();
    expect(keysWith("jeopardy").sort()).toEqual([...overdue, ...PERIODIC_GOALS_NOT_MET].sort());
    expect(keysWith("jeopardy", "overdue").sort()).toEqual([...overdue].sort());
    expect(keysWith("jeopardy", "periodic-goals-not-met").sort()).toEqual([...PERIODIC_GOALS_NOT_MET].sort());
  });

  it("dates each overdue group by its milestone", () => {
    for (const [milestone, keys] of Object.entries(OVERDUE)) {
      for (const key of keys) {
        const item = allItems(plan).find((each) => each.key === key)!;
        expect(item.milestoneText).toBe(milestone);
        expect(item.completed).toBe(false);
      }
    }
  });

  it("needs attention for the two items without a number (22-10 and 44-36 are proposed from the sequence)", () => {
    expect(keysWith("attention")).toEqual(["22-10", "44-36"]);
    expect(keysWith("attention", "missing-item-number")).toEqual(["22-10", "44-36"]);
  });

  it("understands every milestone of the plan", () => {
    expect(result.items.flatMap((item) => item.findings).filter((finding) => finding.rule === "unparsed-milestone")).toEqual([]);
  });

  it("reports Opinion 1, listed in Section I, as having no action table", () => {
    expect(result.planFindings.filter((finding) => finding.rule === "resolution-without-action-table").map((finding) => finding.resolution)).toEqual(["OP1"]);
  });

  it("would shade 23 number cells red under the document's legend (attention or jeopardy), 21 for jeopardy only", () => {
    expect(colourMarks(result).filter((mark) => mark.red)).toHaveLength(23);
    expect(colourMarks(result, { redFor: "jeopardy" }).filter((mark) => mark.red)).toHaveLength(21);
  });
});
