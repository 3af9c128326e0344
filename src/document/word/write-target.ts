/** The first batch shared by the single-item writes: read, recognize, check the item against the basis. */
import type { ActionItem } from "../../domain/plan";
import type { ItemFingerprint } from "../port";
import { checkAgainstBasis } from "../basis-check";
import { DocumentError } from "../document-error";
import { queueDocumentLoad, snapshotDocument, type DocumentSnapshot } from "./read-tables";
import { recognizeSnapshot } from "./read";

export async function loadCheckedItem(context: Word.RequestContext, itemKey: string, basis: readonly ItemFingerprint[]): Promise<{ snapshot: DocumentSnapshot; item: ActionItem }> {
  const loaded = queueDocumentLoad(context);
  await context.sync();
  const { snapshot, plan } = recognizeSnapshot(snapshotDocument(loaded));
  const check = checkAgainstBasis(snapshot.model, plan, basis, [itemKey]);
  const item = check.current.get(itemKey);
  if (!item) {
    const conflict = check.conflicts[0];
    throw new DocumentError(check.notInBasis.has(itemKey) ? "ItemNotFound" : "DocumentChanged", conflict?.message ?? `Item ${itemKey} was not found.`);
  }
  return { snapshot, item };
}
