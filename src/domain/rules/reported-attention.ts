import { latestStatusBlock, type ItemRule } from "./rule";

/** The people reporting on the item asked for attention in the latest status block. */
export const reportedAttention: ItemRule = {
  id: "reported-attention",
  scope: "item",
  severity: "warning",
  effect: "attention",
  reason: "Its latest status block says \"Attention\".",
  check(context) {
    const latest = latestStatusBlock(context);
    if (context.item.completed || latest?.state !== "Attention") return [];
    return [`The latest status block (${latest.date}, ${latest.event}) says Attention.`];
  },
};
