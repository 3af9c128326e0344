/** The LocalStore contract, run against both implementations: IndexedDB (fake-indexeddb) and memory. */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import type { LocalStore } from "../../src/storage/local-store";
import { MemoryLocalStore } from "../../src/storage/memory-store";
import { openLocalStore } from "../../src/storage/open-local-store";
import { DEFAULT_SETTINGS } from "../../src/storage/settings";
import { LocalStoreInputError } from "../../src/storage/store-input";
import { DOC_A, DOC_B, resultWith } from "../support/storage-fixtures";

const OVERRIDES = '{"version":1,"overrides":[{"action":"hide","id":"GSS-16"}]}';
const at = (iso: string) => new Date(iso);

type Factory = (limits?: { runsPerDocument?: number; recentItemsPerDocument?: number }) => Promise<LocalStore>;

const implementations: [string, Factory][] = [
  ["IndexedDB", (limits) => openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange, ...(limits ? { limits } : {}) })],
  ["memory", async (limits) => new MemoryLocalStore(limits ? { limits } : {})],
];

describe.each(implementations)("LocalStore in %s", (kind, open) => {
  let store: LocalStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(() => store.close());

  it(`is ${kind === "IndexedDB" ? "" : "not "}persistent and has no warning`, () => {
    expect(store.persistent).toBe(kind === "IndexedDB");
    expect(store.warning).toBeNull();
    const heard = jest.fn();
    store.onWarning(heard);
    expect(heard).not.toHaveBeenCalled();
  });

  describe("settings", () => {
    it("start at the defaults", async () => {
      expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    });

    it("are updated, read back and updated again (null as-of date = today)", async () => {
      const first = await store.updateSettings({ asOfOverride: "2022-01-20", attentionHorizonDays: 45, redPolicy: "jeopardy", autoValidate: true });
      expect(first).toEqual({ ok: true, settings: { asOfOverride: "2022-01-20", attentionHorizonDays: 45, redPolicy: "jeopardy", autoValidate: true, autoStructure: false } });
      await store.updateSettings({ asOfOverride: null, autoStructure: true });
      expect(await store.getSettings()).toEqual({ asOfOverride: null, attentionHorizonDays: 45, redPolicy: "jeopardy", autoValidate: true, autoStructure: true });
    });

    it("reject bad values with a message each, and change nothing (not even the good values of the same update)", async () => {
      const update = await store.updateSettings({
        attentionHorizonDays: 12,
        asOfOverride: "2022-02-30",
        redPolicy: "everything" as never,
        autoValidate: "yes" as never,
        colour: "red",
      } as never);
      expect(update.ok).toBe(false);
      if (update.ok) return;
      expect(update.problems).toEqual([
        'The as-of date "2022-02-30" is not a date written YYYY-MM-DD (leave it empty for today).',
        'Red marking must be one of "attention-and-jeopardy", "jeopardy" (found "everything").',
        "Auto-validate must be on or off (true or false).",
        'There is no setting called "colour".',
      ]);
      expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
      const horizon = await store.updateSettings({ attentionHorizonDays: 2.5 });
      expect(horizon).toEqual({ ok: false, problems: ["The attention horizon must be a whole number of days from 0 to 366 (found 2.5)."] });
      expect(await store.updateSettings(null as never)).toEqual({ ok: false, problems: ["Settings must be given as an object of named values."] });
    });
  });

  describe("calendar cache", () => {
    it("is empty, then holds the overrides per document, and is replaced by a newer put", async () => {
      expect(await store.getCalendarCache(DOC_A)).toBeNull();
      await store.putCalendarCache(DOC_A, OVERRIDES, at("2022-01-20T10:00:00Z"));
      expect(await store.getCalendarCache(DOC_A)).toEqual({ documentKey: DOC_A, overridesJson: OVERRIDES, cachedAt: "2022-01-20T10:00:00.000Z" });
      expect(await store.getCalendarCache(DOC_B)).toBeNull();
      const empty = '{"version":1,"overrides":[]}';
      await store.putCalendarCache(DOC_A, empty, at("2022-01-21T10:00:00Z"));
      expect((await store.getCalendarCache(DOC_A))?.overridesJson).toBe(empty);
    });

    it("refuses text the document format would refuse", async () => {
      await expect(store.putCalendarCache(DOC_A, '{"version":1,"overrides":[{"action":"hide"}]}', at("2022-01-20T10:00:00Z"))).rejects.toThrow(
        /cannot be cached: Override 1 \(hide\) needs the id/,
      );
      expect(await store.getCalendarCache(DOC_A)).toBeNull();
    });
  });

  describe("validation runs", () => {
    it("are recorded with an id, counts and item states, and listed newest first", async () => {
      const first = await store.recordRun(DOC_A, resultWith("2022-01-20", [["01-01", "ok"], ["01-02", "jeopardy"]]), at("2022-01-20T10:00:00Z"));
      const second = await store.recordRun(DOC_A, resultWith("2022-03-01", [["01-01", "attention"], ["01-02", "done"]]), at("2022-01-21T10:00:00Z"));
      expect(second.id).toBeGreaterThan(first.id);
      expect(first).toEqual({
        id: first.id,
        documentKey: DOC_A,
        at: "2022-01-20T10:00:00.000Z",
        asOf: "2022-01-20",
        counts: { done: 0, ok: 1, attention: 0, jeopardy: 1 },
        items: [
          { itemKey: "01-01", itemId: "01-01", state: "ok" },
          { itemKey: "01-02", itemId: "01-02", state: "jeopardy" },
        ],
      });
      expect(await store.listRuns(DOC_A)).toEqual([second, first]);
      expect(await store.listRuns(DOC_A, 1)).toEqual([second]);
    });

    it("of two documents never mix", async () => {
      await store.recordRun(DOC_A, resultWith("2022-01-20", [["01-01", "ok"]]), at("2022-01-20T10:00:00Z"));
      const b = await store.recordRun(DOC_B, resultWith("2022-01-20", [["02-01", "jeopardy"]]), at("2022-01-20T11:00:00Z"));
      await store.recordRun(DOC_A, resultWith("2022-01-21", [["01-01", "done"]]), at("2022-01-21T10:00:00Z"));
      expect((await store.listRuns(DOC_A)).map((run) => run.asOf)).toEqual(["2022-01-21", "2022-01-20"]);
      expect(await store.listRuns(DOC_B)).toEqual([b]);
    });

    it("beyond the limit per document drop the oldest, and only that document's", async () => {
      store.close();
      store = await open({ runsPerDocument: 2 });
      await store.recordRun(DOC_B, resultWith("2022-01-01", []), at("2022-01-01T10:00:00Z"));
      for (const day of ["10", "11", "12"]) await store.recordRun(DOC_A, resultWith(`2022-01-${day}`, []), at(`2022-01-${day}T10:00:00Z`));
      expect((await store.listRuns(DOC_A)).map((run) => run.asOf)).toEqual(["2022-01-12", "2022-01-11"]);
      expect(await store.listRuns(DOC_B)).toHaveLength(1);
    });

    it("are not recorded from something that is not a validation result", async () => {
      await expect(store.recordRun(DOC_A, { summary: { asOf: "soon" }, items: [] } as never, at("2022-01-20T10:00:00Z"))).rejects.toThrow(LocalStoreInputError);
      await expect(store.listRuns(DOC_A, 0)).rejects.toThrow("A list limit must be a whole number of at least 1 (found 0).");
      expect(await store.listRuns(DOC_A)).toEqual([]);
    });
  });

  describe("status-block drafts", () => {
    it("are saved, read, updated, listed per document (latest first) and discarded", async () => {
      expect(await store.getDraft(DOC_A, "01-04")).toBeNull();
      const saved = await store.saveDraft(DOC_A, "01-04", { date: "2022-01-20", summary: "SG17 agreed" }, at("2022-01-20T10:00:00Z"));
      expect(saved).toEqual({
        documentKey: DOC_A,
        itemKey: "01-04",
        fields: { date: "2022-01-20", event: "", state: "", summary: "SG17 agreed", references: "", nextSteps: "" },
        updatedAt: "2022-01-20T10:00:00.000Z",
      });
      expect(await store.getDraft(DOC_A, "01-04")).toEqual(saved);
      const updated = await store.saveDraft(DOC_A, "01-04", { ...saved.fields, summary: "SG17 agreed the new work item.", state: "On track" }, at("2022-01-20T10:00:05Z"));
      await store.saveDraft(DOC_A, "22-01", { event: "TSAG" }, at("2022-01-20T09:00:00Z"));
      await store.saveDraft(DOC_B, "01-04", { summary: "other document" }, at("2022-01-20T11:00:00Z"));
      expect(await store.getDraft(DOC_A, "01-04")).toEqual(updated);
      expect((await store.listDrafts(DOC_A)).map((draft) => draft.itemKey)).toEqual(["01-04", "22-01"]);
      await store.discardDraft(DOC_A, "01-04");
      expect(await store.getDraft(DOC_A, "01-04")).toBeNull();
      expect((await store.getDraft(DOC_B, "01-04"))?.fields.summary).toBe("other document");
      expect((await store.listDrafts(DOC_A)).map((draft) => draft.itemKey)).toEqual(["22-01"]);
    });

    it("refuse unknown fields and non-text values, changing nothing", async () => {
      await expect(store.saveDraft(DOC_A, "01-04", { colour: "red" } as never, at("2022-01-20T10:00:00Z"))).rejects.toThrow('A status-block draft has no field "colour".');
      await expect(store.saveDraft(DOC_A, "01-04", { summary: 3 } as never, at("2022-01-20T10:00:00Z"))).rejects.toThrow("The draft's summary must be text.");
      await expect(store.saveDraft(DOC_A, "", {}, at("2022-01-20T10:00:00Z"))).rejects.toThrow(/is not an item key/);
      await expect(store.saveDraft(DOC_A, "01-04", {}, new Date(Number.NaN))).rejects.toThrow(/not a valid time/);
      expect(await store.listDrafts(DOC_A)).toEqual([]);
    });
  });

  describe("recent items", () => {
    it("are listed most recent first, a reopened item moves to the front, only the last N are kept per document", async () => {
      store.close();
      store = await open({ recentItemsPerDocument: 3 });
      const opened = ["01-01", "01-02", "01-03", "01-02", "01-04"];
      for (const [index, itemKey] of opened.entries()) await store.touchRecent(DOC_A, itemKey, at(`2022-01-20T10:00:0${index}Z`));
      await store.touchRecent(DOC_B, "99-01", at("2022-01-20T11:00:00Z"));
      expect((await store.listRecent(DOC_A)).map((item) => item.itemKey)).toEqual(["01-04", "01-02", "01-03"]);
      expect(await store.listRecent(DOC_A, 1)).toEqual([{ documentKey: DOC_A, itemKey: "01-04", openedAt: "2022-01-20T10:00:04.000Z" }]);
      expect((await store.listRecent(DOC_B)).map((item) => item.itemKey)).toEqual(["99-01"]);
    });
  });

  it("rejects a key that is not a document key for every per-document operation, and stays as it was", async () => {
    const bad = "not-a-guid";
    const when = at("2022-01-20T10:00:00Z");
    const operations = [
      store.getCalendarCache(bad),
      store.putCalendarCache(bad, OVERRIDES, when),
      store.recordRun(bad, resultWith("2022-01-20", []), when),
      store.listRuns(bad),
      store.saveDraft(bad, "01-01", {}, when),
      store.getDraft(bad, "01-01"),
      store.discardDraft(bad, "01-01"),
      store.listDrafts(bad),
      store.touchRecent(bad, "01-01", when),
      store.listRecent(bad),
    ];
    for (const operation of operations) await expect(operation).rejects.toThrow('"not-a-guid" is not a document key');
    expect(store.persistent).toBe(kind === "IndexedDB");
    expect(await store.snapshot()).toEqual({ settings: [], calendarCache: [], runs: [], drafts: [], recent: [] });
  });

  it("hands out copies: changing a returned record does not change the store", async () => {
    const run = await store.recordRun(DOC_A, resultWith("2022-01-20", [["01-01", "ok"]]), at("2022-01-20T10:00:00Z"));
    run.items[0]!.state = "jeopardy";
    const listed = await store.listRuns(DOC_A);
    listed[0]!.counts.ok = 99;
    expect((await store.listRuns(DOC_A))[0]).toMatchObject({ counts: { ok: 1 }, items: [{ state: "ok" }] });
  });

  it("rejects use after close", async () => {
    store.close();
    await expect(store.getSettings()).rejects.toThrow(kind === "IndexedDB" ? /closed/i : "This local store was closed; open a new one.");
  });
});
