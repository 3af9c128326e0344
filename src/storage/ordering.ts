/** The orders the store lists things in: most recent first. */
import type { ValidationRun } from "../domain/history";

/** Newest first by time, ties by the larger id first. */
export function newestRunsFirst(a: ValidationRun, b: ValidationRun): number {
  return a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id;
}

export function newestFirst<T>(time: (value: T) => string): (a: T, b: T) => number {
  return (a, b) => (time(a) < time(b) ? 1 : time(a) > time(b) ? -1 : 0);
}
