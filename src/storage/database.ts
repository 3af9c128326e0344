/**
 * The one module that owns Dexie: the database, its versioned schema and the upgrade functions.
 * Dexie version n is IndexedDB version n × 10. Never edit a shipped version's schema: add a version
 * with an upgrade (migrations.ts) instead.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from "dexie";
import type { ValidationRun } from "../domain/history";
import type { CalendarCacheRecord, RecentItem, SettingRecord, StatusDraft } from "./records";
import {
  migrateCalendarCacheV1,
  migrateDraftV1,
  migrateRunV1,
  migrateSettingV1,
  type CalendarCacheRecordV1,
  type SettingRecordV1,
  type StatusDraftRecordV1,
  type ValidationRunRecordV1,
} from "./migrations";

export const DEFAULT_DATABASE_NAME = "action-plan-addin";

export const SCHEMA_V1 = {
  settings: "key",
  calendarOverrides: "documentKey",
  validationRuns: "++id, documentKey",
  statusDrafts: "[documentKey+itemKey]",
} as const;

export const SCHEMA_V2 = {
  settings: "key",
  calendarOverrides: "documentKey",
  validationRuns: "++id, documentKey, [documentKey+at]",
  statusDrafts: "[documentKey+itemKey], documentKey",
  recentItems: "[documentKey+itemKey], documentKey, [documentKey+openedAt]",
} as const;

export const CURRENT_SCHEMA_VERSION = 2;

/** The IndexedDB of the browser or a stand-in (fake-indexeddb in tests). */
export interface IndexedDbDependencies {
  indexedDB: IDBFactory;
  /** Defaults to the global IDBKeyRange. */
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The database name: one database per Office partition, so add-in instances Office keeps apart never share data. */
export function databaseName(name: string, partitionKey: string | null | undefined): string {
  return partitionKey ? `${name}@${partitionKey}` : name;
}

async function upgradeToV2(transaction: Transaction): Promise<void> {
  const settings = transaction.table<SettingRecordV1 | SettingRecord, string>("settings");
  const oldSettings = (await settings.toArray()) as SettingRecordV1[];
  await settings.clear();
  await settings.bulkPut(oldSettings.map(migrateSettingV1));
  await transaction
    .table("calendarOverrides")
    .toCollection()
    .modify((record: CalendarCacheRecordV1, context: { value: unknown }) => {
      context.value = migrateCalendarCacheV1(record);
    });
  await transaction
    .table("validationRuns")
    .toCollection()
    .modify((record: ValidationRunRecordV1, context: { value: unknown }) => {
      context.value = migrateRunV1(record);
    });
  await transaction
    .table("statusDrafts")
    .toCollection()
    .modify((record: StatusDraftRecordV1, context: { value: unknown }) => {
      context.value = migrateDraftV1(record);
    });
}

export class ActionPlanDatabase extends Dexie {
  settings!: Table<SettingRecord, string>;
  calendarOverrides!: Table<CalendarCacheRecord, string>;
  validationRuns!: EntityTable<ValidationRun, "id">;
  statusDrafts!: Table<StatusDraft, [string, string]>;
  recentItems!: Table<RecentItem, [string, string]>;

  constructor(name: string, dependencies: IndexedDbDependencies) {
    super(name, {
      indexedDB: dependencies.indexedDB,
      ...(dependencies.IDBKeyRange ? { IDBKeyRange: dependencies.IDBKeyRange } : {}),
    });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }

  /** Everything, read in one transaction. */
  async readAll(): Promise<{ settings: SettingRecord[]; calendarCache: CalendarCacheRecord[]; runs: ValidationRun[]; drafts: StatusDraft[]; recent: RecentItem[] }> {
    return this.transaction("r", [this.settings, this.calendarOverrides, this.validationRuns, this.statusDrafts, this.recentItems], async () => ({
      settings: await this.settings.toArray(),
      calendarCache: await this.calendarOverrides.toArray(),
      runs: await this.validationRuns.toArray(),
      drafts: await this.statusDrafts.toArray(),
      recent: await this.recentItems.toArray(),
    }));
  }

  /** Calls `listener` when the database is blocked by an older connection elsewhere. Returns the unsubscribe. */
  onBlocked(listener: () => void): () => void {
    this.on("blocked", listener);
    return () => this.on("blocked").unsubscribe(listener);
  }
}
