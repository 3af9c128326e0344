/**
 * Which action item the cursor is in, for the pane's Item view ("the item under the cursor"). One round trip:
 * the selection's nearest content controls (a structured item is named by its tag, even from a status-block
 * part) and its table cell with the table's cell texts (a plain item is named by its row's number cell, or the
 * row above when the cursor is in the status row). Nested tables in status cells resolve to the outer row.
 * Nothing is written.
 */
import { parseItemNumberCell } from "../../domain/item-number";
import type { ItemAtSelection } from "../port";
import { parseTag } from "../tags";


export async function itemAtSelection(context: Word.RequestContext): Promise<ItemAtSelection | null> {
  // Chained from getSelection() each time: navigation properties are proxies, not loaded values.
  const control = context.document.getSelection().parentContentControlOrNullObject.load("tag");
  const outerControl = context.document.getSelection().parentContentControlOrNullObject.parentContentControlOrNullObject.load("tag");
  const table = context.document.getSelection().parentTableOrNullObject.load("values,nestingLevel");
  const cell = context.document.getSelection().parentTableCellOrNullObject.load("rowIndex");
  // When the cursor is in a table nested in a status cell, the item is the outer table's row.
  const outerTable = context.document.getSelection().parentTableOrNullObject.parentTableOrNullObject.load("values,nestingLevel");
  const outerCell = context.document.getSelection().parentTableOrNullObject.parentTableCellOrNullObject.load("rowIndex");
  await context.sync();

  for (const candidate of [control, outerControl]) {
    if (candidate.isNullObject) continue;
    const parsed = parseTag(candidate.tag);
    if (parsed) return { itemId: parsed.itemId, via: "control" };
  }
  if (table.isNullObject || cell.isNullObject) return null;
  const nested = table.nestingLevel > 1 && !outerTable.isNullObject && !outerCell.isNullObject;
  const values = nested ? outerTable.values : table.values;
  const rowIndex = nested ? outerCell.rowIndex : cell.rowIndex;
  return itemOfRow(values, rowIndex);
}

/** The item of a row: its own number cell, or — for a status row, whose first cell is empty — the row above. */
export function itemOfRow(values: readonly (readonly string[])[], rowIndex: number): ItemAtSelection | null {
  for (const index of [rowIndex, rowIndex - 1]) {
    const first = values[index]?.[0];
    if (first === undefined) continue;
    const number = parseItemNumberCell(first.replace(/\r/g, "\n"));
    if (number.id) return { itemId: number.id, via: "table" };
    if (first.trim() !== "") return null;
  }
  return null;
}
