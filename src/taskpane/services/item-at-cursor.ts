/**
 * What "Use the item at the cursor" found, in the terms of the last validation: the item to show, no item (the
 * cursor is outside the action items' rows), or an item the validation does not know (the document changed since).
 */
import { itemLabel, itemOfNumber } from "./item-detail";
import type { Validation } from "./validate-document";

export type CursorItem =
  | { kind: "found"; itemKey: string; label: string }
  | { kind: "outside" }
  | { kind: "not-validated"; itemId: string };

/** `found` is what the port's itemAtSelection() gave: the item's number, or null outside any item. */
export function cursorItem(validation: Validation, found: { itemId: string } | null): CursorItem {
  if (found === null) return { kind: "outside" };
  const item = itemOfNumber(validation, found.itemId);
  return item ? { kind: "found", itemKey: item.key, label: itemLabel(item) } : { kind: "not-validated", itemId: found.itemId };
}
