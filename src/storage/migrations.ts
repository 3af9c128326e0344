/**
 * Record migrations between schema versions, as pure functions (database.ts runs them inside
 * Dexie's upgrade transaction). Every record is kept: values that cannot be converted are carried
 * over as they are (settings then read as their default), times that cannot be read become 1970-01-01.
 *
 * Version 1 (the first schema):
 *   settings            { key: "asOf" | "horizon" | "redFor" | "autoValidate", json }    one JSON blob per key
 *   calendarOverrides   { documentKey, json, cachedAt: epoch ms }
 *   validationRuns      { id, documentKey, time: epoch ms, asOf, counts, states: [itemKey, state][] }
 *   statusDrafts        { documentKey, itemKey, fields, updatedAt: epoch ms }
 * Version 2 (current, records.ts): settings are typed values under their current names, times are
 * ISO instants, runs list items with their numbers, drafts are indexed by document, recent items are new.
 */
import type { ValidationRun } from "../domain/history";
import type { ItemState } from "../domain/validation-types";
import type { CalendarCacheRecord, SettingRecord, StatusDraft, StatusDraftFields } from "./records";
import type { SettingName } from "./settings";

export interface SettingRecordV1 {
  key: string;
  json: string;
}

export interface CalendarCacheRecordV1 {
  documentKey: string;
  json: string;
  cachedAt: number;
}

export interface ValidationRunRecordV1 {
  id?: number;
  documentKey: string;
  time: number;
  asOf: string;
  counts: Record<ItemState, number>;
  states: [string, ItemState][];
}

export interface StatusDraftRecordV1 {
  documentKey: string;
  itemKey: string;
  fields: StatusDraftFields;
  updatedAt: number;
}

/** Version 1 setting names and what they are called now. */
export const SETTING_RENAMES_V1: Readonly<Record<string, SettingName>> = {
  asOf: "asOfOverride",
  horizon: "attentionHorizonDays",
  redFor: "redPolicy",
  autoValidate: "autoValidate",
};

function isoInstant(epochMs: unknown): string {
  const date = new Date(typeof epochMs === "number" && Number.isFinite(epochMs) ? epochMs : 0);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}

function parsedJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

export function migrateSettingV1(record: SettingRecordV1): SettingRecord {
  return { key: SETTING_RENAMES_V1[record.key] ?? record.key, value: typeof record.json === "string" ? parsedJson(record.json) : record.json };
}

export function migrateCalendarCacheV1(record: CalendarCacheRecordV1): CalendarCacheRecord {
  return { documentKey: record.documentKey, overridesJson: record.json, cachedAt: isoInstant(record.cachedAt) };
}

export function migrateRunV1(record: ValidationRunRecordV1): Omit<ValidationRun, "id"> & { id?: number } {
  const { time, states, ...rest } = record;
  return {
    ...rest,
    at: isoInstant(time),
    items: (Array.isArray(states) ? states : []).map(([itemKey, state]) => ({ itemKey, itemId: null, state })),
  };
}

export function migrateDraftV1(record: StatusDraftRecordV1): StatusDraft {
  return { ...record, updatedAt: isoInstant(record.updatedAt) };
}
