/**
 * Structure: wraps each recognized field cell that has no control of the add-in yet in a block content
 * control with the shared tag and title (src/document/tags.ts). Wrapped cells are left alone (running it
 * twice changes nothing; a partial structure is completed); conflicts, untaggable items and the rows the
 * recognizer did not read are reported, never guessed. The result is edits of the source text (control-edit.ts).
 */
import type { DocModel } from "../../domain/document-model";
import type { Finding } from "../../domain/finding";
import type { Plan } from "../../domain/plan";
import type { StructureReport } from "../port";
import { fieldTitle } from "../tags";
import { cellTree } from "./cell-span";
import { ControlIds, wrapCellContent } from "./control-edit";
import { UNREAD_ROW_RULES, fieldCellStatuses, statusFinding, tagIdentity } from "../field-cell-status";
import type { CellIndex } from "./read-document";
import type { TextEdit } from "./text-edit";

export function structurePlan(text: string, model: DocModel, index: CellIndex, controlIds: ReadonlySet<number>, plan: Plan, recognizerFindings: readonly Finding[]): { report: StructureReport; edits: TextEdit[] } {
  const ids = new ControlIds(controlIds);
  const edits: TextEdit[] = [];
  const report: StructureReport = { wrapped: 0, alreadyWrapped: 0, skipped: recognizerFindings.filter((finding) => UNREAD_ROW_RULES.has(finding.rule)) };
  for (const status of fieldCellStatuses(model, plan)) {
    if (status.state === "wrapped") {
      report.alreadyWrapped += 1;
      continue;
    }
    const identity = tagIdentity(status.item);
    const span = index.cells[status.address.table]?.[status.address.row]?.[status.address.cell];
    if (status.state !== "unwrapped" || status.expectedTag === null || !identity || !span) {
      report.skipped.push(statusFinding(status));
      continue;
    }
    edits.push(...wrapCellContent(cellTree(text, span), status.expectedTag, fieldTitle(identity.itemId, status.field), ids));
    report.wrapped += 1;
  }
  return { report, edits };
}
