import { isPeriodic, type ItemRule } from "./rule";
import { longDate, quoted } from "./wording";

/**
 * A one-off milestone whose last due date has passed without √ in "Completed"; or one whose intermediate due date
 * ("Council 2021" in "Council 2021 / WTSA-20") has passed with no √ in "Periodic goals met" either. A milestone with a
 * pending piece ("Council 2025, WTSA-28" while WTSA-28 is not in the calendar) has its last due date still ahead, so
 * its passed dates are intermediate ones.
 * Ongoing and recurring items are judged by periodic-goals-not-met instead (a past checkpoint of an ongoing item is
 * what its √ in "Periodic goals met" attests).
 */
export const overdue: ItemRule = {
  id: "overdue",
  scope: "item",
  severity: "warning",
  effect: "jeopardy",
  reason: "Not completed, and its due date has passed.",
  check({ item, milestone, asOf }) {
    if (item.completed || isPeriodic(milestone)) return [];
    const dates = [...milestone.dueDates].sort();
    const past = dates.filter((date) => date < asOf);
    const last = dates[dates.length - 1];
    const latestPast = past[past.length - 1];
    if (last === undefined || latestPast === undefined) return [];
    const lastIsAhead = (milestone.pending ?? []).length > 0;
    if (last < asOf && !lastIsAhead) return [`Due ${longDate(last)} (milestone ${quoted(item.milestoneText)}) and not marked completed.`];
    if (!item.periodicMet) return [`The intermediate due date ${longDate(latestPast)} (milestone ${quoted(item.milestoneText)}) has passed with no √ in "Periodic goals met".`];
    return [];
  },
};
