import type { ItemRule } from "./rule";

/** Item numbers start with their resolution's number (item 44-13 belongs to Resolution 44). Opinions have no such convention to check. */
export const foreignItemNumber: ItemRule = {
  id: "foreign-item-number",
  scope: "item",
  severity: "error",
  effect: "attention",
  reason: "Its number does not start with its resolution's number.",
  check({ item, resolution }) {
    if (item.id === null || resolution.kind !== "Resolution") return [];
    const prefix = /^(\d+)-/.exec(item.id)?.[1];
    if (prefix === undefined || Number(prefix) === resolution.number) return [];
    return [`Item ${item.id} is in the table of Resolution ${resolution.number}; its number should start with ${String(resolution.number).padStart(2, "0")}-.`];
  },
};
