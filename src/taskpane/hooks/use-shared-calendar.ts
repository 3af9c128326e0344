/**
 * The calendar shared through the document, as the pane holds it: what was last read or saved (for the calendar
 * editor), the calendar each validation uses (from that validation's own read of the shared state, with the cached
 * copy where the document's cannot be used), and calendar edits saved to the document. Problems become a notice.
 */
import { useCallback, useRef, useState } from "react";
import type { CalendarOverride } from "../../domain/calendar";
import type { CalendarProvider } from "../../jobs/document-calendar";
import type { LoadedCalendar, SavedCalendar } from "../../storage/shared-calendar";
import { logError } from "../office-helpers";
import type { PaneCalendarSync } from "../services/pane-storage";
import { strings } from "../strings";
import { errorMessage, type StorageHandle } from "./storage-handle";
import type { StorageNotice } from "./use-storage-notices";

export interface SharedCalendarState {
  /** The calendar as last read from the document (or saved to it); null before the first read. */
  loadedCalendar: LoadedCalendar | null;
  /** Takes a calendar read elsewhere (when the storage opened): kept, its problems shown, its key known. */
  adopt: (loaded: LoadedCalendar) => void;
  calendarForValidation: CalendarProvider;
  reloadCalendar: () => Promise<LoadedCalendar | null>;
  editCalendar: (change: (current: CalendarOverride[]) => CalendarOverride[]) => Promise<SavedCalendar>;
  resetCalendar: () => Promise<SavedCalendar>;
}

interface Needs {
  handle: StorageHandle;
  knowKey: (key: string) => void;
  notify: (notice: StorageNotice) => void;
  dismissNotice: (id: StorageNotice["id"]) => void;
  /** The calendar when there is no storage (or it did not load). */
  fallback: CalendarProvider;
}

export function useSharedCalendar({ handle, knowKey, notify, dismissNotice, fallback }: Needs): SharedCalendarState {
  const [loadedCalendar, setLoadedCalendar] = useState<LoadedCalendar | null>(null);
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  const { opened, current } = handle;

  const adopt = useCallback(
    (loaded: LoadedCalendar) => {
      setLoadedCalendar(loaded);
      // Notes about the calendar in use when it is not the document's (unreadable document, the cached copy).
      if (loaded.source !== "document" && loaded.problems.length > 0) notify({ id: "calendar", title: strings.storage.calendarProblemTitle, message: loaded.problems.join(" ") });
      if (loaded.documentKey !== null) knowKey(loaded.documentKey);
    },
    [notify, knowKey],
  );

  const reloadCalendar = useCallback(async (): Promise<LoadedCalendar | null> => {
    await opened;
    const sync = current()?.calendar;
    if (!sync) return null;
    try {
      const loaded = await sync.loadCalendar();
      adopt(loaded);
      return loaded;
    } catch (error) {
      void logError(error);
      return null;
    }
  }, [opened, current, adopt]);

  const calendarForValidation = useCallback<CalendarProvider>(
    async (shared) => {
      await opened;
      const sync = current()?.calendar;
      if (!sync) return await fallbackRef.current(shared);
      try {
        const loaded = await sync.fromDocumentState(shared.error ? { error: shared.error } : { state: shared.state });
        adopt(loaded);
        return loaded.calendar;
      } catch (error) {
        void logError(error);
        return await fallbackRef.current(shared);
      }
    },
    [opened, current, adopt],
  );

  const saveWith = useCallback(
    async (write: (sync: PaneCalendarSync) => Promise<SavedCalendar>): Promise<SavedCalendar> => {
      await opened;
      const sync = current()?.calendar;
      if (!sync) return { ok: false, problems: [strings.settingsView.unavailable] };
      let saved: SavedCalendar;
      try {
        saved = await write(sync);
      } catch (error) {
        void logError(error);
        return { ok: false, problems: [errorMessage(error)] };
      }
      if (saved.ok) {
        knowKey(saved.documentKey);
        setLoadedCalendar({ calendar: saved.calendar, overrides: saved.overrides, source: "document", documentKey: saved.documentKey, problems: saved.problems });
        dismissNotice("calendar");
      }
      return saved;
    },
    [opened, current, knowKey, dismissNotice],
  );

  const editCalendar = useCallback((change: (current: CalendarOverride[]) => CalendarOverride[]) => saveWith((sync) => sync.editOverrides(change)), [saveWith]);
  const resetCalendar = useCallback(() => saveWith((sync) => sync.saveOverrides([])), [saveWith]);

  return { loadedCalendar, adopt, calendarForValidation, reloadCalendar, editCalendar, resetCalendar };
}
