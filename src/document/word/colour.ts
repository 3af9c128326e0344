/**
 * Colour: apply the domain's colour marks. Batch 1 reads the document and the shared state (the red the
 * add-in set earlier) and checks every item against the caller's read; batch 2 shades number cells, sets
 * the field controls' colour and writes the updated state. Two round trips for the whole plan.
 * Items that changed since the caller's read are not written: they come back as conflicts.
 */
import { ITEM_FIELDS } from "../../domain/plan";
import { serializeSharedState } from "../shared-state";
import type { ColourMark, ColourReport, ReadBasis } from "../port";
import { checkAgainstBasis } from "../basis-check";
import { errorCodeOf, DocumentError } from "../document-error";
import { planColours, type ColourTarget } from "../colour-plan";
import { handleAt, queueDocumentLoad, snapshotDocument } from "./read-tables";
import { recognizeSnapshot } from "./read";
import { queueStateForWrite, queueStateWrite, resolvePendingState } from "./shared-state-store";
import { controlMatches } from "../field-cell-status";

/** The value that removes a cell's shading (WordApi: an empty colour; see docs/real-word-checklist.md). */
export const NO_SHADING = "";

export async function colourDocument(
  context: Word.RequestContext,
  marks: readonly ColourMark[],
  basis: ReadBasis,
): Promise<ColourReport> {
  // The red marks live in the shared state: when the read could not understand it, nothing may be coloured.
  if (basis.sharedState.error) throw basis.sharedState.error;
  const loaded = queueDocumentLoad(context);
  const pendingState = queueStateForWrite(context, basis.sharedState.location);
  try {
    await context.sync();
  } catch (error) {
    if (pendingState.part && errorCodeOf(error) === "ItemNotFound") {
      throw new DocumentError("DocumentChanged", "The add-in's state was removed from the document since it was read (a co-author?). Read the plan again.", { cause: error });
    }
    throw error;
  }
  const { snapshot, plan } = recognizeSnapshot(snapshotDocument(loaded));
  const state = resolvePendingState(pendingState);
  const check = checkAgainstBasis(snapshot.model, plan, basis.fingerprints, marks.map((mark) => mark.itemKey));

  const targets: ColourTarget[] = [];
  for (const mark of marks) {
    const item = check.current.get(mark.itemKey);
    if (item?.cells.id) targets.push({ itemKey: item.key, shading: item.numberCellShading, wantRed: mark.red });
  }
  const planned = planColours(targets, state);
  const report: ColourReport = { marked: 0, cleared: 0, personRedKept: 0, conflicts: check.conflicts };
  for (const decision of planned.decisions) {
    if (decision.outcome === "marked") report.marked += 1;
    if (decision.outcome === "cleared") report.cleared += 1;
    if (decision.outcome === "person-red-kept") report.personRedKept += 1;
    const address = check.current.get(decision.itemKey)?.cells.id;
    const handle = address ? handleAt(snapshot, address) : undefined;
    if (handle && decision.shading !== undefined) handle.cell.shadingColor = decision.shading ?? NO_SHADING;
  }
  for (const mark of marks) {
    const item = check.current.get(mark.itemKey);
    if (!item || !mark.controlColour) continue;
    for (const field of ITEM_FIELDS) {
      const address = item.cells[field];
      const control = address ? handleAt(snapshot, address)?.fieldControl : null;
      if (control && controlMatches(item, field, control.tag) && control.color.toUpperCase() !== mark.controlColour.toUpperCase()) control.color = mark.controlColour;
    }
  }
  const stateChanged = serializeSharedState(planned.state) !== serializeSharedState(state);
  const write = stateChanged ? queueStateWrite(context, pendingState, planned.state) : null;
  await context.sync();
  if (write) await write.finish();
  return report;
}
