/**
 * Opens the pane's storage: the local store (IndexedDB through Dexie, else memory with a warning; namespaced by
 * Office's partition key) and the calendar sync over the document's shared state, opened as the ribbon's function
 * file opens them too (storage/open-document-storage.ts). This module brings Dexie in:
 * import it lazily (index.tsx and the playground do), so it stays out of the pane's initial bundle.
 */
import { openDocumentStorage } from "../../storage/open-document-storage";
import type { OpenLocalStoreOptions } from "../../storage/open-local-store";
import type { SharedStateAccess } from "../../document/port";
import type { PaneStorage } from "./pane-storage";

export interface OpenPaneStorageOptions {
  /** The document adapter's shared state (WordDocument.sharedStateAccess()). */
  access: SharedStateAccess;
  /** Office.context.partitionKey, when Office gives one. */
  partitionKey?: string | null;
  /** Tests and the playground: another IndexedDB, a database name. */
  store?: Omit<OpenLocalStoreOptions, "partitionKey">;
}

export async function openPaneStorage(options: OpenPaneStorageOptions): Promise<PaneStorage> {
  const { store, calendar } = await openDocumentStorage({ access: options.access, partitionKey: options.partitionKey ?? null, store: options.store });
  return { store, calendar };
}
