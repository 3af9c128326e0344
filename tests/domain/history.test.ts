import { changesSince, changesSinceLastRun, snapshotRun, trendSeries } from "../../src/domain/history";
import { DOC_A, resultWith, runWith } from "../support/storage-fixtures";

describe("snapshotRun", () => {
  it("keeps the as-of date, the counts by state and every item's state in document order", () => {
    const result = resultWith("2022-01-20", [
      ["01-02", "jeopardy"],
      ["01-01", "ok"],
      ["01-03", "done"],
    ]);
    const run = snapshotRun(DOC_A, result, new Date("2022-01-20T09:30:00Z"));
    expect(run).toEqual({
      documentKey: DOC_A,
      at: "2022-01-20T09:30:00.000Z",
      asOf: "2022-01-20",
      counts: { done: 1, ok: 1, attention: 0, jeopardy: 1 },
      items: [
        { itemKey: "01-02", itemId: "01-02", state: "jeopardy" },
        { itemKey: "01-01", itemId: "01-01", state: "ok" },
        { itemKey: "01-03", itemId: "01-03", state: "done" },
      ],
    });
  });
});

describe("trendSeries", () => {
  it("gives one point per run, oldest first, whatever order the runs come in", () => {
    const later = runWith(2, "2022-02-01T10:00:00.000Z", [
      ["01-01", "jeopardy"],
      ["01-02", "done"],
      ["01-03", "attention"],
    ]);
    const earlier = runWith(1, "2022-01-20T10:00:00.000Z", [
      ["01-01", "ok"],
      ["01-02", "ok"],
      ["01-03", "attention"],
    ]);
    expect(trendSeries([later, earlier])).toEqual([
      { runId: 1, at: "2022-01-20T10:00:00.000Z", asOf: "2022-01-20", jeopardy: 0, attention: 1, done: 0, ok: 2, total: 3 },
      { runId: 2, at: "2022-02-01T10:00:00.000Z", asOf: "2022-02-01", jeopardy: 1, attention: 1, done: 1, ok: 0, total: 3 },
    ]);
  });

  it("orders runs recorded at the same instant by id", () => {
    const at = "2022-01-20T10:00:00.000Z";
    expect(trendSeries([runWith(7, at, []), runWith(3, at, [])]).map((point) => point.runId)).toEqual([3, 7]);
  });

  it("is empty without runs", () => {
    expect(trendSeries([])).toEqual([]);
  });
});

describe("changesSince", () => {
  const previous = runWith(1, "2022-01-20T10:00:00.000Z", [
    ["01-01", "ok"],
    ["01-02", "jeopardy"],
    ["01-03", "attention"],
    ["01-04", "jeopardy"],
    ["01-05", "attention"],
    ["01-06", "jeopardy"],
  ]);
  const current = runWith(2, "2022-02-01T10:00:00.000Z", [
    ["01-07", "jeopardy"],
    ["01-05", "attention"],
    ["01-04", "done"],
    ["01-03", "jeopardy"],
    ["01-02", "jeopardy"],
    ["01-01", "attention"],
  ]);

  it("lists items that entered jeopardy, in the current run's document order, including new items", () => {
    expect(changesSince(previous, current).enteredJeopardy).toEqual([
      { itemKey: "01-07", itemId: "01-07", from: null, to: "jeopardy" },
      { itemKey: "01-03", itemId: "01-03", from: "attention", to: "jeopardy" },
    ]);
  });

  it("lists items that left jeopardy, items gone from the plan last", () => {
    expect(changesSince(previous, current).leftJeopardy).toEqual([
      { itemKey: "01-04", itemId: "01-04", from: "jeopardy", to: "done" },
      { itemKey: "01-06", itemId: "01-06", from: "jeopardy", to: null },
    ]);
  });

  it("does the same for attention, and an item staying in a state is no change", () => {
    const changes = changesSince(previous, current);
    expect(changes.enteredAttention.map((change) => change.itemKey)).toEqual(["01-01"]);
    expect(changes.leftAttention.map((change) => change.itemKey)).toEqual(["01-03"]);
    expect(changes.previousRunId).toBe(1);
    expect(changes.currentRunId).toBe(2);
  });

  it("finds nothing between a run and itself", () => {
    const changes = changesSince(current, current);
    expect([...changes.enteredJeopardy, ...changes.leftJeopardy, ...changes.enteredAttention, ...changes.leftAttention]).toEqual([]);
  });

  it("changesSinceLastRun compares the two latest runs by time, and needs two", () => {
    const oldest = runWith(5, "2021-12-01T10:00:00.000Z", [["01-01", "jeopardy"]]);
    expect(changesSinceLastRun([current, oldest, previous])).toEqual(changesSince(previous, current));
    expect(changesSinceLastRun([current])).toBeNull();
  });
});
