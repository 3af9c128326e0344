import { latestStatusBlock, type ItemRule } from "./rule";

/**
 * The latest status block says Completed but the Completed column, which everyone counts, has no √.
 * (A milestone cell saying "Completed" without the √ is the recognizer's milestone-completed-not-ticked.)
 */
export const reportedCompletedNotTicked: ItemRule = {
  id: "reported-completed-not-ticked",
  scope: "item",
  severity: "warning",
  effect: "attention",
  reason: "Its latest status block says Completed, but \"Completed\" has no √.",
  check(context) {
    const latest = latestStatusBlock(context);
    if (context.item.completed || latest?.state !== "Completed") return [];
    return [`The latest status block (${latest.date}) says Completed, but "Completed" has no √: tick it or correct the block.`];
  },
};
