import type { ItemRule } from "./rule";

/** The item still counts (its key is the proposed number); a person must write the number in. */
export const missingItemNumber: ItemRule = {
  id: "missing-item-number",
  scope: "item",
  severity: "error",
  effect: "attention",
  reason: "Its number cell is empty.",
  check({ item }) {
    if (item.id !== null || item.rawId.trim() !== "") return [];
    const proposal = item.proposedId ? `; the sequence suggests ${item.proposedId}` : "";
    return [`The action item has no number${proposal}.`];
  },
};
