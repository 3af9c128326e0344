/**
 * What the local store keeps (current schema, version 2). Every record of a document carries its
 * document key, so two documents never mix; the Office partition key namespaces the whole database.
 */
import type { ValidationRun } from "../domain/history";

/** One personal setting: its name and value (validated when read, see settings.ts). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The last calendar overrides read from or written to a document, kept in case the document cannot be read. */
export interface CalendarCacheRecord {
  documentKey: string;
  /** The overrides as the document stores them (calendar-overrides-json). */
  overridesJson: string;
  /** ISO instant. */
  cachedAt: string;
}

/** The fields of the "insert status block" form, as typed (unfinished text is fine). */
export interface StatusDraftFields {
  date: string;
  event: string;
  state: string;
  summary: string;
  /** As typed, e.g. "TSAG-TD1187; CL-21/3". */
  references: string;
  nextSteps: string;
}

export const STATUS_DRAFT_FIELDS = ["date", "event", "state", "summary", "references", "nextSteps"] as const satisfies readonly (keyof StatusDraftFields)[];

export interface StatusDraft {
  documentKey: string;
  itemKey: string;
  fields: StatusDraftFields;
  /** ISO instant of the last autosave. */
  updatedAt: string;
}

export interface RecentItem {
  documentKey: string;
  itemKey: string;
  /** ISO instant. */
  openedAt: string;
}

/** Everything a store holds: what a store that falls back to memory carries over. */
export interface LocalStoreSnapshot {
  settings: SettingRecord[];
  calendarCache: CalendarCacheRecord[];
  runs: ValidationRun[];
  drafts: StatusDraft[];
  recent: RecentItem[];
}

export function emptySnapshot(): LocalStoreSnapshot {
  return { settings: [], calendarCache: [], runs: [], drafts: [], recent: [] };
}

/** How much history a store keeps; older entries are dropped as new ones come. */
export interface StoreLimits {
  /** Validation runs kept per document (default 365). */
  runsPerDocument: number;
  /** Recently opened items kept per document (default 20). */
  recentItemsPerDocument: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = { runsPerDocument: 365, recentItemsPerDocument: 20 };
