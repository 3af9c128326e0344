/** One item as the Item view shows it: the item as read, its validation result and its latest status block. */
import { allItems, type ActionItem } from "../../domain/plan";
import { cellLookup } from "../../document/fingerprint";
import { findStatusBlocks, type StatusBlock } from "../../domain/status-block";
import type { ItemResult } from "../../domain/validation-types";
import { strings } from "../strings";
import type { Validation } from "./validate-document";

export interface ItemDetail {
  item: ActionItem;
  result: ItemResult;
  resolutionLabel: string;
  /** The newest readable status block of the item's status narrative. */
  latestStatus: StatusBlock | null;
}

/** The number a person knows the item by: as written, else the proposed one, else its key. */
export function itemLabel(item: Pick<ActionItem, "id" | "proposedId" | "key">): string {
  return item.id ?? item.proposedId ?? item.key;
}

export function itemDetail(validation: Validation, itemKey: string): ItemDetail | null {
  const item = allItems(validation.read.plan).find((candidate) => candidate.key === itemKey);
  const result = validation.result.items.find((candidate) => candidate.itemKey === itemKey);
  if (!item || !result) return null;
  const resolution = validation.read.plan.resolutions.find((candidate) => candidate.key === item.resolution);
  return {
    item,
    result,
    resolutionLabel: resolution ? strings.resolutionLabel(resolution.kind, resolution.number) : item.resolution,
    latestStatus: findStatusBlocks(item.status)[0] ?? null,
  };
}

/**
 * The item an adapter names by its number (a tag's or a number cell's "01-04"), in the validation's read.
 * The key is the number when it is unique; a duplicated number's later items get "01-04#2" and so on, which a number
 * cannot tell apart, so it names the first. A number cell left empty gets a proposed number: its key, and its tag.
 */
export function itemOfNumber(validation: Validation, itemId: string): ActionItem | null {
  const items = allItems(validation.read.plan);
  return items.find((candidate) => candidate.key === itemId) ?? items.find((candidate) => candidate.id === itemId || candidate.proposedId === itemId) ?? null;
}

export interface ItemChoice {
  key: string;
  label: string;
}

/** Every item of the read, in document order, for the item picker. */
export function itemChoices(validation: Validation): ItemChoice[] {
  return allItems(validation.read.plan).map((item) => ({ key: item.key, label: itemLabel(item) }));
}

import type { EditableField } from "../../document/field-value";

export type { EditableField };

/** Which fields can be edited in place: those wrapped in the add-in's content control in the read (structured). */
export function editableFields(validation: Validation, item: ActionItem): Record<EditableField, boolean> {
  const cellAt = cellLookup(validation.read.model);
  const wrapped = (field: EditableField): boolean => {
    const address = item.cells[field];
    return address !== undefined && cellAt(address)?.control !== undefined;
  };
  return { milestone: wrapped("milestone"), periodic: wrapped("periodic"), completed: wrapped("completed") };
}

/** The check mark the plan uses for "Periodic goals met" and "Completed" (the document's own text). */
export { CHECK_MARK } from "../../document/field-value";
