import { resolutionsWithActionTables } from "../plan";
import type { PlanRule } from "./rule";

/** Section I promises an action plan for every listed resolution; Section II should have its table. */
export const resolutionWithoutActionTable: PlanRule = {
  id: "resolution-without-action-table",
  scope: "plan",
  severity: "warning",
  effect: "none",
  reason: "A resolution listed in Section I has no action table in Section II.",
  check(plan) {
    const withTables = new Set(resolutionsWithActionTables(plan).map((resolution) => resolution.key));
    return plan.summary
      .filter((row) => !withTables.has(row.key))
      .map((row) => ({ resolution: row.key, message: `${row.kind} ${row.number} is listed in Section I but has no action table in Section II.` }));
  },
};
