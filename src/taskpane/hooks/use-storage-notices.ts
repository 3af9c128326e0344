/** The storage's notices (dismissible message bars): one per kind, the newest replacing the one before. */
import { useCallback, useState } from "react";

export interface StorageNotice {
  id: "storage" | "key" | "calendar";
  title: string;
  message: string;
}

export interface StorageNotices {
  notices: StorageNotice[];
  notify: (notice: StorageNotice) => void;
  dismissNotice: (id: StorageNotice["id"]) => void;
}

export function useStorageNotices(): StorageNotices {
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  const notify = useCallback((notice: StorageNotice) => {
    setNotices((previous) => [...previous.filter((existing) => existing.id !== notice.id), notice]);
  }, []);
  const dismissNotice = useCallback((id: StorageNotice["id"]) => setNotices((previous) => previous.filter((notice) => notice.id !== id)), []);
  return { notices, notify, dismissNotice };
}
