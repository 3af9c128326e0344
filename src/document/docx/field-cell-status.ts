/**
 * Where each recognized field cell stands with respect to the add-in's controls, by the rules of
 * docs/content-controls.md: wrapped (the right tag), unwrapped, conflict (a tag of another item or field,
 * or one tag on several cells: a copied row), untaggable (no valid number, or a number several items use).
 * The Word adapter applies the same rules (src/document/word/structure-status.ts); the .docx adapter keeps its
 * own copy so the CLI never loads the Office.js adapter.
 */
import { topLevelTables, type CellAddress, type ControlRef, type DocModel } from "../../domain/document-model";
import type { Finding } from "../../domain/finding";
import { ITEM_FIELDS, allItems, type ActionItem, type ItemField, type Plan } from "../../domain/plan";
import type { StructureLevel } from "../port";
import { fieldTag, isValidItemId, parseTag } from "../tags";

export type FieldCellState = "wrapped" | "unwrapped" | "conflict" | "untaggable";

export interface FieldCellStatus {
  item: ActionItem;
  field: ItemField;
  address: CellAddress;
  state: FieldCellState;
  /** The tag structure writes (null when the item cannot be tagged). */
  expectedTag: string | null;
  control?: ControlRef;
  reason?: string;
}

/** The number an item's tags carry: its own, else (when the number cell is empty) the proposed one. */
export function tagIdentity(item: ActionItem): { itemId: string; proposed: boolean } | null {
  if (item.id && isValidItemId(item.id)) return { itemId: item.id, proposed: false };
  if (!item.id && item.proposedId && isValidItemId(item.proposedId)) return { itemId: item.proposedId, proposed: true };
  return null;
}

export function fieldCellStatuses(model: DocModel, plan: Plan): FieldCellStatus[] {
  const tables = topLevelTables(model);
  const controlAt = (address: CellAddress): ControlRef | undefined => tables[address.table]?.rows[address.row]?.cells[address.cell]?.control;
  const items = allItems(plan);
  const idUse = new Map<string, number>();
  const tagUse = new Map<string, number>();
  for (const item of items) {
    const identity = tagIdentity(item);
    if (identity) idUse.set(identity.itemId, (idUse.get(identity.itemId) ?? 0) + 1);
    for (const field of ITEM_FIELDS) {
      const address = item.cells[field];
      const tag = address ? controlAt(address)?.tag : undefined;
      if (tag) tagUse.set(tag, (tagUse.get(tag) ?? 0) + 1);
    }
  }
  const statuses: FieldCellStatus[] = [];
  for (const item of items) {
    const identity = tagIdentity(item);
    for (const field of ITEM_FIELDS) {
      const address = item.cells[field];
      if (!address) continue;
      const control = controlAt(address);
      const expectedTag = identity ? fieldTag(identity.itemId, field, identity.proposed) : null;
      const base = { item, field, address, expectedTag, ...(control ? { control } : {}) };
      if (control) {
        const parsed = parseTag(control.tag);
        const matches = parsed?.kind === "field" && identity !== null && parsed.itemId === identity.itemId && parsed.field === field;
        if ((tagUse.get(control.tag) ?? 0) > 1) statuses.push({ ...base, state: "conflict", reason: `the tag ${control.tag} is on more than one cell (a copied row?)` });
        else if (matches) statuses.push({ ...base, state: "wrapped" });
        else statuses.push({ ...base, state: "conflict", reason: `its control is tagged ${control.tag}, not as this item's ${field}` });
      } else if (!identity) statuses.push({ ...base, state: "untaggable", reason: "it has no valid item number" });
      else if ((idUse.get(identity.itemId) ?? 0) > 1) statuses.push({ ...base, state: "untaggable", reason: `the number ${identity.itemId} is used by more than one item` });
      else statuses.push({ ...base, state: "unwrapped" });
    }
  }
  return statuses;
}

export interface StructureSummary {
  level: StructureLevel;
  items: number;
  structuredItems: number;
  conflictingControls: number;
}

export function summarizeStructure(plan: Plan, statuses: readonly FieldCellStatus[]): StructureSummary {
  const items = allItems(plan);
  const notWrapped = new Set(statuses.filter((status) => status.state !== "wrapped").map((status) => status.item.key));
  const structuredItems = items.filter((item) => !notWrapped.has(item.key)).length;
  const wrappedCells = statuses.filter((status) => status.state === "wrapped").length;
  const conflictingControls = statuses.filter((status) => status.state === "conflict").length;
  const level: StructureLevel = items.length > 0 && structuredItems === items.length ? "structured" : wrappedCells === 0 && conflictingControls === 0 ? "plain" : "partial";
  return { level, items: items.length, structuredItems, conflictingControls };
}

/** The finding a person reads for a field cell structure left alone. */
export function statusFinding(status: FieldCellStatus): Finding {
  const name = status.item.id ?? status.item.proposedId ?? status.item.key;
  return {
    rule: status.state === "conflict" ? "conflicting-control" : "untaggable-item",
    severity: "warning",
    message: `Item ${name}, ${status.field}: not structured because ${status.reason ?? "it cannot be tagged"}.`,
    itemKey: status.item.key,
    itemId: status.item.id,
    resolution: status.item.resolution,
    location: status.address,
  };
}
