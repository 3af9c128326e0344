/**
 * Where IndexedDB is missing or fails, the store keeps working in memory, says so once in words a
 * user understands, keeps what it had, and leaves no promise rejection unhandled.
 */
import { IDBFactory, IDBKeyRange, IDBObjectStore } from "fake-indexeddb";
import type { LocalStore } from "../../src/storage/local-store";
import { openLocalStore } from "../../src/storage/open-local-store";
import { isQuotaExceeded } from "../../src/storage/storage-failure";
import { LocalStoreInputError } from "../../src/storage/store-input";
import { DOC_A, DOC_B, resultWith } from "../support/storage-fixtures";

const LEAD = "History and drafts will not be kept on this computer:";
const at = (iso: string) => new Date(iso);

// Jest fails a test on an unhandled rejection by itself (its own handler, not process listeners in the
// test file): storage-fallback-unhandled.test.ts checks the same scenarios with a real process listener.
afterEach(async () => {
  jest.restoreAllMocks();
  await new Promise((resolve) => setTimeout(resolve, 20));
});

function quotaError(): DOMException {
  return new DOMException("The quota has been exceeded.", "QuotaExceededError");
}

async function expectWorksInMemory(store: LocalStore): Promise<void> {
  expect(store.persistent).toBe(false);
  await store.saveDraft(DOC_A, "01-01", { summary: "kept for the session" }, at("2022-01-20T10:00:00Z"));
  expect((await store.getDraft(DOC_A, "01-01"))?.fields.summary).toBe("kept for the session");
  const run = await store.recordRun(DOC_A, resultWith("2022-01-20", [["01-01", "jeopardy"]]), at("2022-01-20T10:00:00Z"));
  expect(await store.listRuns(DOC_A)).toContainEqual(run);
}

