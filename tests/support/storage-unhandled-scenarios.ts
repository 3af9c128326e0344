/**
 * Run by storage-fallback-unhandled.test.ts in a plain Node process (Jest intercepts unhandled
 * rejections itself): every way the local store falls back to memory, with a real
 * process "unhandledRejection" listener. Prints one JSON line: the warnings and the rejections seen.
 */
import { IDBFactory, IDBKeyRange, IDBObjectStore } from "fake-indexeddb";
import { openLocalStore } from "../../src/storage/open-local-store";
import type { LocalStore } from "../../src/storage/local-store";
import { DOC_A, resultWith } from "./storage-fixtures";

const unhandled: string[] = [];
process.on("unhandledRejection", (reason) => unhandled.push(String(reason)));

const at = new Date("2022-01-20T10:00:00Z");

async function use(store: LocalStore): Promise<void> {
  await store.saveDraft(DOC_A, "01-01", { summary: "x" }, at);
  await store.recordRun(DOC_A, resultWith("2022-01-20", [["01-01", "ok"]]), at);
  await store.listRuns(DOC_A);
}

async function scenarios(): Promise<Record<string, { persistent: boolean; warning: string | null }>> {
  const outcomes: Record<string, { persistent: boolean; warning: string | null }> = {};
  const record = (name: string, store: LocalStore) => (outcomes[name] = { persistent: store.persistent, warning: store.warning });

  const none = await openLocalStore({ indexedDB: null });
  await use(none);
  record("unavailable", none);

  const throwing = new IDBFactory();
  throwing.open = () => {
    throw new DOMException("denied", "SecurityError");
  };
  const denied = await openLocalStore({ indexedDB: throwing, IDBKeyRange });
  await use(denied);
  record("openThrows", denied);

  const silent = new IDBFactory();
  silent.open = () => ({}) as IDBOpenDBRequest;
  const slow = await openLocalStore({ indexedDB: silent, IDBKeyRange, openTimeoutMs: 20 });
  await use(slow);
  record("timeout", slow);

  const shared = new IDBFactory();
  const older = await new Promise<IDBDatabase>((resolve) => {
    const request = shared.open("action-plan-addin", 10);
    request.onsuccess = () => resolve(request.result);
  });
  const originalWarn = console.warn;
  console.warn = () => undefined;
  const blocked = await openLocalStore({ indexedDB: shared, IDBKeyRange });
  await use(blocked);
  record("blocked", blocked);
  older.close();

  const full = await openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange });
  await use(full);
  const put = IDBObjectStore.prototype.put;
  const add = IDBObjectStore.prototype.add;
  const quota = () => {
    throw new DOMException("full", "QuotaExceededError");
  };
  IDBObjectStore.prototype.put = quota;
  IDBObjectStore.prototype.add = quota;
  await Promise.all([use(full), use(full), full.updateSettings({ autoValidate: true })]);
  IDBObjectStore.prototype.put = put;
  IDBObjectStore.prototype.add = add;
  record("quota", full);
  full.close();

  await new Promise((resolve) => setTimeout(resolve, 200));
  console.warn = originalWarn;
  return outcomes;
}

scenarios().then(
  (outcomes) => process.stdout.write(`${JSON.stringify({ outcomes, unhandled })}\n`),
  (error: unknown) => process.stdout.write(`${JSON.stringify({ failed: String(error), unhandled })}\n`),
);
