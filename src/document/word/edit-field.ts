/**
 * Edit fields: set an item's milestone, "periodic goals met" or "completed" through its content control
 * (`ContentControl.insertText(value, "Replace")`: only the control's content changes). The check marks stay
 * the document's own "√" text. Two round trips; a changed item or a missing control throws, nothing written.
 */
import type { ItemField } from "../../domain/plan";
import type { ItemFingerprint } from "../port";
import { WordAdapterError } from "./errors";
import { handleAt } from "./read-tables";
import { controlMatches } from "../field-cell-status";
import { loadCheckedItem } from "./write-target";

export type EditableField = Extract<ItemField, "milestone" | "periodic" | "completed">;
export const CHECK_MARK = "√";

export function checkFieldValue(field: EditableField, value: string): string {
  if (field === "milestone") return value;
  const trimmed = value.trim();
  if (trimmed === "" || trimmed === CHECK_MARK) return trimmed;
  throw new WordAdapterError("InvalidValue", `"${field === "periodic" ? "Periodic goals met" : "Completed"}" is either ticked (${CHECK_MARK}) or empty, not "${value}".`);
}

export async function setItemField(context: Word.RequestContext, itemKey: string, field: EditableField, value: string, basis: readonly ItemFingerprint[]): Promise<void> {
  const text = checkFieldValue(field, value);
  const { snapshot, item } = await loadCheckedItem(context, itemKey, basis);
  const address = item.cells[field];
  const control = address ? handleAt(snapshot, address)?.fieldControl : null;
  if (!address) throw new WordAdapterError("ItemNotFound", `Item ${item.id ?? item.key} has no ${field} cell.`);
  if (!control || !controlMatches(item, field, control.tag)) {
    throw new WordAdapterError("NotStructured", `Item ${item.id ?? item.key}'s ${field} has no content control of the add-in: structure the plan first.`);
  }
  control.insertText(text, "Replace");
  await context.sync();
}
