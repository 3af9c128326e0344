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
  return cellLookup(model)(address);
}

/** A cell finder over the model as it is now: lists the top-level tables once, for many look-ups. */
export function cellLookup(model: DocModel): (address: CellAddress) => DocCell | undefined {
  const tables = topLevelTables(model);
  return (address) => tables[address.table]?.rows[address.row]?.cells[address.cell];
}

export function fingerprintItem(model: DocModel, item: ActionItem): ItemFingerprint {
  return fingerprintWith(cellLookup(model), item);
}

function fingerprintWith(lookup: (address: CellAddress) => DocCell | undefined, item: ActionItem): ItemFingerprint {
  const parts: string[] = [];
  for (const field of ITEM_FIELDS) {
    const address = item.cells[field];
    const found = address ? lookup(address) : undefined;
    parts.push(found ? `${field}\u0001${found.control?.tag ?? ""}\u0001${cellText(found)}` : `${field}\u0001-`);
  }
  return { itemKey: item.key, hash: hashText(parts.join("\u0002")) };
}

export function fingerprintPlan(model: DocModel, plan: Plan): ItemFingerprint[] {
  return fingerprintItems(model, allItems(plan));
}

export function fingerprintItems(model: DocModel, items: readonly ActionItem[]): ItemFingerprint[] {
  const lookup = cellLookup(model);
  return items.map((item) => fingerprintWith(lookup, item));
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
 * A 64-bit non-cryptographic hash (two FNV-1a-32 passes with different offsets and input mixing), as 16 hex
 * digits. Collisions only matter against accidental edits, never against an adversary. Written with shifts
 * and adds instead of Math.imul, which some JavaScript realms (e.g. Jest's sandbox) do not inline.
 */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 ^= code;
    h1 = (h1 + (h1 << 1) + (h1 << 4) + (h1 << 7) + (h1 << 8) + (h1 << 24)) | 0;
    h2 ^= (code << 8) ^ (code >>> 3) ^ index;
    h2 = (h2 + (h2 << 1) + (h2 << 4) + (h2 << 7) + (h2 << 8) + (h2 << 24)) | 0;
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
