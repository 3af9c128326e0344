/**
 * Round trips per operation do not grow with the plan: every operation of the Word adapter makes the same
 * number of context.sync() calls on the actual plan and on the plan ×10 (3750 items).
 */
import { defaultCalendar } from "../../../src/domain/calendar";
import { colourMarks } from "../../../src/domain/colouring";
import type { DocModel } from "../../../src/domain/document-model";
import { validatePlan } from "../../../src/domain/validate";
import { WordDocument } from "../../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice } from "../../../src/simulator";
import { actualPlanModel, itemOf, planTimes } from "../../support/word-adapter-builders";

/** Runs every operation once, in a realistic order, and returns the round trips of each. */
async function roundTrips(model: DocModel): Promise<Record<string, number>> {
  const sim = createSimulatedWord(model);
  const restore = installSimulatedOffice(globalThis, sim);
  try {
    const doc = new WordDocument({ random: () => 0.5 });
    const counts: Record<string, number> = {};
    const measure = async <T>(name: string, operation: () => Promise<T>): Promise<T> => {
      const before = sim.stats.syncs;
      const result = await operation();
      counts[name] = sim.stats.syncs - before;
      return result;
    };
    await measure("detect (plain)", () => doc.detect());
    await measure("read (plain, no state yet)", () => doc.read());
    await measure("structure", () => doc.structure());
    await measure("structure again (nothing to wrap)", () => doc.structure());
    await measure("detect (structured)", () => doc.detect());
    const read = await measure("read (structured)", () => doc.read());
    const marks = colourMarks(validatePlan(read.plan, defaultCalendar(), "2022-01-20", {}, read.findings));
    await measure("colour (first: creates the state)", () => doc.colour(marks, read));
    const withState = await measure("read (with state)", () => doc.read());
    const earlier = colourMarks(validatePlan(withState.plan, defaultCalendar(), "2019-01-01", {}, withState.findings));
    await measure("colour (recover)", () => doc.colour(earlier, withState));
    const current = await doc.read();
    await measure("insert status block", () =>
      doc.insertStatusBlock({ itemKey: "01-04", block: { date: "2022-01-20", event: "TSAG", state: "On track", summary: "s", references: [], nextSteps: "n" } }, current.fingerprints),
    );
    const afterBlock = await doc.read();
    await measure("set field", () => doc.setField("01-05", "completed", "√", afterBlock.fingerprints));
    await measure("navigate", () => doc.navigate({ item: itemOf(afterBlock.plan, "44-02") }));
    const watching = await measure("watch (start)", () => doc.watch({ onItemsChanged: () => undefined }));
    if (watching.available) await measure("watch (stop)", () => watching.stop());
    await measure("unstructure", () => doc.unstructure());
    return counts;
  } finally {
    restore();
  }
}

describe("round trips per operation", () => {
  it("are fixed, and the same for the plan ×1 and ×10", async () => {
    const one = await roundTrips(actualPlanModel());
    expect(one).toEqual({
      "detect (plain)": 1,
      "read (plain, no state yet)": 1,
      structure: 2,
      "structure again (nothing to wrap)": 1,
      "detect (structured)": 1,
      "read (structured)": 1,
      "colour (first: creates the state)": 2,
      "read (with state)": 2,
      "colour (recover)": 2,
      "insert status block": 2,
      "set field": 2,
      navigate: 2,
      "watch (start)": 2,
      "watch (stop)": 1,
      unstructure: 2,
    });
    const ten = await roundTrips(planTimes(10));
    expect(ten).toEqual(one);
  }, 300_000);
});
