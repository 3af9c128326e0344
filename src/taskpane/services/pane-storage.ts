/**
 * What the pane receives to keep things beyond the document: the local store (personal settings, validation
 * history, status-block drafts) and the calendar shared through the document (storage's CalendarSync over the
 * document adapter's shared state). Types only: index.tsx loads the implementation (Dexie) lazily, tests give
 * fake-indexeddb, the playground the simulator's document.
 */
import type { LocalStore } from "../../storage/local-store";
import type { CalendarSync } from "../../storage/shared-calendar";
import type { PersonalSettings } from "../../storage/settings";

export type PaneCalendarSync = Pick<CalendarSync, "loadCalendar" | "editOverrides" | "saveOverrides" | "ensureDocumentKey">;

export interface PaneStorage {
  store: LocalStore;
  calendar: PaneCalendarSync;
  /** Called after the person saved their settings (index.tsx: tells the ribbon command about auto-structure). */
  onSettingsSaved?: (settings: PersonalSettings) => Promise<void>;
}

/** Opens the pane's storage. Should not reject; if it does (a chunk failed to load), the pane works without it. */
export type OpenPaneStorage = () => Promise<PaneStorage>;
