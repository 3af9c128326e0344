/** Detect: is this an action plan, and how far is it structured? One round trip. */
import type { DetectReport } from "../port";
import { detectReport } from "../detect-report";
import { queueDocumentLoad, snapshotDocument } from "./read-tables";
import { recognizeSnapshot } from "./read";

export async function detectDocument(context: Word.RequestContext): Promise<DetectReport> {
  const loaded = queueDocumentLoad(context);
  await context.sync();
  const { snapshot, plan } = recognizeSnapshot(snapshotDocument(loaded));
  return detectReport(snapshot.model, plan);
}
