/** Why local storage is not used, in words a user understands (shown once, e.g. in a MessageBar). */

export type StorageFailure =
  | { kind: "unavailable" }
  | { kind: "blocked" }
  | { kind: "timeout" }
  | { kind: "quota" }
  | { kind: "failed"; error: unknown };

const LEAD = "History and drafts will not be kept on this computer:";
const SESSION = "The add-in works as usual, and what you do is kept until the pane is closed.";

function errorNames(error: unknown, seen = new Set<unknown>()): string[] {
  if (typeof error !== "object" || error === null || seen.has(error)) return [];
  seen.add(error);
  const record = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const own = typeof record.name === "string" ? [record.name] : [];
  const failures = Array.isArray(record.failures) ? record.failures : [];
  return [...own, ...errorNames(record.inner, seen), ...failures.flatMap((failure) => errorNames(failure, seen))];
}

/** True when the browser refused a write for lack of space (also when Dexie wraps the error). */
export function isQuotaExceeded(error: unknown): boolean {
  return errorNames(error).some((name) => name === "QuotaExceededError");
}

/** The failure a storage error means. */
export function classifyStorageError(error: unknown): StorageFailure {
  if (isQuotaExceeded(error)) return { kind: "quota" };
  if (errorNames(error).some((name) => name === "MissingAPIError")) return { kind: "unavailable" };
  return { kind: "failed", error };
}

function detail(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
  return String(error);
}

export function storageWarning(failure: StorageFailure): string {
  switch (failure.kind) {
    case "unavailable":
      return `${LEAD} this version of Office or this browser mode gives add-ins no local storage (IndexedDB). ${SESSION}`;
    case "blocked":
      return `${LEAD} an older copy of the add-in is still open in another window and holds the local storage. Close the add-in there and reopen this pane. ${SESSION}`;
    case "timeout":
      return `${LEAD} the local storage did not open in time. ${SESSION}`;
    case "quota":
      return `${LEAD} the space for add-in data on this computer is full. ${SESSION}`;
    case "failed":
      return `${LEAD} the local storage failed (${detail(failure.error)}). ${SESSION}`;
  }
}
