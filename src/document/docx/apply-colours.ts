/**
 * Colour: applies the domain's colour decisions to the number cells. The add-in shades a cell red only
 * when it is not red already and records the mark in the shared state; it clears only red it recorded
 * (and only while the cell still has exactly that fill). Red a person set is never changed.
 * Items that changed since the read the decisions were computed from are reported, not written.
 */
import { type DocModel } from "../../domain/document-model";
import type { Finding } from "../../domain/finding";
import { allItems, ITEM_FIELDS, type Plan } from "../../domain/plan";
import { isRedShading } from "../../domain/shading";
import { compareFingerprints, fingerprintPlan } from "../fingerprint";
import type { ColourMark, ColourReport, ItemFingerprint } from "../port";
import type { RedMark, SharedState } from "../shared-state";
import { fieldControlOfCell } from "./content-control";
import { clearCellFill, setCellFill } from "./cell-shading-edit";
import { setControlColour } from "./control-edit";
import type { CellIndex } from "./read-document";
import { cellShading } from "./shading";

/** The red the add-in uses, the document legend's "box coloured with red". */
export const TOOL_RED = "#FF0000";

export interface ColourOutcome {
  report: ColourReport;
  redMarks: RedMark[];
}

export function applyColours(model: DocModel, index: CellIndex, plan: Plan, marks: readonly ColourMark[], basis: readonly ItemFingerprint[], state: SharedState): ColourOutcome {
  const items = new Map(allItems(plan).map((item) => [item.key, item]));
  const current = fingerprintPlan(model, plan);
  const relevantBasis = basis.filter((entry) => marks.some((mark) => mark.itemKey === entry.itemKey));
  const { unchanged } = compareFingerprints(relevantBasis, current);
  const toolMarks = new Map(state.redMarks.map((mark) => [mark.itemId, mark]));
  const report: ColourReport = { marked: 0, cleared: 0, personRedKept: 0, conflicts: [] };
  for (const mark of marks) {
    const item = items.get(mark.itemKey);
    const address = item?.cells.id;
    const cell = address ? index.cells[address.table]?.[address.row]?.[address.cell] : undefined;
    if (!item || !cell || !unchanged.has(mark.itemKey)) {
      report.conflicts.push(changedFinding(mark.itemKey, item?.resolution));
      continue;
    }
    const shading = cellShading(cell);
    const ours = toolMarks.get(item.key);
    if (mark.red) {
      if (ours && shading === ours.colour) {
        // Already marked by the add-in.
      } else if (isRedShading(shading)) {
        if (ours) toolMarks.delete(item.key);
        report.personRedKept += 1;
      } else {
        setCellFill(cell, TOOL_RED);
        toolMarks.set(item.key, { itemId: item.key, colour: TOOL_RED });
        report.marked += 1;
      }
    } else if (ours) {
      if (clearCellFill(cell, ours.colour)) report.cleared += 1;
      else if (isRedShading(shading)) report.personRedKept += 1;
      toolMarks.delete(item.key);
    } else if (isRedShading(shading)) {
      report.personRedKept += 1;
    }
    for (const field of ITEM_FIELDS) {
      const fieldAddress = item.cells[field];
      const fieldCell = fieldAddress ? index.cells[fieldAddress.table]?.[fieldAddress.row]?.[fieldAddress.cell] : undefined;
      const control = fieldCell ? fieldControlOfCell(fieldCell) : null;
      if (control) setControlColour(control, mark.controlColour ?? null);
    }
  }
  return { report, redMarks: [...toolMarks.values()] };
}

function changedFinding(itemKey: string, resolution: string | undefined): Finding {
  return {
    rule: "document-changed",
    severity: "warning",
    message: `Item ${itemKey} changed (or is gone) since the document was read, so its colour was not written; validate again.`,
    itemKey,
    ...(resolution ? { resolution } : {}),
  };
}
