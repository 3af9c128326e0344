/** Version 1 → 2: a database written by the first schema opens with the current module and keeps every record. */
import Dexie from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { ActionPlanDatabase, CURRENT_SCHEMA_VERSION, SCHEMA_V1 } from "../../src/storage/database";
import { migrateCalendarCacheV1, migrateDraftV1, migrateRunV1, migrateSettingV1 } from "../../src/storage/migrations";
import { openLocalStore } from "../../src/storage/open-local-store";
import { DOC_A, DOC_B } from "../support/storage-fixtures";

/** The first schema exactly as shipped: written out here so an edit to a shipped version fails this test. */
const SHIPPED_V1 = {
  settings: "key",
  calendarOverrides: "documentKey",
  validationRuns: "++id, documentKey",
  statusDrafts: "[documentKey+itemKey]",
};

const NAME = "upgrade-test";
const JAN_20 = Date.UTC(2022, 0, 20, 10, 0, 0);
const counts = (done: number, ok: number, attention: number, jeopardy: number) => ({ done, ok, attention, jeopardy });
const fields = (summary: string) => ({ date: "2022-01-20", event: "TSAG", state: "On track", summary, references: "", nextSteps: "" });

async function writeVersion1(indexedDB: IDBFactory): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  db.version(1).stores(SHIPPED_V1);
  await db.open();
  await db.table("settings").bulkAdd([
    { key: "asOf", json: '"2022-01-20"' },
    { key: "horizon", json: "45" },
    { key: "redFor", json: '"jeopardy"' },
    { key: "autoValidate", json: "true" },
    { key: "experimental", json: "{not json" },
  ]);
  await db.table("calendarOverrides").bulkAdd([
    { documentKey: DOC_A, json: '{"version":1,"overrides":[{"action":"hide","id":"GSS-16"}]}', cachedAt: JAN_20 },
    { documentKey: DOC_B, json: '{"version":1,"overrides":[]}', cachedAt: JAN_20 + 1000 },
  ]);
  await db.table("validationRuns").bulkAdd([
    { documentKey: DOC_A, time: JAN_20, asOf: "2022-01-20", counts: counts(0, 1, 0, 1), states: [["01-01", "ok"], ["01-02", "jeopardy"]] },
    { documentKey: DOC_B, time: JAN_20 + 1000, asOf: "2022-01-20", counts: counts(1, 0, 0, 0), states: [["02-01", "done"]] },
    { documentKey: DOC_A, time: JAN_20 + 86_400_000, asOf: "2022-01-21", counts: counts(0, 0, 1, 1), states: [["01-01", "attention"], ["01-02", "jeopardy"]] },
  ]);
  await db.table("statusDrafts").bulkAdd([
    { documentKey: DOC_A, itemKey: "01-02", fields: fields("half typed"), updatedAt: JAN_20 },
    { documentKey: DOC_B, itemKey: "02-01", fields: fields("other document"), updatedAt: JAN_20 + 5000 },
  ]);
  db.close();
}

