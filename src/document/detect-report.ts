/**
 * The DetectReport of a recognized document, for both adapters (Word and .docx): one function, so the counts
 * they report for the same document cannot drift apart (they once did: the Word adapter counted Opinion 1,
 * which has no action table, the .docx adapter and the CLI did not).
 */
import type { DocModel } from "../domain/document-model";
import { resolutionsWithActionTables, type Plan } from "../domain/plan";
import { fieldCellStatuses, summarizeStructure } from "./field-cell-status";
import type { DetectReport } from "./port";

/**
 * `addinControls`: the adapter's count of the add-in's controls of any kind (tags.ts isOurTag), taken from the
 * document itself rather than the model, which keeps field controls per cell and status-block controls per paragraph.
 */
export function detectReport(model: DocModel, plan: Plan, addinControls: number): DetectReport {
  const summary = summarizeStructure(plan, fieldCellStatuses(model, plan));
  return {
    isActionPlan: summary.items > 0,
    structure: summary.level,
    // The same count as the validation summary's (src/domain/plan.ts): resolutions with an action table.
    resolutions: resolutionsWithActionTables(plan).length,
    items: summary.items,
    structuredItems: summary.structuredItems,
    conflictingControls: summary.conflictingControls,
    addinControls,
  };
}
