/**
 * Action items from classified rows, and the checks that need the whole plan: numbers proposed for empty
 * number cells, keys, duplicate numbers, numbers of another resolution, and content controls whose tag
 * names another item or field.
 */
import { cellText, type CellAddress } from "./document-model";
import type { Finding } from "./finding";
import { formatItemNumber, parseItemNumberCell, prefixOf, serialOf } from "./item-number";
import { ITEM_FIELDS, type ActionItem, type ItemField } from "./plan";
import type { FieldCell, RowClass } from "./recognizer-rows";
import { isRedShading } from "./shading";
import { clip } from "./text-clip";

export interface ControlField {
  itemId: string;
  field: ItemField;
}

/** Reads a content-control tag as an item field (the adapters pass src/document/tags.ts here); null when it is not one. */
export type FieldForControl = (tag: string) => ControlField | null;

/** An item while the plan is being read: the item plus what the plan-wide checks need. */
export interface ItemDraft {
  item: ActionItem;
  fieldCells: Partial<Record<ItemField, FieldCell>>;
  /** First cell of the item's row, for findings about the row. */
  location: CellAddress;
  /** "Resolution 22, row 20", for messages. */
  where: string;
  malformedNumber: boolean;
}

const CHECK_MARK = /[√✓✔☑]/;

export function draftItem(row: Extract<RowClass, { kind: "item" }>, resolutionKey: string, where: string): ItemDraft {
  const fields = row.fields;
  const text = (field: keyof typeof fields): string => {
    const found = fields[field];
    return found ? cellText(found.cell) : "";
  };
  const rawId = text("id");
  const number = parseItemNumberCell(rawId);
  const shading = fields.id?.cell.shading ?? null;
  const cells: ActionItem["cells"] = {};
  for (const field of ITEM_FIELDS) {
    const found = fields[field as keyof typeof fields];
    if (found) cells[field] = found.address;
  }
  const periodicText = text("periodic");
  const completedText = text("completed");
  const item: ActionItem = {
    key: "",
    id: number.id,
    altIds: number.altIds,
    rawId,
    resolution: resolutionKey,
    action: text("action"),
    milestoneText: text("milestone"),
    periodicMet: CHECK_MARK.test(periodicText),
    periodicText,
    completed: CHECK_MARK.test(completedText),
    completedText,
    status: "",
    numberCellRed: isRedShading(shading),
    numberCellShading: shading,
    cells,
  };
  const firstField = fields.id ?? fields.action ?? Object.values(fields)[0];
  const location = firstField ? { ...firstField.address, cell: 0 } : { table: -1, row: row.row, cell: 0 };
  return { item, fieldCells: { ...fields }, location, where, malformedNumber: number.malformed };
}

export function attachStatus(draft: ItemDraft, status: FieldCell): void {
  draft.item.status = cellText(status.cell);
  draft.item.cells.status = status.address;
  draft.fieldCells.status = status;
}

/**
 * Gives every item its key, proposes numbers for items without one (from the control tag when the document
 * is structured, else the next free number after the previous item of the resolution), and reports number
 * problems. Linear in the number of items.
 */
export function settleNumbers(resolutions: readonly { key: string; label: string; prefix: string; items: ItemDraft[] }[], fieldForControl: FieldForControl | undefined): Finding[] {
  const findings: Finding[] = [];
  const used = new Set<string>();
  for (const resolution of resolutions) for (const draft of resolution.items) if (draft.item.id) used.add(draft.item.id);
  const firstSeen = new Map<string, ItemDraft>();
  const keyCounts = new Map<string, number>();

  for (const resolution of resolutions) {
    let previousSerial = 0;
    for (const draft of resolution.items) {
      const item = draft.item;
      if (item.id === null) {
        const proposal = proposalFromControl(draft, used, fieldForControl) ?? nextFree(resolution.prefix, previousSerial, used);
        item.proposedId = proposal;
        used.add(proposal);
        findings.push(numberFinding(draft, resolution, proposal));
      }
      const number = item.id ?? item.proposedId!;
      if (prefixOf(number) === resolution.prefix && Number.isFinite(serialOf(number))) previousSerial = serialOf(number);
      item.key = uniqueKey(number, keyCounts);

      if (item.id !== null) {
        const first = firstSeen.get(item.id);
        if (first) {
          findings.push({
            rule: "duplicate-item-number",
            severity: "error",
            message: `Item number ${item.id} is used twice: ${first.where} and ${draft.where}.`,
            itemKey: item.key,
            itemId: item.id,
            resolution: resolution.key,
            location: draft.location,
          });
        } else firstSeen.set(item.id, draft);
        if (prefixOf(item.id) !== resolution.prefix) {
          findings.push({
            rule: "item-number-other-resolution",
            severity: "error",
            message: `Item ${item.id} is in the action table of ${resolution.label}, but its number belongs to items of ${prefixOf(item.id)}-…`,
            itemKey: item.key,
            itemId: item.id,
            resolution: resolution.key,
            location: draft.location,
          });
        }
      }
    }
  }
  return findings;
}

