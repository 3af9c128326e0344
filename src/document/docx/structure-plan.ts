/**
 * Structure: wraps each recognized field cell of each item in the add-in's block content control
 * (tag and title from src/document/tags.ts). Cells already wrapped for the same item and field are left
 * alone, so running it twice changes nothing and a partially structured document is completed.
 * A cell wrapped for another item (a copied row, an edited tag) is reported, never re-tagged.
 */
import { topLevelTables, type DocModel } from "../../domain/document-model";
import type { Finding } from "../../domain/finding";
import { ITEM_FIELDS, allItems, type ActionItem, type ItemField, type Plan } from "../../domain/plan";
import type { StructureReport } from "../port";
import { fieldTag, fieldTitle, isValidItemId, parseTag } from "../tags";
import { ControlIds, wrapCellContent } from "./control-edit";
import type { CellIndex } from "./read-document";

/** The number the item's tags carry: its own, else the proposed one (tagged as proposed). */
export function tagIdentity(item: ActionItem): { itemId: string; proposed: boolean } | null {
  if (item.id && isValidItemId(item.id)) return { itemId: item.id, proposed: false };
  if (item.proposedId && isValidItemId(item.proposedId)) return { itemId: item.proposedId, proposed: true };
  return null;
}

export function structurePlan(document: Document, model: DocModel, index: CellIndex, plan: Plan, recognizerFindings: readonly Finding[]): StructureReport {
  const ids = new ControlIds(document);
  const tables = topLevelTables(model);
  const report: StructureReport = { wrapped: 0, alreadyWrapped: 0, skipped: recognizerFindings.filter((finding) => finding.location && !finding.itemKey) };
  for (const item of allItems(plan)) {
    const identity = tagIdentity(item);
    if (!identity) {
      report.skipped.push({
        rule: "unstructurable-item",
        severity: "warning",
        message: `An item of resolution ${item.resolution} has no usable number ("${item.rawId}") and none could be proposed, so its cells were not wrapped.`,
        itemKey: item.key,
        itemId: item.id,
        resolution: item.resolution,
      });
      continue;
    }
    for (const field of ITEM_FIELDS) {
      const address = item.cells[field];
      if (!address) continue;
      const cell = tables[address.table]?.rows[address.row]?.cells[address.cell];
      const element = index.cells[address.table]?.[address.row]?.[address.cell];
      if (!cell || !element) continue;
      if (cell.control) {
        if (controlMatches(cell.control.tag, identity.itemId, field)) report.alreadyWrapped += 1;
        else report.skipped.push(conflictFinding(item, field, cell.control.tag, address));
        continue;
      }
      wrapCellContent(element, fieldTag(identity.itemId, field, identity.proposed), fieldTitle(identity.itemId, field), ids);
      report.wrapped += 1;
    }
  }
  return report;
}

export function controlMatches(tag: string, itemId: string, field: ItemField): boolean {
  const parsed = parseTag(tag);
  return parsed?.kind === "field" && parsed.itemId === itemId && parsed.field === field;
}

function conflictFinding(item: ActionItem, field: ItemField, tag: string, location: Finding["location"]): Finding {
  return {
    rule: "conflicting-control",
    severity: "warning",
    message: `The ${field} cell of item ${item.id ?? item.proposedId ?? item.key} already carries the control "${tag}", which belongs to another item or field (a copied row or an edited tag); it was left as it is.`,
    itemKey: item.key,
    itemId: item.id,
    resolution: item.resolution,
    ...(location ? { location } : {}),
  };
}
