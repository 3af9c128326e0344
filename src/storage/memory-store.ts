/**
 * The local store kept in memory for this session only: used where IndexedDB is missing or failed
 * (it then starts from what IndexedDB held), and in tests. Returns copies, like IndexedDB does (copyRecord, since the
 * older webviews where IndexedDB is missing may lack structuredClone too).
 */
import { snapshotRun, type ValidationRun } from "../domain/history";
import type { ValidationResult } from "../domain/validation-types";
import type { LocalStore } from "./local-store";
import { newestFirst, newestRunsFirst } from "./ordering";
import { DEFAULT_STORE_LIMITS, emptySnapshot, type CalendarCacheRecord, type LocalStoreSnapshot, type RecentItem, type StatusDraft, type StatusDraftFields, type StoreLimits } from "./records";
import { copyRecord } from "./record-copy";
import { storageWarning, type StorageFailure } from "./storage-failure";
import { checkSettingsPatch, recordsOfPatch, settingsFromRecords, type PersonalSettings, type SettingsUpdate } from "./settings";
import { checkDocumentKey, checkDraftFields, checkInstant, checkItemKey, checkLimit, checkOverridesJson, checkValidationResult, LocalStoreInputError } from "./store-input";

export interface MemoryLocalStoreOptions {
  /** What to start from (e.g. what IndexedDB held before it failed). */
  snapshot?: LocalStoreSnapshot;
  /** Why data is not kept; none when memory is simply what the caller wants (tests). */
  failure?: StorageFailure | null;
  limits?: Partial<StoreLimits>;
}

function pairKey(documentKey: string, itemKey: string): string {
  return JSON.stringify([documentKey, itemKey]);
}

export class MemoryLocalStore implements LocalStore {
  readonly persistent = false;
  readonly warning: string | null;
  readonly failure: StorageFailure | null;
  private readonly limits: StoreLimits;
  private readonly settings = new Map<string, unknown>();
  private readonly calendarCache = new Map<string, CalendarCacheRecord>();
  private readonly runs: ValidationRun[] = [];
  private readonly drafts = new Map<string, StatusDraft>();
  private readonly recent = new Map<string, RecentItem>();
  private nextRunId = 1;
  private closed = false;

  constructor(options: MemoryLocalStoreOptions = {}) {
    this.failure = options.failure ?? null;
    this.warning = this.failure ? storageWarning(this.failure) : null;
    this.limits = { ...DEFAULT_STORE_LIMITS, ...options.limits };
    const start = copyRecord(options.snapshot ?? emptySnapshot());
    for (const record of start.settings) this.settings.set(record.key, record.value);
    for (const record of start.calendarCache) this.calendarCache.set(record.documentKey, record);
    for (const run of start.runs) this.runs.push(run);
    for (const draft of start.drafts) this.drafts.set(pairKey(draft.documentKey, draft.itemKey), draft);
    for (const item of start.recent) this.recent.set(pairKey(item.documentKey, item.itemKey), item);
    this.nextRunId = Math.max(0, ...this.runs.map((run) => run.id)) + 1;
  }

  onWarning(listener: (warning: string) => void): () => void {
    if (this.warning !== null) listener(this.warning);
    return () => undefined;
  }

  private open(): void {
    if (this.closed) throw new LocalStoreInputError("This local store was closed; open a new one.");
  }

  async getSettings(): Promise<PersonalSettings> {
    this.open();
    return settingsFromRecords([...this.settings].map(([key, value]) => ({ key, value: copyRecord(value) })));
  }

  async updateSettings(patch: Partial<PersonalSettings>): Promise<SettingsUpdate> {
    this.open();
    const checked = checkSettingsPatch(patch);
    if (!checked.ok) return checked;
    for (const record of recordsOfPatch(checked.patch)) this.settings.set(record.key, record.value);
    return { ok: true, settings: await this.getSettings() };
  }

  async getCalendarCache(documentKey: string): Promise<CalendarCacheRecord | null> {
    this.open();
    const record = this.calendarCache.get(checkDocumentKey(documentKey));
    return record ? copyRecord(record) : null;
  }

