import type { ItemRule } from "./rule";

/** An open item with an empty milestone cell can never be late, which is exactly the problem. */
export const missingMilestone: ItemRule = {
  id: "missing-milestone",
  scope: "item",
  severity: "warning",
  effect: "attention",
  reason: "Not completed, and it has no milestone.",
  check({ item }) {
    if (item.completed || item.milestoneText.trim() !== "") return [];
    return ["The milestone cell is empty: nothing says when this item is due."];
  },
};
