import type { PlanRule } from "./rule";

/** An action table whose resolution is missing from Section I's list: the executive summary is incomplete. */
export const actionTableWithoutSummary: PlanRule = {
  id: "action-table-without-summary",
  scope: "plan",
  severity: "warning",
  effect: "none",
  reason: "A resolution has an action table in Section II but is not listed in Section I.",
  check(plan) {
    const listed = new Set(plan.summary.map((row) => row.key));
    return plan.resolutions
      .filter((resolution) => (resolution.tables.length > 0 || resolution.items.length > 0) && !listed.has(resolution.key))
      .map((resolution) => ({ resolution: resolution.key, message: `${resolution.kind} ${resolution.number} has an action table in Section II but is not listed in Section I.` }));
  },
};
