import { latestStatusBlock, type ItemRule } from "./rule";

/** The people reporting on the item said so themselves in the latest status block. */
export const reportedInJeopardy: ItemRule = {
  id: "reported-in-jeopardy",
  scope: "item",
  severity: "warning",
  effect: "jeopardy",
  reason: "Its latest status block says \"In jeopardy\".",
  check(context) {
    const latest = latestStatusBlock(context);
    if (context.item.completed || latest?.state !== "In jeopardy") return [];
    return [`The latest status block (${latest.date}, ${latest.event}) says In jeopardy.`];
  },
};
