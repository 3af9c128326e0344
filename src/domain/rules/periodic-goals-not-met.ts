import { isPeriodic, type ItemRule } from "./rule";
import { quoted } from "./wording";

/** An ongoing or recurring item is on track only while a person attests its periodic goals with √. */
export const periodicGoalsNotMet: ItemRule = {
  id: "periodic-goals-not-met",
  scope: "item",
  severity: "warning",
  effect: "jeopardy",
  reason: "Ongoing or recurring, and \"Periodic goals met\" has no √.",
  check({ item, milestone }) {
    if (item.completed || item.periodicMet || !isPeriodic(milestone)) return [];
    return [`The milestone ${quoted(item.milestoneText)} is ongoing or recurring, but "Periodic goals met" has no √.`];
  },
};