function proposalFromControl(draft: ItemDraft, used: ReadonlySet<string>, fieldForControl: FieldForControl | undefined): string | null {
  const control = draft.fieldCells.id?.cell.control;
  if (!control || !fieldForControl) return null;
  const parsed = fieldForControl(control.tag);
  return parsed && parsed.field === "id" && !used.has(parsed.itemId) ? parsed.itemId : null;
}

function nextFree(prefix: string, previousSerial: number, used: ReadonlySet<string>): string {
  let serial = previousSerial + 1;
  while (used.has(formatItemNumber(prefix, serial))) serial += 1;
  return formatItemNumber(prefix, serial);
}

function uniqueKey(number: string, keyCounts: Map<string, number>): string {
  const count = (keyCounts.get(number) ?? 0) + 1;
  keyCounts.set(number, count);
  return count === 1 ? number : `${number}#${count}`;
}

function numberFinding(draft: ItemDraft, resolution: { key: string }, proposal: string): Finding {
  const malformed = draft.malformedNumber;
  return {
    rule: malformed ? "malformed-item-number" : "missing-item-number",
    severity: "error",
    message: malformed
      ? `${draft.where}: the number cell says "${clip(draft.item.rawId)}", which is not an item number; the sequence suggests ${proposal}.`
      : `${draft.where}: the item has no number; the sequence suggests ${proposal}.`,
    itemKey: proposal,
    itemId: null,
    resolution: resolution.key,
    location: draft.location,
  };
}

/** Findings about one item's cells (after keys are settled). */
export function itemCellFindings(draft: ItemDraft, fieldForControl: FieldForControl | undefined): Finding[] {
  const item = draft.item;
  const about = { itemKey: item.key, itemId: item.id, resolution: item.resolution };
  const findings: Finding[] = [];
  const name = item.id ?? `${item.proposedId} (proposed)`;
  if (item.altIds.length > 0) {
    findings.push({ rule: "alternate-item-number", severity: "info", message: `Item ${name} also carries the number ${item.altIds.join(", ")} in its number cell.`, ...about, location: item.cells.id });
  }
  if (item.completed && item.completedText.replace(CHECK_MARK, "").trim() !== "") {
    findings.push({
      rule: "completed-with-remark",
      severity: "info",
      message: `Item ${name}: the Completed cell has a remark besides the check mark ("${clip(item.completedText.replace(CHECK_MARK, ""))}").`,
      ...about,
      location: item.cells.completed,
    });
  }
  if (/^\s*completed\b/i.test(item.milestoneText)) {
    findings.push(
      item.completed
        ? { rule: "milestone-says-completed", severity: "info", message: `Item ${name}: the milestone says "${clip(item.milestoneText)}" instead of a due event; the item is ticked completed.`, ...about, location: item.cells.milestone }
        : { rule: "milestone-completed-not-ticked", severity: "warning", message: `Item ${name}: the milestone says "${clip(item.milestoneText)}" but the Completed column is not ticked.`, ...about, location: item.cells.milestone },
    );
  }
  if (!item.cells.status) {
    findings.push({ rule: "missing-status-row", severity: "warning", message: `Item ${name} has no status row under it.`, ...about, location: draft.location });
  }
  if (fieldForControl) {
    for (const field of ITEM_FIELDS) {
      const control = draft.fieldCells[field]?.cell.control;
      const tagged = control ? fieldForControl(control.tag) : null;
      if (tagged && (tagged.itemId !== item.key || tagged.field !== field)) {
        findings.push({
          rule: "control-tag-mismatch",
          severity: "warning",
          message: `Item ${name}: its ${field} cell carries the control of item ${tagged.itemId} (${tagged.field}) — a copied row or an edited tag.`,
          ...about,
          location: item.cells[field],
        });
      }
    }
  }
  return findings;
}