describe("IndexedDB unavailable", () => {
  it("without any IndexedDB (none given, none global): memory, with the warning heard exactly once", async () => {
    expect((globalThis as { indexedDB?: unknown }).indexedDB).toBeUndefined();
    const store = await openLocalStore();
    expect(store.warning).toBe(`${LEAD} this version of Office or this browser mode gives add-ins no local storage (IndexedDB). The add-in works as usual, and what you do is kept until the pane is closed.`);
    const heard = jest.fn();
    store.onWarning(heard);
    await expectWorksInMemory(store);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith(store.warning);
  });

  it("when told there is none (indexedDB: null)", async () => {
    const store = await openLocalStore({ indexedDB: null });
    expect(store.warning).toMatch(/no local storage \(IndexedDB\)/);
    await expectWorksInMemory(store);
  });

  it("when opening throws (e.g. a private window's SecurityError)", async () => {
    const factory = new IDBFactory();
    jest.spyOn(factory, "open").mockImplementation(() => {
      throw new DOMException("Access denied in private browsing.", "SecurityError");
    });
    const store = await openLocalStore({ indexedDB: factory, IDBKeyRange });
    expect(store.warning).toMatch(new RegExp(`^${LEAD} the local storage failed \\(.*SecurityError.*Access denied in private browsing\\.\\)`));
    await expectWorksInMemory(store);
  });

  it("when opening never finishes: memory after the timeout", async () => {
    const factory = new IDBFactory();
    jest.spyOn(factory, "open").mockImplementation(() => ({}) as IDBOpenDBRequest);
    const store = await openLocalStore({ indexedDB: factory, IDBKeyRange, openTimeoutMs: 30 });
    expect(store.warning).toBe(`${LEAD} the local storage did not open in time. The add-in works as usual, and what you do is kept until the pane is closed.`);
    await expectWorksInMemory(store);
  });

  it("when an older copy of the add-in holds the database: memory at once, and the database is let go when it unblocks", async () => {
    const factory = new IDBFactory();
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open("action-plan-addin", 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dexieWarning = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const store = await openLocalStore({ indexedDB: factory, IDBKeyRange, openTimeoutMs: 10_000 });
    expect(dexieWarning).toHaveBeenCalledWith(expect.stringMatching(/blocked/));
    expect(store.warning).toMatch(/an older copy of the add-in is still open in another window/);
    await expectWorksInMemory(store);

    older.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = await openLocalStore({ indexedDB: factory, IDBKeyRange, openTimeoutMs: 2000 });
    expect(next.persistent).toBe(true);
    expect(await next.listRuns(DOC_A)).toEqual([]);
    next.close();
  });
});

describe("a storage failure during the session", () => {
  async function storeWithHistory(indexedDB: IDBFactory): Promise<LocalStore> {
    const store = await openLocalStore({ indexedDB, IDBKeyRange });
    await store.recordRun(DOC_A, resultWith("2022-01-20", [["01-01", "jeopardy"]]), at("2022-01-20T10:00:00Z"));
    await store.recordRun(DOC_B, resultWith("2022-01-20", [["02-01", "ok"]]), at("2022-01-20T10:00:00Z"));
    await store.saveDraft(DOC_A, "01-01", { summary: "saved in IndexedDB" }, at("2022-01-20T10:00:00Z"));
    await store.updateSettings({ attentionHorizonDays: 14 });
    await store.putCalendarCache(DOC_A, '{"version":1,"overrides":[]}', at("2022-01-20T10:00:00Z"));
    await store.touchRecent(DOC_A, "01-01", at("2022-01-20T10:00:00Z"));
    expect(store.persistent).toBe(true);
    return store;
  }

  it("QuotaExceededError on a write: the write succeeds in memory, everything kept so far stays, one warning", async () => {
    const indexedDB = new IDBFactory();
    const store = await storeWithHistory(indexedDB);
    const heard = jest.fn();
    store.onWarning(heard);
    jest.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw quotaError();
    });
    jest.spyOn(IDBObjectStore.prototype, "add").mockImplementation(() => {
      throw quotaError();
    });

    const draft = await store.saveDraft(DOC_A, "01-02", { summary: "typed when the disk was full" }, at("2022-01-20T11:00:00Z"));
    expect(store.persistent).toBe(false);
    expect(store.warning).toBe(`${LEAD} the space for add-in data on this computer is full. The add-in works as usual, and what you do is kept until the pane is closed.`);
    expect(heard).toHaveBeenCalledTimes(1);

    expect(await store.getDraft(DOC_A, "01-02")).toEqual(draft);
    expect((await store.getDraft(DOC_A, "01-01"))?.fields.summary).toBe("saved in IndexedDB");
    expect((await store.getSettings()).attentionHorizonDays).toBe(14);
    expect(await store.getCalendarCache(DOC_A)).not.toBeNull();
    expect(await store.listRecent(DOC_A)).toHaveLength(1);
    expect(await store.listRuns(DOC_B)).toHaveLength(1);
    const run = await store.recordRun(DOC_A, resultWith("2022-01-21", [["01-01", "done"]]), at("2022-01-21T10:00:00Z"));
    expect((await store.listRuns(DOC_A)).map((kept) => kept.id)).toEqual([run.id, 1]);
    expect(run.id).toBeGreaterThan(2);

    await store.updateSettings({ autoValidate: true });
    expect(heard).toHaveBeenCalledTimes(1);
    const late = jest.fn();
    store.onWarning(late);
    expect(late).toHaveBeenCalledTimes(1);

    jest.restoreAllMocks();
    store.close();
    const nextSession = await openLocalStore({ indexedDB, IDBKeyRange });
    expect(nextSession.persistent).toBe(true);
    expect((await nextSession.getDraft(DOC_A, "01-01"))?.fields.summary).toBe("saved in IndexedDB");
    expect(await nextSession.getDraft(DOC_A, "01-02")).toBeNull();
    nextSession.close();
  });

  it("several writes failing at once switch once and all succeed in memory", async () => {
    const store = await storeWithHistory(new IDBFactory());
    const heard = jest.fn();
    store.onWarning(heard);
    jest.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw quotaError();
    });
    const saves = ["01-02", "01-03", "01-04", "01-05"].map((itemKey, index) => store.saveDraft(DOC_A, itemKey, { summary: itemKey }, at(`2022-01-20T11:00:0${index}Z`)));
    await Promise.all(saves);
    expect(heard).toHaveBeenCalledTimes(1);
    expect((await store.listDrafts(DOC_A)).map((draft) => draft.itemKey)).toEqual(["01-05", "01-04", "01-03", "01-02", "01-01"]);
  });

  it("any other storage error also moves to memory, naming the error", async () => {
    const store = await storeWithHistory(new IDBFactory());
    jest.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The database connection is closing.", "InvalidStateError");
    });
    await store.touchRecent(DOC_A, "01-09", at("2022-01-20T12:00:00Z"));
    expect(store.warning).toMatch(/the local storage failed \(.*InvalidStateError/);
    expect((await store.listRecent(DOC_A)).map((item) => item.itemKey)).toEqual(["01-09", "01-01"]);
  });

  it("bad input is not a storage failure: it rejects and the store stays in IndexedDB", async () => {
    const store = await storeWithHistory(new IDBFactory());
    await expect(store.saveDraft("nope", "01-01", {}, at("2022-01-20T10:00:00Z"))).rejects.toBeInstanceOf(LocalStoreInputError);
    expect(store.persistent).toBe(true);
    expect(store.warning).toBeNull();
    store.close();
  });

  it("a listener that throws does not stop the store or the other listeners", async () => {
    const store = await storeWithHistory(new IDBFactory());
    const other = jest.fn();
    store.onWarning(() => {
      throw new Error("listener bug");
    });
    store.onWarning(other);
    jest.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw quotaError();
    });
    await store.saveDraft(DOC_A, "01-02", {}, at("2022-01-20T11:00:00Z"));
    expect(other).toHaveBeenCalledTimes(1);
  });
});

describe("isQuotaExceeded", () => {
  it("finds the quota error however Dexie wraps it", () => {
    expect(isQuotaExceeded(quotaError())).toBe(true);
    expect(isQuotaExceeded({ name: "AbortError", inner: quotaError() })).toBe(true);
    expect(isQuotaExceeded({ name: "BulkError", failures: [new Error("x"), quotaError()] })).toBe(true);
    expect(isQuotaExceeded(new Error("QuotaExceededError"))).toBe(false);
    const cyclic: { name: string; inner?: unknown } = { name: "AbortError" };
    cyclic.inner = cyclic;
    expect(isQuotaExceeded(cyclic)).toBe(false);
  });
});
