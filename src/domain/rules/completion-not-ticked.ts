import { latestStatusBlock, type ItemRule } from "./rule";
import { quoted } from "./wording";

/** The document says "completed" somewhere but the Completed column, which everyone counts, has no √. */
export const completionNotTicked: ItemRule = {
  id: "completion-not-ticked",
  scope: "item",
  severity: "warning",
  effect: "attention",
  reason: "Its milestone or latest status says completed, but \"Completed\" has no √.",
  check(context) {
    const { item, milestone } = context;
    if (item.completed) return [];
    const messages: string[] = [];
    if (milestone.saysCompleted) messages.push(`The milestone ${quoted(item.milestoneText)} says completed, but "Completed" has no √: tick it or correct the milestone.`);
    const latest = latestStatusBlock(context);
    if (latest?.state === "Completed") messages.push(`The latest status block (${latest.date}) says Completed, but "Completed" has no √.`);
    return messages;
  },
};
