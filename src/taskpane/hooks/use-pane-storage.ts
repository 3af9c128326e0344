/**
 * The pane's storage while it is open: opens it once (lazily, through `open`), reads the document's calendar and key
 * (reading only: opening the pane does not change the document), loads the personal settings and the document's
 * validation history, and offers what the views need: the calendar to validate with (read from the document first,
 * each time), recording a validation run, drafts, saving settings and calendar edits. The document gets its key when
 * something is first kept for it (a validation run, a draft, a calendar edit).
 * Nothing here rejects: storage problems become notices (dismissible message bars) and the pane works without them.
 * Without `open` (tests of other views, a port double) the pane has no storage: the fallback calendar and the
 * default settings are used, and nothing is recorded.
 */
import type { CalendarProvider } from "../../jobs/document-calendar";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CalendarOverride } from "../../domain/calendar";
import type { ValidationRun } from "../../domain/history";
import { listenForRecordedRuns } from "../../storage/history-broadcast";
import type { LocalStore } from "../../storage/local-store";
import { DEFAULT_SETTINGS, type PersonalSettings, type SettingsUpdate } from "../../storage/settings";
import type { LoadedCalendar, SavedCalendar } from "../../storage/shared-calendar";
import { logError } from "../office-helpers";
import type { OpenPaneStorage, PaneCalendarSync, PaneStorage } from "../services/pane-storage";
import type { Validation } from "../services/validate-document";
import { strings } from "../strings";
import type { TaskName } from "./use-exclusive-task";
import type { ValidationSettings } from "./use-pane-session";

export type StorageStatus = "off" | "opening" | "ready" | "failed";

