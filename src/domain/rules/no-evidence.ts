import type { ItemRule } from "./rule";

/** A √ in "Completed" should be backed by the status row: a document, a decision, a date. */
export const noEvidence: ItemRule = {
  id: "no-evidence",
  scope: "item",
  severity: "warning",
  effect: "attention",
  reason: "Marked completed, but its status says nothing (no evidence).",
  check({ item }) {
    if (!item.completed || item.status.trim() !== "") return [];
    return ['Marked completed (√), but the status row is empty: add the evidence (document, decision or date).'];
  },
};
