/** Detect: is this an action plan, and how far is it structured? One round trip. */
import type { DetectReport } from "../port";
import { detectReport } from "../detect-report";
import { isOurTag } from "../tags";
import { queueDocumentLoad, snapshotDocument } from "./read-tables";
import { recognizeSnapshot } from "./read";

export async function detectDocument(context: Word.RequestContext): Promise<DetectReport> {
  const loaded = queueDocumentLoad(context);
  // Every control's tag, in the same batch: the add-in's controls of any kind (what unstructure removes), including
  // status-block ones in a document that is otherwise plain.
  const controls = context.document.body.contentControls.load("items/tag");
  await context.sync();
  const { snapshot, plan } = recognizeSnapshot(snapshotDocument(loaded));
  return detectReport(snapshot.model, plan, controls.items.filter((control) => isOurTag(control.tag)).length);
}
