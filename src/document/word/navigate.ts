/**
 * Navigate: select (and so scroll to) an item's number cell or the cell of a finding. Nothing is written.
 * A structured item is found by its tag, so the selection follows the item even if rows moved since the read:
 * two round trips. Without its control (a plain document, or a co-author removed it), the cell address of the
 * read is used — but rows may have been deleted or moved since, so that cell may now be another item's: it is
 * selected only when it still holds this item's number (one more round trip, three in all); otherwise nothing
 * is selected and the pane asks to validate again. A finding's bare location has no identity to check.
 */
import { parseItemNumberCell } from "../../domain/item-number";
import type { ActionItem } from "../../domain/plan";
import { DocumentError } from "../document-error";
import type { NavigateResult, NavigateTarget } from "../port";
import { expectedFieldTag } from "../field-cell-status";


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
  if (!table || !address) throw new DocumentError("ItemNotFound", "That place is no longer in the document. Validate the plan again.");
  const cell = table.getCell(address.row, address.cell);
  if ("item" in target) await checkStillTheItem(context, table, cell, target.item);
  cell.body.select("Select");
  await syncOrNotFound(context);
  return { selected: "cell" };
}

/** The number cell at the read's address must still be this item's: same number, or (no number) same texts. */
async function checkStillTheItem(context: Word.RequestContext, table: Word.Table, numberCell: Word.TableCell, item: ActionItem): Promise<void> {
  numberCell.load("value");
  const actionAddress = item.cells.action;
  const actionCell = item.id === null && actionAddress ? table.getCell(actionAddress.row, actionAddress.cell).load("value") : null;
  await syncOrNotFound(context);
  const still =
    item.id !== null
      ? parseItemNumberCell(lines(numberCell.value)).id === item.id
      : sameText(numberCell.value, item.rawId) && actionCell !== null && sameText(actionCell.value, item.action);
  if (!still) {
    throw new DocumentError("DocumentChanged", `Item ${item.id ?? item.proposedId ?? item.key} is no longer where it was read (rows were moved or deleted); nothing was selected. Validate the plan again.`);
  }
}

async function syncOrNotFound(context: Word.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw new DocumentError("ItemNotFound", "That cell is no longer in the document. Validate the plan again.", { cause: error });
  }
}

/** Word separates a cell's paragraphs with "\r" (sometimes "\v" for line breaks); the domain reads "\n". */
function lines(text: string): string {
  return text.replace(/\r\n?|\v/g, "\n");
}

function sameText(now: string, read: string): boolean {
  const normalize = (text: string): string => text.replace(/\s+/g, " ").trim();
  return normalize(now) === normalize(read);
}
