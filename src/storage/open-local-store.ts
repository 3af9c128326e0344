/**
 * Opens the local store: IndexedDB when it works, else memory with a warning the user sees once.
 * Never rejects. Reads no Office globals: the pane passes Office.context.partitionKey in.
 */
import { ActionPlanDatabase, databaseName, DEFAULT_DATABASE_NAME } from "./database";
import { DexieLocalStore } from "./dexie-store";
import { FallbackLocalStore } from "./fallback-store";
import type { LocalStore } from "./local-store";
import { MemoryLocalStore } from "./memory-store";
import type { StoreLimits } from "./records";
import { classifyStorageError, type StorageFailure } from "./storage-failure";

export interface OpenLocalStoreOptions {
  /** The IndexedDB to use; not given: the global one; null: there is none (memory only). */
  indexedDB?: IDBFactory | null;
  /** Defaults to the global IDBKeyRange (give fake-indexeddb's in tests without the global shim). */
  IDBKeyRange?: typeof IDBKeyRange;
  /** Office.context.partitionKey, when Office gives one: each partition gets its own database. */
  partitionKey?: string | null;
  /** Database name before the partition (default "action-plan-addin"). */
  name?: string;
  /** How long opening (and upgrading) may take before the store works in memory instead (default 5000 ms). */
  openTimeoutMs?: number;
  limits?: Partial<StoreLimits>;
}

export const DEFAULT_OPEN_TIMEOUT_MS = 5000;

function globalIndexedDb(): IDBFactory | undefined {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch {
    // Some sandboxed frames throw a SecurityError on merely reading indexedDB.
    return undefined;
  }
}

type OpenOutcome = { ok: true } | { ok: false; failure: StorageFailure };

/** Opens `db`, or says why not: it failed, another connection blocks its upgrade, or it took too long. */
function openWithin(db: ActionPlanDatabase, timeoutMs: number): Promise<OpenOutcome> {
  return new Promise<OpenOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: OpenOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(outcome);
    };
    const opening = Promise.resolve().then(() => db.open());
    opening.then(
      () => finish({ ok: true }),
      (error: unknown) => finish({ ok: false, failure: classifyStorageError(error) }),
    );
    const giveUp = (failure: StorageFailure) => {
      if (settled) return;
      finish({ ok: false, failure });
      // Opening may still finish later (once the blocking window closes): let go of the database then.
      opening.then(
        () => db.close(),
        () => undefined,
      );
    };
    const timer = setTimeout(() => giveUp({ kind: "timeout" }), timeoutMs);
    const unsubscribe = db.onBlocked(() => giveUp({ kind: "blocked" }));
  });
}

export async function openLocalStore(options: OpenLocalStoreOptions = {}): Promise<LocalStore> {
  const memoryWith = (failure: StorageFailure) => new MemoryLocalStore({ failure, limits: options.limits });
  const factory = "indexedDB" in options ? options.indexedDB : globalIndexedDb();
  if (!factory) return memoryWith({ kind: "unavailable" });
  let db: ActionPlanDatabase;
  try {
    db = new ActionPlanDatabase(databaseName(options.name ?? DEFAULT_DATABASE_NAME, options.partitionKey), {
      indexedDB: factory,
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
  } catch (error) {
    return memoryWith(classifyStorageError(error));
  }
  const outcome = await openWithin(db, options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
  if (!outcome.ok) return memoryWith(outcome.failure);
  return new FallbackLocalStore(new DexieLocalStore(db, options.limits), options.limits);
}
