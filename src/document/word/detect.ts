/** Detect: is this an action plan, and how far is it structured? One round trip. */
import type { DetectReport } from "../port";
import { queueDocumentLoad, snapshotDocument } from "./read-tables";
import { recognizeSnapshot } from "./read";
import { fieldCellStatuses, summarizeStructure } from "../field-cell-status";

export async function detectDocument(context: Word.RequestContext): Promise<DetectReport> {
  const loaded = queueDocumentLoad(context);
  await context.sync();
  const { snapshot, plan } = recognizeSnapshot(snapshotDocument(loaded));
  const summary = summarizeStructure(plan, fieldCellStatuses(snapshot.model, plan));
  return {
    isActionPlan: summary.items > 0,
    structure: summary.level,
    resolutions: plan.resolutions.length,
    items: summary.items,
    structuredItems: summary.structuredItems,
    conflictingControls: summary.conflictingControls,
  };
}
