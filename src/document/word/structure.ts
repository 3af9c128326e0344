/**
 * Structure: wrap every recognized field cell that has no control yet in the add-in's content control
 * (`TableCell.body.insertContentControl()`: the control wraps the cell's content, no text is written).
 * Cells already wrapped are left as they are (idempotent; partial documents are completed), cells in
 * conflict or without a usable number are reported, never guessed. Two round trips.
 */
import type { Finding } from "../../domain/finding";
import { fieldTitle } from "../tags";
import type { StructureReport } from "../port";
import { queueDocumentLoad, snapshotDocument, handleAt } from "./read-tables";
import { recognizeSnapshot } from "./read";
import { UNREAD_ROW_RULES, fieldCellStatuses, statusFinding, tagIdentity } from "../field-cell-status";

export async function structureDocument(context: Word.RequestContext): Promise<StructureReport> {
  const loaded = queueDocumentLoad(context);
  await context.sync();
  const { snapshot, plan, findings } = recognizeSnapshot(snapshotDocument(loaded));
  const statuses = fieldCellStatuses(snapshot.model, plan);
  const skipped: Finding[] = findings.filter((finding) => UNREAD_ROW_RULES.has(finding.rule));
  let wrapped = 0;
  let alreadyWrapped = 0;
  for (const status of statuses) {
    if (status.state === "wrapped") {
      alreadyWrapped += 1;
      continue;
    }
    if (status.state !== "unwrapped" || status.expectedTag === null) {
      skipped.push(statusFinding(status));
      continue;
    }
    const handle = handleAt(snapshot, status.address);
    const identity = tagIdentity(status.item);
    if (!handle || !identity) continue;
    const control = handle.cell.body.insertContentControl();
    control.tag = status.expectedTag;
    control.title = fieldTitle(identity.itemId, status.field);
    wrapped += 1;
  }
  if (wrapped > 0) await context.sync();
  return { wrapped, alreadyWrapped, skipped };
}

