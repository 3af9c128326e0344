import type { ItemRule } from "./rule";
import { quoted } from "./wording";

/** Something is written in the number cell, but not a number of the form NN-NN. */
export const malformedItemNumber: ItemRule = {
  id: "malformed-item-number",
  scope: "item",
  severity: "error",
  effect: "attention",
  reason: "Its number is not of the form NN-NN.",
  check({ item }) {
    if (item.id !== null || item.rawId.trim() === "") return [];
    return [`The number cell says ${quoted(item.rawId)}, which is not an item number of the form NN-NN.`];
  },
};
