import type { ItemRule } from "./rule";
import { quoted } from "./wording";

/** Milestone text the engine cannot date: no deadline is checked for it, so a person must look. */
export const unparsedMilestone: ItemRule = {
  id: "unparsed-milestone",
  scope: "item",
  severity: "warning",
  effect: "attention",
  reason: "Its milestone could not be understood, so no due date is checked.",
  check({ item, milestone }) {
    if (item.completed) return [];
    return milestone.unresolved.map((piece) => `The milestone ${quoted(piece)} is not understood (not a known form or not in the calendar), so no due date is checked for it.`);
  },
};