  async putCalendarCache(documentKey: string, overridesJson: string, at: Date): Promise<CalendarCacheRecord> {
    this.open();
    const record = { documentKey: checkDocumentKey(documentKey), overridesJson: checkOverridesJson(overridesJson), cachedAt: checkInstant(at) };
    this.calendarCache.set(record.documentKey, record);
    return copyRecord(record);
  }

  async recordRun(documentKey: string, result: ValidationResult, at: Date): Promise<ValidationRun> {
    this.open();
    checkInstant(at);
    const run: ValidationRun = { id: this.nextRunId, ...snapshotRun(checkDocumentKey(documentKey), checkValidationResult(result), at) };
    this.nextRunId += 1;
    this.runs.push(copyRecord(run));
    const dropped = this.runs
      .filter((kept) => kept.documentKey === documentKey)
      .sort(newestRunsFirst)
      .slice(this.limits.runsPerDocument);
    for (const old of dropped) this.runs.splice(this.runs.indexOf(old), 1);
    return run;
  }

  async listRuns(documentKey: string, limit?: number): Promise<ValidationRun[]> {
    this.open();
    checkDocumentKey(documentKey);
    const count = checkLimit(limit);
    return copyRecord(this.runs.filter((run) => run.documentKey === documentKey).sort(newestRunsFirst).slice(0, count));
  }

  async saveDraft(documentKey: string, itemKey: string, fields: Partial<StatusDraftFields>, at: Date): Promise<StatusDraft> {
    this.open();
    const draft: StatusDraft = { documentKey: checkDocumentKey(documentKey), itemKey: checkItemKey(itemKey), fields: checkDraftFields(fields), updatedAt: checkInstant(at) };
    this.drafts.set(pairKey(documentKey, itemKey), draft);
    return copyRecord(draft);
  }

  async getDraft(documentKey: string, itemKey: string): Promise<StatusDraft | null> {
    this.open();
    const draft = this.drafts.get(pairKey(checkDocumentKey(documentKey), checkItemKey(itemKey)));
    return draft ? copyRecord(draft) : null;
  }

  async discardDraft(documentKey: string, itemKey: string): Promise<void> {
    this.open();
    this.drafts.delete(pairKey(checkDocumentKey(documentKey), checkItemKey(itemKey)));
  }

  async listDrafts(documentKey: string): Promise<StatusDraft[]> {
    this.open();
    checkDocumentKey(documentKey);
    const drafts = [...this.drafts.values()].filter((draft) => draft.documentKey === documentKey);
    return copyRecord(drafts.sort(newestFirst((draft) => draft.updatedAt)));
  }

  async touchRecent(documentKey: string, itemKey: string, at: Date): Promise<void> {
    this.open();
    const item: RecentItem = { documentKey: checkDocumentKey(documentKey), itemKey: checkItemKey(itemKey), openedAt: checkInstant(at) };
    this.recent.set(pairKey(documentKey, itemKey), item);
    const dropped = this.recentOf(documentKey).slice(this.limits.recentItemsPerDocument);
    for (const old of dropped) this.recent.delete(pairKey(old.documentKey, old.itemKey));
  }

  async listRecent(documentKey: string, limit?: number): Promise<RecentItem[]> {
    this.open();
    checkDocumentKey(documentKey);
    return copyRecord(this.recentOf(documentKey).slice(0, checkLimit(limit)));
  }

  private recentOf(documentKey: string): RecentItem[] {
    return [...this.recent.values()].filter((item) => item.documentKey === documentKey).sort(newestFirst((item) => item.openedAt));
  }

  async snapshot(): Promise<LocalStoreSnapshot> {
    this.open();
    return copyRecord({
      settings: [...this.settings].map(([key, value]) => ({ key, value })),
      calendarCache: [...this.calendarCache.values()],
      runs: this.runs,
      drafts: [...this.drafts.values()],
      recent: [...this.recent.values()],
    });
  }

  close(): void {
    this.closed = true;
  }
}
