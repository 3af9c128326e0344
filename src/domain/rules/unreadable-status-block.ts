import type { ItemRule } from "./rule";

/** A block that looks like a status block but cannot be read is ignored by the other rules, so say so. */
export const unreadableStatusBlock: ItemRule = {
  id: "unreadable-status-block",
  scope: "item",
  severity: "warning",
  effect: "attention",
  reason: "A status block in its status row cannot be read, so it is ignored.",
  check({ statusProblems }) {
    return statusProblems.map((problem) => `A status block is ignored: ${problem}`);
  },
};
