/**
 * Where each recognized field cell stands with respect to the add-in's content controls, by the rules of
 * docs/content-controls.md: wrapped (the right tag), unwrapped, conflict (a tag of another item or field,
 * or one tag on several cells: a copied row), untaggable (no valid number, or a number several items use).
 * Pure (DocModel, Plan and the tag codec; no Office.js, no XML): both adapters, Word and .docx, use it for
 * detect (counts), structure (what to wrap, what to report) and the writes (is the control the right one).
 */
import type { CellAddress, ControlRef, DocModel } from "../domain/document-model";
import type { Finding } from "../domain/finding";
import { ITEM_FIELDS, allItems, type ActionItem, type ItemField, type Plan } from "../domain/plan";
import { cellLookup } from "./fingerprint";
import { fieldTag, isValidItemId, parseTag } from "./tags";
import type { StructureLevel } from "./port";

/**
 * Recognizer findings that mean part of a table was not read (src/domain/recognizer.ts): a row that is not an item,
 * a status row that follows no item, a table whose columns are not the plan's. Structure reports them as skipped.
 */
export const UNREAD_ROW_RULES: ReadonlySet<string> = new Set(["uninterpretable-row", "orphan-status-row", "action-table-columns"]);

export type FieldCellState =
  /** Wrapped in the add-in's control with the tag this item and field should have. */
  | "wrapped"
  /** No control of the add-in yet; `expectedTag` says what structure would write. */
  | "unwrapped"
  /** A control of the add-in whose tag is not this item's and field's, or a tag found on several cells. */
  | "conflict"
  /** No valid number to tag it with (or a number used by several items): structure leaves it and reports it. */
  | "untaggable";

export interface FieldCellStatus {
  item: ActionItem;
  field: ItemField;
  address: CellAddress;
  state: FieldCellState;
  expectedTag: string | null;
  control?: ControlRef;
  /** Why the cell is in conflict or untaggable, in words. */
  reason?: string;
}

/** The item number the tags of an item carry: its own number, else the proposed one. */
export function tagIdentity(item: ActionItem): { itemId: string; proposed: boolean } | null {
  if (item.id && isValidItemId(item.id)) return { itemId: item.id, proposed: false };
  if (!item.id && item.proposedId && isValidItemId(item.proposedId)) return { itemId: item.proposedId, proposed: true };
  return null;
}

export function expectedFieldTag(item: ActionItem, field: ItemField): string | null {
  const identity = tagIdentity(item);
  return identity ? fieldTag(identity.itemId, field, identity.proposed) : null;
}

/** True when the control's tag names this item (own or proposed number) and this field. */
export function controlMatches(item: ActionItem, field: ItemField, tag: string): boolean {
  const parsed = parseTag(tag);
  const identity = tagIdentity(item);
  return parsed?.kind === "field" && identity !== null && parsed.field === field && parsed.itemId === identity.itemId;
}

export function fieldCellStatuses(model: DocModel, plan: Plan): FieldCellStatus[] {
  const items = allItems(plan);
  const cellAt = cellLookup(model);
  const idUse = new Map<string, number>();
  for (const item of items) {
    const identity = tagIdentity(item);
    if (identity) idUse.set(identity.itemId, (idUse.get(identity.itemId) ?? 0) + 1);
  }
  const tagUse = new Map<string, number>();
  for (const item of items)
    for (const field of ITEM_FIELDS) {
      const address = item.cells[field];
      const tag = address ? cellAt(address)?.control?.tag : undefined;
      if (tag) tagUse.set(tag, (tagUse.get(tag) ?? 0) + 1);
    }

  const statuses: FieldCellStatus[] = [];
  for (const item of items) {
    const identity = tagIdentity(item);
    for (const field of ITEM_FIELDS) {
      const address = item.cells[field];
      if (!address) continue;
      const control = cellAt(address)?.control;
      const expectedTag = expectedFieldTag(item, field);
      const base = { item, field, address, expectedTag, ...(control ? { control } : {}) };
      if (control) {
        if ((tagUse.get(control.tag) ?? 0) > 1) statuses.push({ ...base, state: "conflict", reason: `the tag ${control.tag} is on more than one cell (a copied row?)` });
        else if (controlMatches(item, field, control.tag)) statuses.push({ ...base, state: "wrapped" });
        else statuses.push({ ...base, state: "conflict", reason: `its control is tagged ${control.tag}, not as this item's ${field}` });
      } else if (!identity) {
        statuses.push({ ...base, state: "untaggable", reason: "it has no valid item number" });
      } else if ((idUse.get(identity.itemId) ?? 0) > 1) {
        statuses.push({ ...base, state: "untaggable", reason: `the number ${identity.itemId} is used by more than one item` });
      } else {
        statuses.push({ ...base, state: "unwrapped" });
      }
    }
  }
  return statuses;
}

export interface StructureSummary {
  level: StructureLevel;
  items: number;
  structuredItems: number;
  conflictingControls: number;
  wrappedCells: number;
}

export function summarizeStructure(plan: Plan, statuses: readonly FieldCellStatus[]): StructureSummary {
  const items = allItems(plan);
  const notWrapped = new Set(statuses.filter((status) => status.state !== "wrapped").map((status) => status.item.key));
  const structuredItems = items.filter((item) => !notWrapped.has(item.key)).length;
  const wrappedCells = statuses.filter((status) => status.state === "wrapped").length;
  const conflictingControls = statuses.filter((status) => status.state === "conflict").length;
  const level: StructureLevel =
    items.length > 0 && structuredItems === items.length ? "structured" : wrappedCells === 0 && conflictingControls === 0 ? "plain" : "partial";
  return { level, items: items.length, structuredItems, conflictingControls, wrappedCells };
}

/** The finding a person reads for a cell structure left alone. */
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