export interface StorageNotice {
  id: "storage" | "key" | "calendar";
  title: string;
  message: string;
}

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

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
  const [documentKey, setDocumentKey] = useState<string | null>(null);
  const [settings, setSettings] = useState<PersonalSettings>(DEFAULT_SETTINGS);
  const [runs, setRuns] = useState<ValidationRun[]>([]);
  const [loadedCalendar, setLoadedCalendar] = useState<LoadedCalendar | null>(null);
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  const opened = useRef(deferred());
  /** The storage is opened once per mounted pane, whatever `open` function a later render passes. */
  const openRef = useRef(open);
  // Refs: the callbacks below stay the same objects, and read what opening found even before React re-rendered.
  const storageRef = useRef<PaneStorage | null>(null);
  const keyRef = useRef<string | null>(null);
  const settingsRef = useRef<PersonalSettings>(DEFAULT_SETTINGS);
  const fallbackRef = useRef(fallbackCalendar);
  fallbackRef.current = fallbackCalendar;
  const nowRef = useRef(now);
  nowRef.current = now;

  const notify = useCallback((notice: StorageNotice) => {
    setNotices((previous) => [...previous.filter((existing) => existing.id !== notice.id), notice]);
  }, []);

  const showCalendarProblems = useCallback(
    (loaded: LoadedCalendar) => {
      // Notes about the calendar in use when it is not the document's (unreadable document, the cached copy).
      if (loaded.source !== "document" && loaded.problems.length > 0) notify({ id: "calendar", title: strings.storage.calendarProblemTitle, message: loaded.problems.join(" ") });
    },
    [notify],
  );

  const knowKey = useCallback((key: string) => {
    if (keyRef.current === key) return;
    keyRef.current = key;
    setDocumentKey(key);
  }, []);

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
      try {
        settingsRef.current = await opening.store.getSettings();
      } catch (error) {
        void logError(error);
      }
      // Read only: the key is created when something is first kept for the document.
      const loaded = await opening.calendar.loadCalendar();
      if (!active) return;
      setSettings(settingsRef.current);
      setLoadedCalendar(loaded);
      showCalendarProblems(loaded);
      if (loaded.documentKey !== null) {
        keyRef.current = loaded.documentKey;
        setDocumentKey(loaded.documentKey);
        try {
          const listed = await opening.store.listRuns(loaded.documentKey);
          if (active) setRuns(listed);
        } catch (error) {
          void logError(error);
        }
      }
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
  }, [notify, showCalendarProblems]);

  const ready = useCallback(() => opened.current.promise, []);

  const reloadCalendar = useCallback(async (): Promise<LoadedCalendar | null> => {
    await opened.current.promise;
    const sync = storageRef.current?.calendar;
    if (!sync) return null;
    try {
      const loaded = await sync.loadCalendar();
      setLoadedCalendar(loaded);
      showCalendarProblems(loaded);
      if (loaded.documentKey !== null) knowKey(loaded.documentKey);
      return loaded;
    } catch (error) {
      void logError(error);
      return null;
    }
  }, [showCalendarProblems, knowKey]);

  /** From the validation's own read of the shared state, with the cache where the document's copy cannot be used. */
  const calendarForValidation = useCallback<CalendarProvider>(
    async (shared) => {
      await opened.current.promise;
      const sync = storageRef.current?.calendar;
      if (!sync) return await fallbackRef.current(shared);
      try {
        const loaded = await sync.fromDocumentState(shared.error ? { error: shared.error } : { state: shared.state });
        setLoadedCalendar(loaded);
        showCalendarProblems(loaded);
        if (loaded.documentKey !== null) knowKey(loaded.documentKey);
        return loaded.calendar;
      } catch (error) {
        void logError(error);
        return await fallbackRef.current(shared);
      }
    },
    [showCalendarProblems, knowKey],
  );

  const validationSettings = useCallback((): ValidationSettings => ({ horizonDays: settingsRef.current.attentionHorizonDays, redFor: settingsRef.current.redPolicy }), []);

  /** One creation at a time: two callers asking together get the same key. */
  const ensuring = useRef<Promise<string | null> | null>(null);
  const ensureDocumentKey = useCallback(async (): Promise<string | null> => {
    await opened.current.promise;
    if (keyRef.current) return keyRef.current;
    const sync = storageRef.current?.calendar;
    if (!sync) return null;
    ensuring.current ??= sync.ensureDocumentKey().then((ensured) => {
      ensuring.current = null;
      if (ensured.ok) {
        knowKey(ensured.documentKey);
        return ensured.documentKey;
      }
      notify({ id: "key", title: strings.storage.keyProblemTitle, message: ensured.problem });
      return null;
    });
    return await ensuring.current;
  }, [knowKey, notify]);

  const prepare = useCallback(
    async (task: TaskName): Promise<void> => {
      await opened.current.promise;
      if (task === "validate" && storageRef.current) await ensureDocumentKey();
    },
    [ensureDocumentKey],
  );

  /** Runs are written one after the other, in the order the validations finished. */
  const recording = useRef<Promise<void>>(Promise.resolve());
  const recordRun = useCallback(
    (validation: Validation): void => {
      const store = storageRef.current?.store;
      if (!store) return;
      const at = nowRef.current();
      recording.current = recording.current.then(async () => {
        try {
          // Known already: prepare("validate") gave the document its key before the validation read it.
          const key = await ensureDocumentKey();
          if (!key) return;
          await store.recordRun(key, validation.result, at);
          setRuns(await store.listRuns(key));
        } catch (error) {
          void logError(error);
        }
      });
    },
    [ensureDocumentKey],
  );

  // Runs recorded elsewhere (the ribbon's Validate plan) show without reopening the pane: when the ribbon says so, and
  // when the person comes back to the pane. Queued behind the pane's own recording, so an older list never wins.
  useEffect(() => {
    if (!openRef.current) return;
    const refresh = (documentKey?: string): void => {
      const store = storageRef.current?.store;
      const key = keyRef.current;
      if (!store || !key || (documentKey !== undefined && documentKey !== key)) return;
      recording.current = recording.current.then(async () => {
        try {
          setRuns(await store.listRuns(key));
        } catch (error) {
          void logError(error);
        }
      });
    };
    const onFocus = (): void => refresh();
    const onVisibility = (): void => {
      if (document.visibilityState !== "hidden") refresh();
    };
    const stopListening = listenForRecordedRuns(refresh);
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopListening();
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, []);

  const saveSettings = useCallback(async (patch: Partial<PersonalSettings>): Promise<SettingsUpdate> => {
    await opened.current.promise;
    const current = storageRef.current;
    if (!current) return { ok: false, problems: [strings.settingsView.unavailable] };
    let update: SettingsUpdate;
    try {
      update = await current.store.updateSettings(patch);
    } catch (error) {
      void logError(error);
      return { ok: false, problems: [message(error)] };
    }
    if (update.ok) {
      settingsRef.current = update.settings;
      setSettings(update.settings);
    }
    return update;
  }, []);

  const saveWith = useCallback(async (write: (sync: PaneCalendarSync) => Promise<SavedCalendar>): Promise<SavedCalendar> => {
    await opened.current.promise;
    const sync = storageRef.current?.calendar;
    if (!sync) return { ok: false, problems: [strings.settingsView.unavailable] };
    let saved: SavedCalendar;
    try {
      saved = await write(sync);
    } catch (error) {
      void logError(error);
      return { ok: false, problems: [message(error)] };
    }
    if (saved.ok) {
      knowKey(saved.documentKey);
      setLoadedCalendar({ calendar: saved.calendar, overrides: saved.overrides, source: "document", documentKey: saved.documentKey, problems: saved.problems });
      setNotices((previous) => previous.filter((notice) => notice.id !== "calendar"));
    }
    return saved;
  }, [knowKey]);

  const editCalendar = useCallback((change: (current: CalendarOverride[]) => CalendarOverride[]) => saveWith((sync) => sync.editOverrides(change)), [saveWith]);
  const resetCalendar = useCallback(() => saveWith((sync) => sync.saveOverrides([])), [saveWith]);
  const dismissNotice = useCallback((id: StorageNotice["id"]) => setNotices((previous) => previous.filter((notice) => notice.id !== id)), []);

  return {
    status,
    store: storage?.store ?? null,
    calendarSync: storage?.calendar ?? null,
    documentKey,
    ensureDocumentKey,
    settings,
    runs,
    loadedCalendar,
    notices,
    dismissNotice,
    ready,
    prepare,
    calendarForValidation,
    validationSettings,
    recordRun,
    saveSettings,
    editCalendar,
    resetCalendar,
    reloadCalendar,
  };
}
