/**
 * The document's validation runs on this computer, newest first: listed when its key is known, a run recorded after
 * each validation the person asked for, and runs the ribbon recorded shown without reopening the pane (when the ribbon
 * says so, and when the person comes back to the pane). One queue: an older list never replaces a newer one.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ValidationRun } from "../../domain/history";
import { listenForRecordedRuns } from "../../storage/history-broadcast";
import type { LocalStore } from "../../storage/local-store";
import { logError } from "../office-helpers";
import type { Validation } from "../services/validate-document";
import type { StorageHandle } from "./storage-handle";

export interface ValidationHistory {
  runs: ValidationRun[];
  /** Lists the runs kept under `key` (when the storage has opened and the document's key is known). */
  listRuns: (store: LocalStore, key: string) => Promise<void>;
  /** Records a validation run under the document's key (given to it first if needed), in the background. */
  recordRun: (validation: Validation) => void;
}

export function useValidationHistory(handle: StorageHandle, keys: { currentKey: () => string | null; ensureDocumentKey: () => Promise<string | null> }, now: () => Date, enabled: boolean): ValidationHistory {
  const [runs, setRuns] = useState<ValidationRun[]>([]);
  const nowRef = useRef(now);
  nowRef.current = now;
  /** Runs are written and listed one after the other, in the order asked. */
  const queue = useRef<Promise<void>>(Promise.resolve());
  const enqueue = useCallback((work: () => Promise<void>): void => {
    queue.current = queue.current.then(async () => {
      try {
        await work();
      } catch (error) {
        void logError(error);
      }
    });
  }, []);

  const listRuns = useCallback(async (store: LocalStore, key: string): Promise<void> => {
    try {
      setRuns(await store.listRuns(key));
    } catch (error) {
      void logError(error);
    }
  }, []);

  const { current } = handle;
  const { currentKey, ensureDocumentKey } = keys;
  const recordRun = useCallback(
    (validation: Validation): void => {
      const store = current()?.store;
      if (!store) return;
      const at = nowRef.current();
      enqueue(async () => {
        // Known already: prepare("validate") gave the document its key before the validation read it.
        const key = await ensureDocumentKey();
        if (!key) return;
        await store.recordRun(key, validation.result, at);
        setRuns(await store.listRuns(key));
      });
    },
    [current, ensureDocumentKey, enqueue],
  );

  useEffect(() => {
    if (!enabled) return;
    const refresh = (documentKey?: string): void => {
      const store = current()?.store;
      const key = currentKey();
      if (!store || !key || (documentKey !== undefined && documentKey !== key)) return;
      enqueue(async () => setRuns(await store.listRuns(key)));
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
  }, [enabled, current, currentKey, enqueue]);

  return { runs, listRuns, recordRun };
}
