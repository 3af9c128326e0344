/**
 * The add-in's storage as every runtime opens it (the task pane and the ribbon's function file): the local store,
 * namespaced by Office's partition key (so both find the same personal settings and history), and the calendar
 * sync over the document's shared state (which also gives the document its key). This module brings Dexie in:
 * import it lazily, so it stays out of the initial bundles.
 */
import { openLocalStore, type OpenLocalStoreOptions } from "./open-local-store";
import { CalendarSync } from "./shared-calendar";
import type { LocalStore } from "./local-store";
import type { SharedStateAccess } from "../document/port";

export interface OpenDocumentStorageOptions {
  /** The document adapter's shared state (WordDocument.sharedStateAccess()). */
  access: SharedStateAccess;
  /** Office.context.partitionKey, when Office gives one. */
  partitionKey?: string | null;
  /** Tests and the playground: another IndexedDB, a database name; the ribbon: a shorter open timeout. */
  store?: Omit<OpenLocalStoreOptions, "partitionKey">;
}

export interface DocumentStorage {
  store: LocalStore;
  calendar: CalendarSync;
}

/** Never rejects because storage failed: the store then works in memory and says why (LocalStore.warning). */
export async function openDocumentStorage(options: OpenDocumentStorageOptions): Promise<DocumentStorage> {
  const store = await openLocalStore({ ...options.store, partitionKey: options.partitionKey ?? null });
  return { store, calendar: new CalendarSync({ access: options.access, store }) };
}
