/**
 * The person's settings for the ribbon's "Validate plan", read from the local store the pane keeps them in (the
 * same database: storage/open-document-storage.ts, namespaced by Office's partition key). Opening is bounded in
 * time, because the ribbon must not hang on storage; when the store cannot be used the defaults apply and the
 * outcome says why. Never rejects.
 */
import type { LocalStore } from "../storage/local-store";
import type { DocumentStorage } from "../storage/open-document-storage";
import { DEFAULT_SETTINGS, type PersonalSettings } from "../storage/settings";

/** How long the ribbon waits for the storage chunk, the database and the settings together. */
export const SETTINGS_TIMEOUT_MS = 2000;

/** Why the defaults were used. */
export type DefaultsReason =
  | { kind: "no-storage" }
  | { kind: "blocked" }
  | { kind: "timeout"; ms: number }
  | { kind: "failed"; detail: string };

export type LoadedSettings =
  | { source: "personal"; settings: PersonalSettings; storage: DocumentStorage }
  | { source: "defaults"; settings: PersonalSettings; reason: DefaultsReason };

function closeQuietly(store: LocalStore): void {
  try {
    store.close();
  } catch {
    // Letting go of the database is tidying up; it cannot change the outcome.
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

/** A store that opened in memory holds no settings: why IndexedDB was not used (the store's failure tells). */
function memoryReason(store: LocalStore, ms: number): DefaultsReason {
  switch (store.failure?.kind) {
    case "unavailable":
      return { kind: "no-storage" };
    case "blocked":
      return { kind: "blocked" };
    case "timeout":
      return { kind: "timeout", ms };
    default:
      return { kind: "failed", detail: "the local storage did not open" };
  }
}

/**
 * Opens the storage with `open` (which should give up on IndexedDB after `timeoutMs` itself) and reads the settings,
 * within `timeoutMs`. On success the caller owns the storage and closes it; otherwise it is closed here, also when it
 * opens only after the time ran out.
 */
export async function loadPersonalSettings(open: () => Promise<DocumentStorage>, timeoutMs: number = SETTINGS_TIMEOUT_MS): Promise<LoadedSettings> {
  const defaults = (reason: DefaultsReason): LoadedSettings => ({ source: "defaults", settings: { ...DEFAULT_SETTINGS }, reason });
  const opening = Promise.resolve().then(open);
  const reading = opening.then(async (storage) => (storage.store.persistent ? { storage, settings: await storage.store.getSettings() } : { storage, settings: null }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const letGo = (): void => void opening.then((storage) => closeQuietly(storage.store), () => undefined);
  let read: Awaited<typeof reading> | "timeout";
  try {
    read = await Promise.race([reading, timeout]);
  } catch (error) {
    letGo();
    return defaults({ kind: "failed", detail: message(error) });
  } finally {
    clearTimeout(timer);
  }
  if (read === "timeout") {
    letGo();
    return defaults({ kind: "timeout", ms: timeoutMs });
  }
  if (read.settings === null) {
    closeQuietly(read.storage.store);
    return defaults(memoryReason(read.storage.store, timeoutMs));
  }
  return { source: "personal", settings: read.settings, storage: read.storage };
}
