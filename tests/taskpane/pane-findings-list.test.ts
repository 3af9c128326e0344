import { filterRows, findingRows, groupByResolution, NO_FILTER, sortRows, type FindingRow } from "../../src/taskpane/services/findings-list";
import { validationOf, smallPlan } from "../support/pane-harness";

const rows = findingRows(validationOf(smallPlan()));
const numbers = (list: FindingRow[]): string[] => list.map((row) => row.number || row.finding.rule);

describe("findings list (pure)", () => {
  test("one row per finding in document order: resolution 1's items, then resolution 2's plan finding and items", () => {
    expect(numbers(rows)).toEqual(["01-02", "uninterpretable-row", "02-02", "02-03"]);
    expect(rows.map((row) => row.resolutionLabel)).toEqual(["Resolution 1", "Resolution 2", "Resolution 2", "Resolution 2"]);
    const overdue = rows[0]!;
    expect(overdue).toMatchObject({ state: "jeopardy", milestone: "Council 2021", dueDate: "2021-06-18" });
    expect(overdue.finding.rule).toBe("overdue");
    expect(overdue.reason).toBeTruthy();
    expect(rows[1]!.state).toBeNull();
  });

  test("filters by state, severity and text (number, message or milestone), and combinations", () => {
    expect(numbers(filterRows(rows, { ...NO_FILTER, states: ["attention"] }))).toEqual(["02-02", "02-03"]);
    expect(numbers(filterRows(rows, { ...NO_FILTER, severities: ["error"] }))).toEqual(["02-03"]);
    expect(numbers(filterRows(rows, { ...NO_FILTER, severities: ["warning"] }))).toEqual(["01-02", "uninterpretable-row", "02-02"]);
    expect(numbers(filterRows(rows, { ...NO_FILTER, text: "council" }))).toEqual(["01-02"]);
    expect(numbers(filterRows(rows, { ...NO_FILTER, text: " 02-0 " }))).toEqual(["02-02", "02-03"]);
    expect(numbers(filterRows(rows, { states: ["attention"], severities: ["warning"], text: "" }))).toEqual(["02-02"]);
    expect(filterRows(rows, { ...NO_FILTER, text: "no such words" })).toEqual([]);
  });

  test("sorts by number, milestone, due date and state both ways; rows without the value go last; document order restores", () => {
    expect(numbers(sortRows(rows, "number", "descending"))).toEqual(["02-03", "02-02", "01-02", "uninterpretable-row"]);
    expect(numbers(sortRows(rows, "milestone"))).toEqual(["01-02", "02-03", "02-02", "uninterpretable-row"]);
    // Only 01-02 has a due date; the rows without one follow in document order.
    expect(numbers(sortRows(rows, "dueDate", "descending"))).toEqual(["01-02", "uninterpretable-row", "02-02", "02-03"]);
    expect(numbers(sortRows(rows, "state"))).toEqual(["01-02", "02-02", "02-03", "uninterpretable-row"]);
    expect(numbers(sortRows(rows, "state", "descending"))).toEqual(["02-02", "02-03", "01-02", "uninterpretable-row"]);
    expect(sortRows(sortRows(rows, "number", "descending"), "document")).toEqual(rows);
  });

  test("item numbers compare as numbers, not text (9 before 10, 101 after 99)", () => {
    const make = (number: string, order: number): FindingRow => ({ ...rows[0]!, id: `x${order}`, order, number });
    const list = [make("101-01", 0), make("09-02", 1), make("10-01", 2), make("09-10", 3)];
    expect(sortRows(list, "number").map((row) => row.number)).toEqual(["09-02", "09-10", "10-01", "101-01"]);
  });

  test("groups consecutive rows by resolution", () => {
    expect(groupByResolution(rows).map((group) => [group.label, group.rows.length])).toEqual([
      ["Resolution 1", 1],
      ["Resolution 2", 3],
    ]);
  });
});
