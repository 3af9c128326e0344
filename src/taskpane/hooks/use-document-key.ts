/**
 * The document's key (history and drafts are kept under it): known from a read of the shared state, or given to the
 * document the first time something is kept for it. One creation at a time: two callers asking together get one key.
 */
import { useCallback, useRef, useState } from "react";
import { strings } from "../strings";
import type { StorageHandle } from "./storage-handle";
import type { StorageNotice } from "./use-storage-notices";

export interface DocumentKey {
  documentKey: string | null;
  /** The key as the callbacks see it now (before React re-renders). */
  currentKey: () => string | null;
  /** Records a key the shared state was found to hold. */
  knowKey: (key: string) => void;
  /** The document's key, given to the document first when it has none (null when that failed: a notice says why). */
  ensureDocumentKey: () => Promise<string | null>;
}

export function useDocumentKey(handle: StorageHandle, notify: (notice: StorageNotice) => void): DocumentKey {
  const [documentKey, setDocumentKey] = useState<string | null>(null);
  const keyRef = useRef<string | null>(null);

  const knowKey = useCallback((key: string) => {
    if (keyRef.current === key) return;
    keyRef.current = key;
    setDocumentKey(key);
  }, []);

  const ensuring = useRef<Promise<string | null> | null>(null);
  const { opened, current } = handle;
  const ensureDocumentKey = useCallback(async (): Promise<string | null> => {
    await opened;
    if (keyRef.current) return keyRef.current;
    const sync = current()?.calendar;
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
  }, [opened, current, knowKey, notify]);

  const currentKey = useCallback(() => keyRef.current, []);
  return { documentKey, currentKey, knowKey, ensureDocumentKey };
}