describe("schema upgrade 1 → 2", () => {
  it("ships the first schema unchanged and is now at version 2", () => {
    expect(SCHEMA_V1).toEqual(SHIPPED_V1);
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
  });

  it("keeps every record: settings renamed and typed, times as ISO instants, runs with items, drafts listed by document", async () => {
    const indexedDB = new IDBFactory();
    await writeVersion1(indexedDB);
    const store = await openLocalStore({ indexedDB, IDBKeyRange, name: NAME });
    expect(store.persistent).toBe(true);

    expect(await store.getSettings()).toEqual({ asOfOverride: "2022-01-20", attentionHorizonDays: 45, redPolicy: "jeopardy", autoValidate: true, autoStructure: false });
    const snapshot = await store.snapshot();
    expect(snapshot.settings).toHaveLength(5);
    expect(snapshot.settings).toContainEqual({ key: "experimental", value: "{not json" });

    expect(await store.getCalendarCache(DOC_A)).toEqual({
      documentKey: DOC_A,
      overridesJson: '{"version":1,"overrides":[{"action":"hide","id":"GSS-16"}]}',
      cachedAt: "2022-01-20T10:00:00.000Z",
    });
    expect(await store.getCalendarCache(DOC_B)).toMatchObject({ overridesJson: '{"version":1,"overrides":[]}', cachedAt: "2022-01-20T10:00:01.000Z" });

    const runsA = await store.listRuns(DOC_A);
    expect(runsA).toEqual([
      {
        id: 3,
        documentKey: DOC_A,
        at: "2022-01-21T10:00:00.000Z",
        asOf: "2022-01-21",
        counts: counts(0, 0, 1, 1),
        items: [
          { itemKey: "01-01", itemId: null, state: "attention" },
          { itemKey: "01-02", itemId: null, state: "jeopardy" },
        ],
      },
      expect.objectContaining({ id: 1, at: "2022-01-20T10:00:00.000Z", asOf: "2022-01-20" }),
    ]);
    expect(await store.listRuns(DOC_B)).toEqual([expect.objectContaining({ id: 2, items: [{ itemKey: "02-01", itemId: null, state: "done" }] })]);

    expect(await store.listDrafts(DOC_A)).toEqual([{ documentKey: DOC_A, itemKey: "01-02", fields: fields("half typed"), updatedAt: "2022-01-20T10:00:00.000Z" }]);
    expect(await store.getDraft(DOC_B, "02-01")).toMatchObject({ fields: fields("other document"), updatedAt: "2022-01-20T10:00:05.000Z" });

    expect(snapshot.runs).toHaveLength(3);
    expect(snapshot.drafts).toHaveLength(2);
    expect(snapshot.calendarCache).toHaveLength(2);
    expect(snapshot.recent).toEqual([]);
    for (const run of snapshot.runs) expect(Object.keys(run).sort()).toEqual(["asOf", "at", "counts", "documentKey", "id", "items"]);

    const next = await store.recordRun(DOC_A, { summary: { asOf: "2022-01-22", resolutions: 0, items: 0, completed: 0, periodicMet: 0, states: counts(0, 0, 0, 0) }, items: [], planFindings: [] }, new Date(JAN_20 + 2 * 86_400_000));
    expect(next.id).toBe(4);
    await store.touchRecent(DOC_A, "01-02", new Date(JAN_20));
    expect(await store.listRecent(DOC_A)).toHaveLength(1);
    store.close();
  });

  it("opens at native version 20 with the indexes the current queries use", async () => {
    const indexedDB = new IDBFactory();
    await writeVersion1(indexedDB);
    const db = new ActionPlanDatabase(NAME, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.validationRuns.schema.indexes.map((index) => index.name)).toEqual(["documentKey", "[documentKey+at]"]);
    expect(db.statusDrafts.schema.indexes.map((index) => index.name)).toEqual(["documentKey"]);
    db.close();
  });

  it("an upgrade that fails leaves version 1 as it was, and the real upgrade later still keeps every record", async () => {
    const indexedDB = new IDBFactory();
    await writeVersion1(indexedDB);
    const broken = new Dexie(NAME, { indexedDB, IDBKeyRange });
    broken.version(1).stores(SHIPPED_V1);
    broken.version(2).stores({ ...SHIPPED_V1, validationRuns: "++id, documentKey, [documentKey+at]" }).upgrade(() => {
      throw new Error("upgrade interrupted");
    });
    await expect(broken.open()).rejects.toThrow("upgrade interrupted");
    broken.close();

    const store = await openLocalStore({ indexedDB, IDBKeyRange, name: NAME });
    expect(store.persistent).toBe(true);
    expect(await store.listRuns(DOC_A)).toHaveLength(2);
    store.close();
  });
});

describe("record migrations (pure)", () => {
  it("keep records whose values cannot be converted: raw text stays, unreadable times become 1970", () => {
    expect(migrateSettingV1({ key: "horizon", json: "{broken" })).toEqual({ key: "attentionHorizonDays", value: "{broken" });
    expect(migrateSettingV1({ key: "somethingNew", json: "1" })).toEqual({ key: "somethingNew", value: 1 });
    expect(migrateCalendarCacheV1({ documentKey: DOC_A, json: "[]", cachedAt: Number.NaN })).toEqual({ documentKey: DOC_A, overridesJson: "[]", cachedAt: "1970-01-01T00:00:00.000Z" });
    expect(migrateRunV1({ id: 7, documentKey: DOC_A, time: 1e20, asOf: "2022-01-20", counts: counts(0, 0, 0, 0), states: null as never })).toEqual({
      id: 7,
      documentKey: DOC_A,
      at: "1970-01-01T00:00:00.000Z",
      asOf: "2022-01-20",
      counts: counts(0, 0, 0, 0),
      items: [],
    });
    expect(migrateDraftV1({ documentKey: DOC_A, itemKey: "01-01", fields: fields(""), updatedAt: "yesterday" as never }).updatedAt).toBe("1970-01-01T00:00:00.000Z");
  });
});
