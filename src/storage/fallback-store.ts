/**
 * A local store that starts in IndexedDB and moves to memory for the rest of the session at the
 * first storage failure (quota, a closed or broken database), keeping what it has: the memory store
 * starts from everything IndexedDB held, and the failed operation is done again in memory.
 */
import type { ValidationRun } from "../domain/history";
import type { ValidationResult } from "../domain/validation-types";
import type { DexieLocalStore } from "./dexie-store";
import type { LocalStore } from "./local-store";
import { MemoryLocalStore } from "./memory-store";
import { emptySnapshot, type CalendarCacheRecord, type LocalStoreSnapshot, type RecentItem, type StatusDraft, type StatusDraftFields, type StoreLimits } from "./records";
import type { PersonalSettings, SettingsUpdate } from "./settings";
import { classifyStorageError, type StorageFailure } from "./storage-failure";
import { LocalStoreInputError } from "./store-input";

export class FallbackLocalStore implements LocalStore {
  private memory: MemoryLocalStore | null = null;
  private switching: Promise<MemoryLocalStore> | null = null;
  private readonly listeners = new Set<(warning: string) => void>();
  private closed = false;

  constructor(
    private readonly primary: DexieLocalStore,
    private readonly limits: Partial<StoreLimits> = {},
  ) {}

  get persistent(): boolean {
    return this.memory === null;
  }

  get warning(): string | null {
    return this.memory?.warning ?? null;
  }

  get failure(): StorageFailure | null {
    return this.memory?.failure ?? null;
  }

  onWarning(listener: (warning: string) => void): () => void {
    if (this.memory?.warning) {
      notify(listener, this.memory.warning);
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async run<T>(operation: (store: LocalStore) => Promise<T>): Promise<T> {
    if (this.closed) throw new LocalStoreInputError("This local store was closed; open a new one.");
    if (this.switching) await this.switching;
    if (this.memory) return operation(this.memory);
    try {
      return await operation(this.primary);
    } catch (error) {
      if (error instanceof LocalStoreInputError) throw error;
      return operation(await this.fallBack(error));
    }
  }

  private fallBack(error: unknown): Promise<MemoryLocalStore> {
    this.switching ??= (async () => {
      const kept = await this.primary.snapshot().catch((): LocalStoreSnapshot => emptySnapshot());
      try {
        this.primary.close();
      } catch {
        // The database is already unusable; closing it is only tidying up.
      }
      const memory = new MemoryLocalStore({ snapshot: kept, failure: classifyStorageError(error), limits: this.limits });
      this.memory = memory;
      const listeners = [...this.listeners];
      this.listeners.clear();
      for (const listener of listeners) notify(listener, memory.warning!);
      return memory;
    })();
    return this.switching;
  }

  getSettings(): Promise<PersonalSettings> {
    return this.run((store) => store.getSettings());
  }
  updateSettings(patch: Partial<PersonalSettings>): Promise<SettingsUpdate> {
    return this.run((store) => store.updateSettings(patch));
  }
  getCalendarCache(documentKey: string): Promise<CalendarCacheRecord | null> {
    return this.run((store) => store.getCalendarCache(documentKey));
  }
  putCalendarCache(documentKey: string, overridesJson: string, at: Date): Promise<CalendarCacheRecord> {
    return this.run((store) => store.putCalendarCache(documentKey, overridesJson, at));
  }
  recordRun(documentKey: string, result: ValidationResult, at: Date): Promise<ValidationRun> {
    return this.run((store) => store.recordRun(documentKey, result, at));
  }
  listRuns(documentKey: string, limit?: number): Promise<ValidationRun[]> {
    return this.run((store) => store.listRuns(documentKey, limit));
  }
  saveDraft(documentKey: string, itemKey: string, fields: Partial<StatusDraftFields>, at: Date): Promise<StatusDraft> {
    return this.run((store) => store.saveDraft(documentKey, itemKey, fields, at));
  }
  getDraft(documentKey: string, itemKey: string): Promise<StatusDraft | null> {
    return this.run((store) => store.getDraft(documentKey, itemKey));
  }
  discardDraft(documentKey: string, itemKey: string): Promise<void> {
    return this.run((store) => store.discardDraft(documentKey, itemKey));
  }
  listDrafts(documentKey: string): Promise<StatusDraft[]> {
    return this.run((store) => store.listDrafts(documentKey));
  }
  touchRecent(documentKey: string, itemKey: string, at: Date): Promise<void> {
    return this.run((store) => store.touchRecent(documentKey, itemKey, at));
  }
  listRecent(documentKey: string, limit?: number): Promise<RecentItem[]> {
    return this.run((store) => store.listRecent(documentKey, limit));
  }
  snapshot(): Promise<LocalStoreSnapshot> {
    return this.run((store) => store.snapshot());
  }
  close(): void {
    this.closed = true;
    if (this.memory) this.memory.close();
    else this.primary.close();
  }
}

function notify(listener: (warning: string) => void, warning: string): void {
  try {
    listener(warning);
  } catch {
    // A failing listener is the listener's problem; the store keeps working and others still hear.
  }
}
