/**
 * What the pane receives to keep things beyond the document: the local store (personal settings, validation
 * history, status-block drafts) and the calendar shared through the document (storage's CalendarSync over the
 * document adapter's shared state). Types only: index.tsx loads the implementation (Dexie) lazily, tests give
 * fake-indexeddb, the playground the simulator's document. Saved settings need no hook: the ribbon's function file
 * reads them from the same local store itself (storage/open-document-storage.ts).
 */
import type { LocalStore } from "../../storage/local-store";
import type { CalendarSync } from "../../storage/shared-calendar";

export type PaneCalendarSync = Pick<CalendarSync, "loadCalendar" | "fromDocumentState" | "editOverrides" | "saveOverrides" | "ensureDocumentKey">;

export interface PaneStorage {
  store: LocalStore;
  calendar: PaneCalendarSync;
}

/** Opens the pane's storage. Should not reject; if it does (a chunk failed to load), the pane works without it. */
export type OpenPaneStorage = () => Promise<PaneStorage>;
