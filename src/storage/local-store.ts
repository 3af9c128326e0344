/**
 * The local store: personal settings, the calendar cache, validation history, status-block drafts
 * and recently opened items. Implementations: DexieLocalStore (IndexedDB), MemoryLocalStore (this
 * session only) and the store openLocalStore returns, which moves to memory when IndexedDB fails.
 *
 * Everything per document is keyed by the document key, so two documents never see each other's data.
 * Operations never reject because storage failed (the store falls back to memory and warns once);
 * they reject with LocalStoreInputError only for a bad key, time or record (a programming error).
 */
import type { ValidationRun } from "../domain/history";
import type { ValidationResult } from "../domain/validation-types";
import type { CalendarCacheRecord, LocalStoreSnapshot, RecentItem, StatusDraft, StatusDraftFields } from "./records";
import type { PersonalSettings, SettingsUpdate } from "./settings";
import type { StorageFailure } from "./storage-failure";

export interface LocalStore {
  /** True while what is stored survives closing the pane (IndexedDB works). */
  readonly persistent: boolean;
  /** Why nothing is kept on this computer, in words for the user; null while persistent. */
  readonly warning: string | null;
  /** The same, as a kind a program can act on (the ribbon says why it used the default settings); null while persistent. */
  readonly failure: StorageFailure | null;
  /**
   * `listener` hears the warning exactly once: right away if the store already works in memory
   * with a warning, else when it falls back. Returns the unsubscribe.
   */
  onWarning(listener: (warning: string) => void): () => void;

  getSettings(): Promise<PersonalSettings>;
  /** Sets the named settings. A bad value rejects the whole update with readable problems; nothing changes. */
  updateSettings(patch: Partial<PersonalSettings>): Promise<SettingsUpdate>;

  /** The overrides last read from or written to the document (calendar-overrides-json text), or null. */
  getCalendarCache(documentKey: string): Promise<CalendarCacheRecord | null>;
  putCalendarCache(documentKey: string, overridesJson: string, at: Date): Promise<CalendarCacheRecord>;

  /** Keeps a snapshot of the run (counts and every item's state); the oldest runs beyond the limit are dropped. */
  recordRun(documentKey: string, result: ValidationResult, at: Date): Promise<ValidationRun>;
  /** The document's runs, newest first; `limit` keeps the newest ones (all when not given). */
  listRuns(documentKey: string, limit?: number): Promise<ValidationRun[]>;

  /** Autosave of the status-block form for one item (missing fields are saved empty). */
  saveDraft(documentKey: string, itemKey: string, fields: Partial<StatusDraftFields>, at: Date): Promise<StatusDraft>;
  getDraft(documentKey: string, itemKey: string): Promise<StatusDraft | null>;
  discardDraft(documentKey: string, itemKey: string): Promise<void>;
  /** The document's drafts, most recently saved first. */
  listDrafts(documentKey: string): Promise<StatusDraft[]>;

  /** Notes that an item was opened; only the most recent ones per document are kept. */
  touchRecent(documentKey: string, itemKey: string, at: Date): Promise<void>;
  /** Most recently opened first. */
  listRecent(documentKey: string, limit?: number): Promise<RecentItem[]>;

  /** Everything the store holds. */
  snapshot(): Promise<LocalStoreSnapshot>;
  /** Lets go of the database (the pane is closing). Later operations on this store reject. */
  close(): void;
}
