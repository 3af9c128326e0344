/** What IndexedDB adds over memory: data outlives the pane, and Office partitions never share a database. */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { databaseName } from "../../src/storage/database";
import { openLocalStore } from "../../src/storage/open-local-store";
import { DOC_A, DOC_B, resultWith } from "../support/storage-fixtures";

const at = (iso: string) => new Date(iso);

describe("IndexedDB local store across pane sessions", () => {
  it("restores a draft, the history, the settings and recent items after the pane is closed and reopened", async () => {
    const indexedDB = new IDBFactory();
    const first = await openLocalStore({ indexedDB, IDBKeyRange });
    await first.saveDraft(DOC_A, "01-04", { summary: "typed before closing" }, at("2022-01-20T10:00:00Z"));
    await first.recordRun(DOC_A, resultWith("2022-01-20", [["01-04", "jeopardy"]]), at("2022-01-20T10:00:00Z"));
    await first.recordRun(DOC_A, resultWith("2022-02-20", [["01-04", "done"]]), at("2022-01-20T10:05:00Z"));
    await first.updateSettings({ attentionHorizonDays: 60 });
    await first.touchRecent(DOC_A, "01-04", at("2022-01-20T10:00:00Z"));
    first.close();

    const reopened = await openLocalStore({ indexedDB, IDBKeyRange });
    expect(reopened.persistent).toBe(true);
    expect((await reopened.getDraft(DOC_A, "01-04"))?.fields.summary).toBe("typed before closing");
    expect((await reopened.listRuns(DOC_A)).map((run) => run.asOf)).toEqual(["2022-02-20", "2022-01-20"]);
    expect((await reopened.getSettings()).attentionHorizonDays).toBe(60);
    expect((await reopened.listRecent(DOC_A)).map((item) => item.itemKey)).toEqual(["01-04"]);
    await reopened.discardDraft(DOC_A, "01-04");
    reopened.close();

    const third = await openLocalStore({ indexedDB, IDBKeyRange });
    expect(await third.getDraft(DOC_A, "01-04")).toBeNull();
    third.close();
  });

  it("keeps another document's data apart on the same computer", async () => {
    const indexedDB = new IDBFactory();
    const store = await openLocalStore({ indexedDB, IDBKeyRange });
    await store.recordRun(DOC_A, resultWith("2022-01-20", [["01-01", "jeopardy"]]), at("2022-01-20T10:00:00Z"));
    await store.saveDraft(DOC_A, "01-01", { summary: "A" }, at("2022-01-20T10:00:00Z"));
    store.close();
    const later = await openLocalStore({ indexedDB, IDBKeyRange });
    expect(await later.listRuns(DOC_B)).toEqual([]);
    expect(await later.listDrafts(DOC_B)).toEqual([]);
    expect(await later.getDraft(DOC_B, "01-01")).toBeNull();
    later.close();
  });

  it("gives each Office partition its own database", async () => {
    const indexedDB = new IDBFactory();
    const partitionA = await openLocalStore({ indexedDB, IDBKeyRange, partitionKey: "https://a.example/;word" });
    const partitionB = await openLocalStore({ indexedDB, IDBKeyRange, partitionKey: "https://b.example/;word" });
    const unpartitioned = await openLocalStore({ indexedDB, IDBKeyRange });
    await partitionA.recordRun(DOC_A, resultWith("2022-01-20", []), at("2022-01-20T10:00:00Z"));
    await partitionA.updateSettings({ redPolicy: "jeopardy" });
    expect(await partitionB.listRuns(DOC_A)).toEqual([]);
    expect(await unpartitioned.listRuns(DOC_A)).toEqual([]);
    expect((await partitionB.getSettings()).redPolicy).toBe("attention-and-jeopardy");
    expect((await indexedDB.databases()).map((db) => db.name).sort()).toEqual([
      "action-plan-addin",
      "action-plan-addin@https://a.example/;word",
      "action-plan-addin@https://b.example/;word",
    ]);
    for (const store of [partitionA, partitionB, unpartitioned]) store.close();
  });

  it("names the database after the partition only when there is one", () => {
    expect(databaseName("action-plan-addin", undefined)).toBe("action-plan-addin");
    expect(databaseName("action-plan-addin", "")).toBe("action-plan-addin");
    expect(databaseName("action-plan-addin", "p1")).toBe("action-plan-addin@p1");
  });
});
