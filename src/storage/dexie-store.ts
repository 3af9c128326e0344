/**
 * The local store in IndexedDB (through database.ts). Storage errors reject as they come: the store
 * openLocalStore returns catches them and moves to memory.
 */
import { snapshotRun, type ValidationRun } from "../domain/history";
import type { ValidationResult } from "../domain/validation-types";
import type { ActionPlanDatabase } from "./database";
import type { LocalStore } from "./local-store";
import { newestFirst } from "./ordering";
import { DEFAULT_STORE_LIMITS, type CalendarCacheRecord, type LocalStoreSnapshot, type RecentItem, type StatusDraft, type StatusDraftFields, type StoreLimits } from "./records";
import { checkSettingsPatch, recordsOfPatch, settingsFromRecords, type PersonalSettings, type SettingsUpdate } from "./settings";
import { checkDocumentKey, checkDraftFields, checkInstant, checkItemKey, checkLimit, checkOverridesJson, checkValidationResult } from "./store-input";

/** Bounds of a compound index [documentKey+time] for one document (ISO times sort between these). */
function timesOf(documentKey: string): [[string, string], [string, string]] {
  return [
    [documentKey, ""],
    [documentKey, "\uffff"],
  ];
}

export class DexieLocalStore implements LocalStore {
  readonly persistent = true;
  readonly warning = null;
  readonly failure = null;
  private readonly limits: StoreLimits;

  constructor(
    private readonly db: ActionPlanDatabase,
    limits: Partial<StoreLimits> = {},
  ) {
    this.limits = { ...DEFAULT_STORE_LIMITS, ...limits };
  }

  onWarning(_listener: (warning: string) => void): () => void {
    return () => undefined;
  }

  async getSettings(): Promise<PersonalSettings> {
    return settingsFromRecords(await this.db.settings.toArray());
  }

  async updateSettings(patch: Partial<PersonalSettings>): Promise<SettingsUpdate> {
    const checked = checkSettingsPatch(patch);
    if (!checked.ok) return checked;
    await this.db.settings.bulkPut(recordsOfPatch(checked.patch));
    return { ok: true, settings: await this.getSettings() };
  }

  async getCalendarCache(documentKey: string): Promise<CalendarCacheRecord | null> {
    return (await this.db.calendarOverrides.get(checkDocumentKey(documentKey))) ?? null;
  }

  async putCalendarCache(documentKey: string, overridesJson: string, at: Date): Promise<CalendarCacheRecord> {
    const record = { documentKey: checkDocumentKey(documentKey), overridesJson: checkOverridesJson(overridesJson), cachedAt: checkInstant(at) };
    await this.db.calendarOverrides.put(record);
    return record;
  }

  async recordRun(documentKey: string, result: ValidationResult, at: Date): Promise<ValidationRun> {
    checkInstant(at);
    const run = snapshotRun(checkDocumentKey(documentKey), checkValidationResult(result), at);
    const runs = this.db.validationRuns;
    return this.db.transaction("rw", runs, async () => {
      const id = await runs.add(run);
      const [from, to] = timesOf(documentKey);
      const dropped = await runs.where("[documentKey+at]").between(from, to, true, true).reverse().offset(this.limits.runsPerDocument).primaryKeys();
      await runs.bulkDelete(dropped);
      return { id, ...run };
    });
  }

  async listRuns(documentKey: string, limit?: number): Promise<ValidationRun[]> {
    const [from, to] = timesOf(checkDocumentKey(documentKey));
    const newest = this.db.validationRuns.where("[documentKey+at]").between(from, to, true, true).reverse();
    const count = checkLimit(limit);
    return Number.isFinite(count) ? newest.limit(count).toArray() : newest.toArray();
  }

  async saveDraft(documentKey: string, itemKey: string, fields: Partial<StatusDraftFields>, at: Date): Promise<StatusDraft> {
    const draft: StatusDraft = { documentKey: checkDocumentKey(documentKey), itemKey: checkItemKey(itemKey), fields: checkDraftFields(fields), updatedAt: checkInstant(at) };
    await this.db.statusDrafts.put(draft);
    return draft;
  }

  async getDraft(documentKey: string, itemKey: string): Promise<StatusDraft | null> {
    return (await this.db.statusDrafts.get([checkDocumentKey(documentKey), checkItemKey(itemKey)])) ?? null;
  }

  async discardDraft(documentKey: string, itemKey: string): Promise<void> {
    await this.db.statusDrafts.delete([checkDocumentKey(documentKey), checkItemKey(itemKey)]);
  }

  async listDrafts(documentKey: string): Promise<StatusDraft[]> {
    const drafts = await this.db.statusDrafts.where("documentKey").equals(checkDocumentKey(documentKey)).toArray();
    return drafts.sort(newestFirst((draft) => draft.updatedAt));
  }

  async touchRecent(documentKey: string, itemKey: string, at: Date): Promise<void> {
    const item: RecentItem = { documentKey: checkDocumentKey(documentKey), itemKey: checkItemKey(itemKey), openedAt: checkInstant(at) };
    const recent = this.db.recentItems;
    await this.db.transaction("rw", recent, async () => {
      await recent.put(item);
      const [from, to] = timesOf(documentKey);
      const dropped = await recent.where("[documentKey+openedAt]").between(from, to, true, true).reverse().offset(this.limits.recentItemsPerDocument).primaryKeys();
      await recent.bulkDelete(dropped);
    });
  }

  async listRecent(documentKey: string, limit?: number): Promise<RecentItem[]> {
    const [from, to] = timesOf(checkDocumentKey(documentKey));
    const newest = this.db.recentItems.where("[documentKey+openedAt]").between(from, to, true, true).reverse();
    const count = checkLimit(limit);
    return Number.isFinite(count) ? newest.limit(count).toArray() : newest.toArray();
  }

  snapshot(): Promise<LocalStoreSnapshot> {
    return this.db.readAll();
  }

  close(): void {
    this.db.close();
  }
}
