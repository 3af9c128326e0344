/**
 * Keeps the ribbon's run in the validation history, as the pane keeps its own: under the document's key (known from
 * the read when the document has one; else given to the document now, through the same CalendarSync the pane uses),
 * in the local store. Never rejects: a run that could not be kept is an outcome the notification mentions.
 */
import { isDocumentKey } from "../domain/document-key";
import type { ValidationResult } from "../domain/validation-types";
import { announceRunRecorded } from "../storage/history-broadcast";
import type { DocumentStorage } from "../storage/open-document-storage";

export type RunRecording =
  | { kind: "recorded"; documentKey: string }
  /** session-only: the store stopped working and keeps it in memory only; no-key / failed: `detail` says why. */
  | { kind: "not-recorded"; reason: "session-only" | "no-key" | "failed"; detail: string };

export async function recordRibbonRun(storage: Pick<DocumentStorage, "store" | "calendar">, knownKey: string | null, result: ValidationResult, at: Date): Promise<RunRecording> {
  try {
    let documentKey = isDocumentKey(knownKey) ? knownKey : null;
    if (documentKey === null) {
      // A document the add-in never kept anything for: it gets its key now, as the pane's first validation gives it.
      const ensured = await storage.calendar.ensureDocumentKey();
      if (!ensured.ok) return { kind: "not-recorded", reason: "no-key", detail: ensured.problem };
      documentKey = ensured.documentKey;
    }
    await storage.store.recordRun(documentKey, result, at);
    if (!storage.store.persistent) return { kind: "not-recorded", reason: "session-only", detail: storage.store.warning ?? "" };
    announceRunRecorded(documentKey);
    return { kind: "recorded", documentKey };
  } catch (error) {
    return { kind: "not-recorded", reason: "failed", detail: error instanceof Error ? error.message : String(error) };
  }
}
