/**
 * The memory store's copies (src/storage/record-copy.ts) and the memory store on a host without structuredClone
 * (older Office webviews: EdgeHTML, Safari before 15.4, where IndexedDB may be missing too).
 */
import { runInNewContext } from "node:vm";
import { MemoryLocalStore } from "../../src/storage/memory-store";
import { copyRecord } from "../../src/storage/record-copy";
import { emptySnapshot, type LocalStoreSnapshot } from "../../src/storage/records";
import { DOC_A, DOC_B, resultWith, runWith } from "../support/storage-fixtures";

describe("copyRecord", () => {
  it("copies JSON-like data deeply: equal, and no object or array shared with the original", () => {
    const original = { text: "é 中 😀", count: 3, ratio: 0.5, on: true, off: false, none: null, list: [1, "two", [3], { four: 4 }], nested: { deeper: { items: [] as unknown[] } } };
    const copy = copyRecord(original);
    expect(copy).toStrictEqual(original);
    expect(copy).not.toBe(original);
    expect(copy.list).not.toBe(original.list);
    expect(copy.list[2]).not.toBe(original.list[2]);
    expect(copy.list[3]).not.toBe(original.list[3]);
    expect(copy.nested.deeper).not.toBe(original.nested.deeper);
    expect(copy.nested.deeper.items).not.toBe(original.nested.deeper.items);
  });

  it("returns primitives as they are, undefined included", () => {
    expect([copyRecord("s"), copyRecord(0), copyRecord(-0), copyRecord(Number.NaN), copyRecord(true), copyRecord(null), copyRecord(undefined), copyRecord(10n)]).toEqual(["s", 0, -0, Number.NaN, true, null, undefined, 10n]);
    expect(copyRecord({ missing: undefined })).toStrictEqual({ missing: undefined });
  });

  it("copies a Date as a Date with the same time, not the same object (also an invalid one)", () => {
    const original = { at: new Date("2022-01-20T09:30:00.000Z"), bad: new Date(Number.NaN) };
    const copy = copyRecord(original);
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at).not.toBe(original.at);
    expect(copy.at.toISOString()).toBe("2022-01-20T09:30:00.000Z");
    expect(Number.isNaN(copy.bad.getTime())).toBe(true);
    copy.at.setUTCFullYear(2030);
    expect(original.at.toISOString()).toBe("2022-01-20T09:30:00.000Z");
  });

  it("changing the copy leaves the original as it was", () => {
    const original = { fields: { summary: "Late." }, items: [{ itemKey: "01-04", state: "ok" }] };
    const copy = copyRecord(original);
    copy.fields.summary = "changed";
    copy.items[0]!.state = "jeopardy";
    copy.items.push({ itemKey: "01-05", state: "ok" });
    expect(original).toEqual({ fields: { summary: "Late." }, items: [{ itemKey: "01-04", state: "ok" }] });
  });

  it("keeps a '__proto__' key as an own property and never sets the copy's prototype", () => {
    const original = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    const copy = copyRecord(original);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__", "a"]);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toEqual({ polluted: true });
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("copies objects and Dates made in another realm (as records read from IndexedDB may be)", () => {
    const foreign = runInNewContext('({ at: new Date("2022-01-20T00:00:00.000Z"), list: [{ a: 1 }] })') as { at: Date; list: { a: number }[] };
    expect(foreign.at instanceof Date).toBe(false);
    const copy = copyRecord(foreign);
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at.toISOString()).toBe("2022-01-20T00:00:00.000Z");
    expect(copy.list).toEqual([{ a: 1 }]);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  it("refuses what records never hold instead of copying it wrongly", () => {
    expect(() => copyRecord({ value: new Map([["a", 1]]) })).toThrow(new TypeError("A Map cannot be stored; records hold plain data only."));
    expect(() => copyRecord([new Set([1])])).toThrow(/A Set cannot be stored/);
    expect(() => copyRecord({ run: () => 1 })).toThrow(/A function cannot be stored/);
  });
});

describe("the memory store on a host without structuredClone", () => {
  const saved = globalThis.structuredClone;
  beforeAll(() => {
    // @ts-expect-error -- the host under test has no structuredClone
    delete globalThis.structuredClone;
  });
  afterAll(() => {
    globalThis.structuredClone = saved;
  });

  const start: LocalStoreSnapshot = {
    ...emptySnapshot(),
    settings: [{ key: "attentionHorizonDays", value: 45 }],
    runs: [runWith(7, "2022-01-19T08:00:00.000Z", [["01-04", "ok"]])],
    drafts: [{ documentKey: DOC_A, itemKey: "01-04", fields: { date: "2022-01-20", event: "TSAG", state: "On track", summary: "Kept", references: "", nextSteps: "" }, updatedAt: "2022-01-19T08:00:00.000Z" }],
  };

  it("has no structuredClone here", () => {
    expect(typeof globalThis.structuredClone).toBe("undefined");
  });

  it("starts from a snapshot, stores and reads back every kind of record, and hands out copies only", async () => {
    const store = new MemoryLocalStore({ snapshot: start });
    start.runs[0]!.counts.ok = 99;
    start.drafts[0]!.fields.summary = "changed after the store started";

    expect((await store.getSettings()).attentionHorizonDays).toBe(45);
    expect(await store.updateSettings({ redPolicy: "jeopardy", asOfOverride: "2022-01-20" })).toMatchObject({ ok: true, settings: { redPolicy: "jeopardy", asOfOverride: "2022-01-20" } });

    const cached = await store.putCalendarCache(DOC_A, '{"version":1,"overrides":[]}', new Date("2022-01-20T10:00:00.000Z"));
    cached.overridesJson = "mutated";
    expect(await store.getCalendarCache(DOC_A)).toEqual({ documentKey: DOC_A, overridesJson: '{"version":1,"overrides":[]}', cachedAt: "2022-01-20T10:00:00.000Z" });

    const recorded = await store.recordRun(DOC_A, resultWith("2022-01-20", [["01-04", "jeopardy"], ["01-05", "ok"]]), new Date("2022-01-20T11:00:00.000Z"));
    expect(recorded.id).toBe(8);
    recorded.items[0]!.state = "done";
    const runs = await store.listRuns(DOC_A);
    expect(runs.map((run) => [run.id, run.counts.ok, run.items.map((item) => item.state)])).toEqual([
      [8, 1, ["jeopardy", "ok"]],
      [7, 1, ["ok"]],
    ]);
    runs[0]!.items.length = 0;
    expect((await store.listRuns(DOC_A))[0]!.items).toHaveLength(2);

    const draft = await store.getDraft(DOC_A, "01-04");
    expect(draft?.fields.summary).toBe("Kept");
    draft!.fields.summary = "typed over a copy";
    const saved = await store.saveDraft(DOC_A, "01-05", { summary: "New" }, new Date("2022-01-20T12:00:00.000Z"));
    saved.fields.summary = "typed over a copy";
    expect((await store.listDrafts(DOC_A)).map((kept) => [kept.itemKey, kept.fields.summary])).toEqual([
      ["01-05", "New"],
      ["01-04", "Kept"],
    ]);

    await store.touchRecent(DOC_A, "01-04", new Date("2022-01-20T13:00:00.000Z"));
    const recent = await store.listRecent(DOC_A);
    recent[0]!.itemKey = "mutated";
    expect(await store.listRecent(DOC_A)).toEqual([{ documentKey: DOC_A, itemKey: "01-04", openedAt: "2022-01-20T13:00:00.000Z" }]);
    expect(await store.listRuns(DOC_B)).toEqual([]);

    const snapshot = await store.snapshot();
    snapshot.runs.length = 0;
    snapshot.settings.length = 0;
    const again = await store.snapshot();
    expect([again.settings.length, again.calendarCache.length, again.runs.length, again.drafts.length, again.recent.length]).toEqual([3, 1, 2, 2, 1]);
    store.close();
  });
});
