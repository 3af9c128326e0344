/**
 * The pane's storage while it is open: opens it once (lazily, through `open`), reads the document's calendar and key
 * (reading only: opening the pane does not change the document), loads the personal settings and the document's
 * validation history, and offers what the views need. Each job is a hook of its own (settings, the document's key,
 * the shared calendar, the history, the notices); this one opens the storage and composes them. The document gets
 * its key when something is first kept for it (a validation run, a draft, a calendar edit).
 * Nothing here rejects: storage problems become notices (dismissible message bars) and the pane works without them.
 * Without `open` (tests of other views, a port double) the pane has no storage: the fallback calendar and the
 * default settings are used, and nothing is recorded.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CalendarOverride } from "../../domain/calendar";
import type { ValidationRun } from "../../domain/history";
import type { CalendarProvider } from "../../jobs/document-calendar";
import type { LocalStore } from "../../storage/local-store";
import type { PersonalSettings, SettingsUpdate } from "../../storage/settings";
import type { LoadedCalendar, SavedCalendar } from "../../storage/shared-calendar";
import { logError } from "../office-helpers";
import type { OpenPaneStorage, PaneCalendarSync, PaneStorage } from "../services/pane-storage";
import type { Validation } from "../services/validate-document";
import { strings } from "../strings";
import type { StorageHandle } from "./storage-handle";
import { useDocumentKey } from "./use-document-key";
import type { TaskName } from "./use-exclusive-task";
import type { ValidationSettings } from "./use-pane-session";
import { usePersonalSettings } from "./use-personal-settings";
import { useSharedCalendar } from "./use-shared-calendar";
import { useStorageNotices, type StorageNotice } from "./use-storage-notices";
import { useValidationHistory } from "./use-validation-history";

export type { StorageNotice } from "./use-storage-notices";

export type StorageStatus = "off" | "opening" | "ready" | "failed";

export interface PaneStorageApi {
  status: StorageStatus;
  store: LocalStore | null;
  calendarSync: PaneCalendarSync | null;
  /** The document's key once known (history and drafts are kept under it); null while the document has none. */
  documentKey: string | null;
  /** The document's key, given to the document first when it has none (null when that failed: see the notice). */
  ensureDocumentKey: () => Promise<string | null>;
  settings: PersonalSettings;
  /** The document's validation runs on this computer, newest first. */
  runs: ValidationRun[];
  /** The calendar as last read from the document (or saved to it); null before the first read. */
  loadedCalendar: LoadedCalendar | null;
  notices: StorageNotice[];
  dismissNotice: (id: StorageNotice["id"]) => void;
  /** Resolves once opening has finished (or failed); never rejects. */
  ready: () => Promise<void>;
  /** Before a task: storage opened, and for a validation the document's key (created now if it has none). */
  prepare: (task: TaskName) => Promise<void>;
  /** The calendar to validate with: the document's overrides, else the cached ones, else the fallback. */
  calendarForValidation: CalendarProvider;
  validationSettings: () => ValidationSettings;
  /** Records a validation run under the document's key (given to it first if needed), in the background. */
  recordRun: (validation: Validation) => void;
  saveSettings: (patch: Partial<PersonalSettings>) => Promise<SettingsUpdate>;
  editCalendar: (change: (current: CalendarOverride[]) => CalendarOverride[]) => Promise<SavedCalendar>;
  resetCalendar: () => Promise<SavedCalendar>;
  reloadCalendar: () => Promise<LoadedCalendar | null>;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

export function usePaneStorage(open: OpenPaneStorage | undefined, fallbackCalendar: CalendarProvider, now: () => Date = () => new Date()): PaneStorageApi {
  const [status, setStatus] = useState<StorageStatus>(open ? "opening" : "off");
  const [storage, setStorage] = useState<PaneStorage | null>(null);
  const opened = useRef(deferred());
  /** The storage is opened once per mounted pane, whatever `open` function a later render passes. */
  const openRef = useRef(open);
  const storageRef = useRef<PaneStorage | null>(null);
  const current = useCallback(() => storageRef.current, []);
  const handle = useRef<StorageHandle>({ opened: opened.current.promise, current }).current;

  const { notices, notify, dismissNotice } = useStorageNotices();
  const key = useDocumentKey(handle, notify);
  const personal = usePersonalSettings(handle);
  const calendar = useSharedCalendar({ handle, knowKey: key.knowKey, notify, dismissNotice, fallback: fallbackCalendar });
  const history = useValidationHistory(handle, key, now, openRef.current !== undefined);

  const { loadSettings, showLoadedSettings } = personal;
  const { adopt } = calendar;
  const { listRuns } = history;
  useEffect(() => {
    const openStorage = openRef.current;
    if (!openStorage) {
      opened.current.resolve();
      return;
    }
    let active = true;
    let unsubscribe = (): void => undefined;
    const start = async (): Promise<void> => {
      let opening: PaneStorage;
      try {
        opening = await openStorage();
      } catch (error) {
        void logError(error);
        if (active) setStatus("failed");
        return;
      }
      if (!active) return;
      storageRef.current = opening;
      setStorage(opening);
      unsubscribe = opening.store.onWarning((warning) => notify({ id: "storage", title: strings.storage.warningTitle, message: warning }));
      await loadSettings(opening);
      // Read only: the key is created when something is first kept for the document.
      const loaded = await opening.calendar.loadCalendar();
      if (!active) return;
      showLoadedSettings();
      adopt(loaded);
      if (loaded.documentKey !== null) await listRuns(opening.store, loaded.documentKey);
      if (active) setStatus("ready");
    };
    start()
      .catch((error: unknown) => {
        // Nothing above should reject (the store and CalendarSync report problems as values); if it does, no storage.
        void logError(error);
        if (active) setStatus("failed");
      })
      .finally(() => opened.current.resolve());
    return () => {
      active = false;
      unsubscribe();
    };
  }, [notify, loadSettings, showLoadedSettings, adopt, listRuns]);

  const ready = useCallback(() => opened.current.promise, []);
  const { ensureDocumentKey } = key;
  const prepare = useCallback(
    async (task: TaskName): Promise<void> => {
      await opened.current.promise;
      if (task === "validate" && storageRef.current) await ensureDocumentKey();
    },
    [ensureDocumentKey],
  );

  return {
    status,
    store: storage?.store ?? null,
    calendarSync: storage?.calendar ?? null,
    documentKey: key.documentKey,
    ensureDocumentKey,
    settings: personal.settings,
    runs: history.runs,
    loadedCalendar: calendar.loadedCalendar,
    notices,
    dismissNotice,
    ready,
    prepare,
    calendarForValidation: calendar.calendarForValidation,
    validationSettings: personal.validationSettings,
    recordRun: history.recordRun,
    saveSettings: personal.saveSettings,
    editCalendar: calendar.editCalendar,
    resetCalendar: calendar.resetCalendar,
    reloadCalendar: calendar.reloadCalendar,
  };
}
