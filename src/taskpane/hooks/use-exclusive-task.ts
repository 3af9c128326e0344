/**
 * One long operation at a time: while a task runs, starting another (or the same one again, e.g. a double click)
 * does nothing. The guard is a ref, so two clicks in the same tick cannot both start; `busy` drives the UI.
 */
import { useCallback, useRef, useState } from "react";

export type TaskName = "validate" | "preview" | "structure" | "unstructure" | "edit" | "insert" | "calendar";

export interface ExclusiveTask {
  busy: TaskName | null;
  /** Runs `task` unless another one is running; resolves to its result, or to `undefined` when refused. */
  run<T>(name: TaskName, task: () => Promise<T>): Promise<T | undefined>;
}

export function useExclusiveTask(): ExclusiveTask {
  const running = useRef<TaskName | null>(null);
  const [busy, setBusy] = useState<TaskName | null>(null);
  const run = useCallback(async <T,>(name: TaskName, task: () => Promise<T>): Promise<T | undefined> => {
    if (running.current !== null) return undefined;
    running.current = name;
    setBusy(name);
    try {
      return await task();
    } finally {
      running.current = null;
      setBusy(null);
    }
  }, []);
  return { busy, run };
}
