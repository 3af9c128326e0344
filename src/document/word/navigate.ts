/**
 * Navigate: select (and so scroll to) an item's number cell or the cell of a finding. A structured item
 * is found by its tag, so the selection follows the item even if rows moved since the read; otherwise
 * the cell address of the read is used. Nothing is written. Two round trips.
 */
import type { CellAddress } from "../../domain/document-model";
import type { ActionItem } from "../../domain/plan";
import { WordAdapterError } from "./errors";
import { expectedFieldTag } from "../field-cell-status";

export type NavigateTarget = { item: ActionItem } | { location: CellAddress };

export interface NavigateResult {
  /** What was selected: the item's number control (found by tag) or a cell by its address. */
  selected: "control" | "cell";
}

export async function navigateTo(context: Word.RequestContext, target: NavigateTarget): Promise<NavigateResult> {
  const tag = "item" in target ? expectedFieldTag(target.item, "id") : null;
  const address = "item" in target ? target.item.cells.id : target.location;
  const tagged = tag ? context.document.body.contentControls.getByTag(tag).load("items/id") : null;
  const tables = context.document.body.tables.load("items/nestingLevel");
  await context.sync();
  const control = tagged?.items.length === 1 ? tagged.items[0] : undefined;
  if (control) {
    control.select("Select");
    await context.sync();
    return { selected: "control" };
  }
  const table = address ? tables.items.filter((candidate) => candidate.nestingLevel === 1)[address.table] : undefined;
  if (!table || !address) throw new WordAdapterError("ItemNotFound", "That place is no longer in the document. Validate the plan again.");
  table.getCell(address.row, address.cell).body.select("Select");
  try {
    await context.sync();
  } catch (error) {
    throw new WordAdapterError("ItemNotFound", "That cell is no longer in the document. Validate the plan again.", { cause: error });
  }
  return { selected: "cell" };
}
