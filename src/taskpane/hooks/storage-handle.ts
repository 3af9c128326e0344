/**
 * What the pane's storage hooks share: the storage once opened (a ref, so callbacks stay the same objects and read
 * what opening found before React re-rendered), and a promise that settles when opening has finished or failed.
 */
import type { PaneStorage } from "../services/pane-storage";

export interface StorageHandle {
  /** Resolves once opening has finished (or failed); never rejects. */
  opened: Promise<void>;
  /** The storage, once opened (null before, without storage, or when opening failed). */
  current: () => PaneStorage | null;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
