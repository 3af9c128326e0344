/**
 * Edit fields: set an item's milestone, "periodic goals met" or "completed" through its content control
 * (`ContentControl.insertText(value, "Replace")`: only the control's content changes). The check marks stay
 * the document's own "√" text. Two round trips; a changed item or a missing control throws, nothing written.
 */
import type { ItemFingerprint } from "../port";
import { DocumentError } from "../document-error";
import { handleAt } from "./read-tables";
import { controlMatches } from "../field-cell-status";
import { checkFieldValue, type EditableField } from "../field-value";
import { loadCheckedItem } from "./write-target";

export async function setItemField(context: Word.RequestContext, itemKey: string, field: EditableField, value: string, basis: readonly ItemFingerprint[]): Promise<void> {
  const text = checkFieldValue(field, value);
  const { snapshot, item } = await loadCheckedItem(context, itemKey, basis);
  const address = item.cells[field];
  const control = address ? handleAt(snapshot, address)?.fieldControl : null;
  if (!address) throw new DocumentError("ItemNotFound", `Item ${item.id ?? item.key} has no ${field} cell.`);
  if (!control || !controlMatches(item, field, control.tag)) {
    throw new DocumentError("NotStructured", `Item ${item.id ?? item.key}'s ${field} has no content control of the add-in: structure the plan first.`);
  }
  control.insertText(text, "Replace");
  await context.sync();
}
