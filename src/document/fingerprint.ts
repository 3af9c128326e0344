/**
 * Item fingerprints: what a write checks before it touches an item, so that a document edited between
 * the read a decision was based on and the write (row deleted, text edited, tag changed, control removed)
 * is detected instead of overwritten. Pure: both adapters (Word and .docx) use it on their DocModel.
 *
 * The hash covers, for each of the item's field cells in ITEM_FIELDS order: whether the cell exists, its
 * text as a person reads it, and the tag of the add-in's control around it. It deliberately leaves out
 * the cell's position (a row inserted above does not make the item another item) and its shading (the
 * add-in's own colouring must not invalidate the read it was computed from).
 */
import { cellText, topLevelTables, type CellAddress, type DocCell, type DocModel } from "../domain/document-model";
import { ITEM_FIELDS, allItems, type ActionItem, type Plan } from "../domain/plan";
import type { ItemFingerprint } from "./port";

export function cellAt(model: DocModel, address: CellAddress): DocCell | undefined {
  return topLevelTables(model)[address.table]?.rows[address.row]?.cells[address.cell];
}

export function fingerprintItem(model: DocModel, item: ActionItem): ItemFingerprint {
  const parts: string[] = [];
  for (const field of ITEM_FIELDS) {
    const address = item.cells[field];
    const found = address ? cellAt(model, address) : undefined;
    parts.push(found ? `${field}\u0001${found.control?.tag ?? ""}\u0001${cellText(found)}` : `${field}\u0001-`);
  }
  return { itemKey: item.key, hash: hashText(parts.join("\u0002")) };
}

export function fingerprintPlan(model: DocModel, plan: Plan): ItemFingerprint[] {
  return allItems(plan).map((item) => fingerprintItem(model, item));
}

export interface FingerprintComparison {
  /** Keys of items whose fingerprint is the same now as in the basis. */
  unchanged: Set<string>;
  /** Keys in the basis whose item changed or is gone. */
  changed: string[];
}

export function compareFingerprints(basis: readonly ItemFingerprint[], current: readonly ItemFingerprint[]): FingerprintComparison {
  const now = new Map(current.map((entry) => [entry.itemKey, entry.hash]));
  const unchanged = new Set<string>();
  const changed: string[] = [];
  for (const entry of basis) {
    if (now.get(entry.itemKey) === entry.hash) unchanged.add(entry.itemKey);
    else changed.push(entry.itemKey);
  }
  return { unchanged, changed };
}

/**
 * A 106-bit non-cryptographic hash (two independent 53-bit cyrb53 rounds), as 28 hex digits.
 * Collisions only matter against accidental edits, never against an adversary.
 */
export function hashText(text: string): string {
  return cyrb53(text, 0x9e3779b9).toString(16).padStart(14, "0") + cyrb53(text, 0x85ebca6b).toString(16).padStart(14, "0");
}

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
