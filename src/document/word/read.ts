/**
 * Read: the whole document in one round trip (plus one for the shared state's XML when the document has
 * it), then the domain recognizer. Also used as the first batch of detect.
 */
import type { Finding } from "../../domain/finding";
import type { Plan } from "../../domain/plan";
import { fingerprintPlan } from "../fingerprint";
import type { ReadResult } from "../port";
import { queueDocumentLoad, snapshotDocument, type DocumentSnapshot } from "./read-tables";
import { recognizeModel } from "../recognize";
import type { WordCapabilities } from "./requirements";
import { finishStateRead, queueStateProbe, queueStateXml, readFallbackState, type StateRead } from "./shared-state-store";
import { fieldCellStatuses, summarizeStructure, type StructureSummary } from "../field-cell-status";

export interface RecognizedDocument {
  snapshot: DocumentSnapshot;
  plan: Plan;
  findings: Finding[];
}

/** Recognizes a snapshot taken in the caller's batch. */
export function recognizeSnapshot(snapshot: DocumentSnapshot): RecognizedDocument {
  const { plan, findings } = recognizeModel(snapshot.model);
  return { snapshot, plan, findings };
}

export interface WordReadResult {
  result: ReadResult;
  state: StateRead;
  summary: StructureSummary;
}

export async function readDocument(context: Word.RequestContext, capabilities: WordCapabilities): Promise<WordReadResult> {
  const loaded = queueDocumentLoad(context);
  const probe = capabilities.customXmlParts ? queueStateProbe(context) : null;
  await context.sync();
  const recognized = recognizeSnapshot(snapshotDocument(loaded));
  let state: StateRead;
  if (probe) {
    const pending = queueStateXml(probe);
    if (pending) await context.sync();
    state = finishStateRead(probe, pending);
  } else {
    state = readFallbackState();
  }
  const { model } = recognized.snapshot;
  const summary = summarizeStructure(recognized.plan, fieldCellStatuses(model, recognized.plan));
  return {
    result: {
      model,
      plan: recognized.plan,
      findings: [...recognized.findings, ...state.findings],
      structure: summary.level,
      fingerprints: fingerprintPlan(model, recognized.plan),
      sharedState: { state: state.state, location: state.location, ...(state.error && { error: state.error }) },
    },
    state,
    summary,
  };
}
