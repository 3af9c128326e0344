/**
 * The check every write makes, on the document as read in the write's own first batch: is each item it is
 * about to touch still the item the caller's read saw? An item passes when its fingerprint is unchanged and
 * its number is used once (a copied row duplicates the number and the tags, so neither copy is written).
 */
import type { DocModel } from "../domain/document-model";
import type { Finding } from "../domain/finding";
import { allItems, type ActionItem, type Plan } from "../domain/plan";
import { fingerprintItems } from "./fingerprint";
import type { ItemFingerprint } from "./port";
import { tagIdentity } from "./field-cell-status";

export interface BasisCheck {
  /** Items safe to write, by key, as they are in the document now. */
  current: Map<string, ActionItem>;
  /** One finding per item not written, saying why. */
  conflicts: Finding[];
  /** Keys asked for that the basis does not hold (a caller's mistake rather than a document change). */
  notInBasis: Set<string>;
}

export function checkAgainstBasis(model: DocModel, plan: Plan, basis: readonly ItemFingerprint[], itemKeys: readonly string[]): BasisCheck {
  const expected = new Map(basis.map((entry) => [entry.itemKey, entry.hash]));
  const items = allItems(plan);
  const byKey = new Map(items.map((item) => [item.key, item]));
  const numberUse = new Map<string, number>();
  for (const item of items) {
    const number = tagIdentity(item)?.itemId ?? item.id;
    if (number) numberUse.set(number, (numberUse.get(number) ?? 0) + 1);
  }
  const wanted = new Set(itemKeys);
  const hashNow = new Map(fingerprintItems(model, items.filter((item) => wanted.has(item.key))).map((entry) => [entry.itemKey, entry.hash]));
  const current = new Map<string, ActionItem>();
  const conflicts: Finding[] = [];
  const notInBasis = new Set<string>();
  for (const key of itemKeys) {
    const item = byKey.get(key);
    const hash = expected.get(key);
    const number = item ? (tagIdentity(item)?.itemId ?? item.id) : null;
    let reason: string | null = null;
    if (hash === undefined) {
      reason = "it was not part of the read this change is based on";
      notInBasis.add(key);
    }
    else if (!item) reason = "it is no longer in the document (row deleted or number changed)";
    else if (number && (numberUse.get(number) ?? 0) > 1) reason = `its number ${number} now appears more than once (a copied row?)`;
    else if (hashNow.get(key) !== hash) reason = "it was edited since it was read (text, tag or content control changed)";
    if (reason === null && item) current.set(key, item);
    else conflicts.push(changedFinding(key, item, reason ?? "it changed"));
  }
  return { current, conflicts, notInBasis };
}

function changedFinding(key: string, item: ActionItem | undefined, reason: string): Finding {
  return {
    rule: "document-changed",
    severity: "warning",
    message: `Item ${item?.id ?? key} was not updated because ${reason}. Validate the plan again.`,
    itemKey: key,
    ...(item ? { itemId: item.id, resolution: item.resolution, ...(item.cells.id ? { location: item.cells.id } : {}) } : {}),
  };
}
