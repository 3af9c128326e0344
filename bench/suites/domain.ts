/** Recognition and validation of the actual plan ×1, ×10, ×100: cost must grow linearly with the plan. */
import { defaultCalendar } from "../../src/domain/calendar";
import { allItems } from "../../src/domain/plan";
import { recognizePlan } from "../../src/domain/recognizer";
import { validatePlan } from "../../src/domain/validate";
import { buildSeedDocModel } from "../../src/fixture/seed-text";
import { scaledPlan } from "../../src/fixture/scaled-plan";
import { medianMs, ratio, type BenchSuite } from "../table";
import { readSeedText } from "../../src/fixture/seed-file";

const suite: BenchSuite = {
  title: "Domain engine: recognition + validation (as of 2022-01-20)",
  async run() {
    const base = buildSeedDocModel(readSeedText());
    const calendar = defaultCalendar();
    const rows: (string | number)[][] = [];
    let perItemBase = 0;
    for (const times of [1, 10, 100]) {
      const model = scaledPlan(base, times);
      const { plan, findings } = recognizePlan(model);
      const items = allItems(plan).length;
      const recognizeMs = await medianMs(() => recognizePlan(model), times === 100 ? 3 : 5);
      const validateMs = await medianMs(() => validatePlan(plan, calendar, "2022-01-20", {}, findings), times === 100 ? 3 : 5);
      const perItemUs = ((recognizeMs + validateMs) * 1000) / items;
      if (times === 1) perItemBase = perItemUs;
      rows.push([`×${times}`, items, recognizeMs, validateMs, perItemUs.toFixed(1), ratio(perItemUs, perItemBase)]);
    }
    return {
      columns: ["plan", "items", "recognize ms (median)", "validate ms (median)", "µs per item", "per-item cost vs ×1"],
      rows,
      notes: ["Linear growth means the per-item cost stays near 1.00× as the plan grows."],
    };
  },
};

export default suite;
