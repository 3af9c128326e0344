import type { ItemRule } from "./rule";
import { longDate, quoted } from "./wording";

/** An open item with a due date between as-of and as-of + horizon (default 30 days): a heads-up before it becomes overdue. */
export const dueSoon: ItemRule = {
  id: "due-soon",
  scope: "item",
  severity: "warning",
  effect: "attention",
  reason: "Not completed, and due within the next few weeks (the horizon, 30 days by default).",
  check({ item, milestone, asOf, horizonEnd, options }) {
    if (item.completed) return [];
    const next = [...milestone.dueDates].sort().find((date) => date >= asOf && date <= horizonEnd);
    return next === undefined ? [] : [`Due ${longDate(next)} (milestone ${quoted(item.milestoneText)}), within ${options.horizonDays} days, and not marked completed.`];
  },
};
