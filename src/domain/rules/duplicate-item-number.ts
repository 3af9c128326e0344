import type { ItemRule } from "./rule";

/** Two items with one number break links, tags and cross-references ("see action item 44-13"). Cross-references in the number cell, "(44-25)", are not counted. */
export const duplicateItemNumber: ItemRule = {
  id: "duplicate-item-number",
  scope: "item",
  severity: "error",
  effect: "attention",
  reason: "Another item has the same number.",
  check({ item, numbering }) {
    if (item.id === null) return [];
    const count = numbering.idCounts.get(item.id) ?? 0;
    return count > 1 ? [`${count} action items are numbered ${item.id}.`] : [];
  },
};
