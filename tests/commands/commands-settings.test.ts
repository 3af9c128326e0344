/**
 * The ribbon's personal settings and history, below the function file: loading the settings from the pane's store
 * within a time bound (defaults, and why, when it cannot be used; the store always let go of), keeping the run under
 * the document's key, and the whole ribbon validation on the Word host simulator with a storage double.
 */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { defaultCalendar } from "../../src/domain/calendar";
import { loadPersonalSettings } from "../../src/commands/personal-settings";
import { recordRibbonRun } from "../../src/commands/record-ribbon-run";
import { runRibbonValidation } from "../../src/commands/ribbon-validation";
import { validatePlan } from "../../src/domain/validate";
import { emptySharedState, type SharedState } from "../../src/document/shared-state";
import { WordDocument } from "../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice } from "../../src/simulator";
import type { LocalStore } from "../../src/storage/local-store";
import { MemoryLocalStore } from "../../src/storage/memory-store";
import { openDocumentStorage, type DocumentStorage } from "../../src/storage/open-document-storage";
import { openLocalStore } from "../../src/storage/open-local-store";
import { DEFAULT_SETTINGS } from "../../src/storage/settings";
import { CalendarSync } from "../../src/storage/shared-calendar";
import type { SharedStateAccess } from "../../src/document/port";
import { storageWarning } from "../../src/storage/storage-failure";
import { DOC_A, DOC_B, resultWith } from "../support/storage-fixtures";
import { actualPlanModel } from "../support/word-adapter-builders";

const PARTITION = "partition-1";
const AT = new Date("2022-01-20T09:30:00Z");

/** The document's shared state held in memory; counts reads and writes. */
class StateDouble implements SharedStateAccess {
  reads = 0;
  writes = 0;
  constructor(
    public state: SharedState = emptySharedState(),
    private readonly failing = false,
  ) {}
  async read(): Promise<SharedState> {
    this.reads += 1;
    return this.state;
  }
  async update(mutate: (state: SharedState) => SharedState): Promise<void> {
    if (this.failing) throw new Error("the document is read-only");
    this.state = mutate(this.state);
    this.writes += 1;
  }
}

function storageWith(store: LocalStore, access: SharedStateAccess = new StateDouble()): DocumentStorage {
  return { store, calendar: new CalendarSync({ access, store, random: () => 0.5 }) };
}

/** A store whose close is watched (the ribbon must let go of the database whatever happens); `closes`, not `closed`: stores have a field of that name. */
function watched(store: LocalStore): LocalStore & { closes: jest.Mock } {
  const closes = jest.fn(() => store.close());
  return Object.assign(Object.create(store) as LocalStore, { closes, close: closes });
}

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe("loading the person's settings for the ribbon", () => {
  it("reads what the person saved in the pane: the same database, found through Office's partition key", async () => {
    const computer = new IDBFactory();
    const pane = await openLocalStore({ indexedDB: computer, IDBKeyRange, partitionKey: PARTITION });
    await pane.updateSettings({ asOfOverride: "2021-06-01", attentionHorizonDays: 90, redPolicy: "jeopardy", autoStructure: true });
    pane.close();
    const open = () => openDocumentStorage({ access: new StateDouble(), partitionKey: PARTITION, store: { indexedDB: computer, IDBKeyRange } });

    const loaded = await loadPersonalSettings(open);
    expect(loaded).toMatchObject({ source: "personal", settings: { asOfOverride: "2021-06-01", attentionHorizonDays: 90, redPolicy: "jeopardy", autoStructure: true } });
    if (loaded.source === "personal") loaded.storage.store.close();

    // Another partition is another database: nothing the person saved there.
    const other = await loadPersonalSettings(() => openDocumentStorage({ access: new StateDouble(), partitionKey: "partition-2", store: { indexedDB: computer, IDBKeyRange } }));
    expect(other).toMatchObject({ source: "personal", settings: DEFAULT_SETTINGS });
    if (other.source === "personal") other.storage.store.close();
  });

  it("uses the defaults without IndexedDB, says so, and lets go of the memory store", async () => {
    const store = watched(await openLocalStore({ indexedDB: null }));
    const loaded = await loadPersonalSettings(async () => storageWith(store));
    expect(loaded).toEqual({ source: "defaults", settings: DEFAULT_SETTINGS, reason: { kind: "no-storage" } });
    expect(store.closes).toHaveBeenCalledTimes(1);
  });

  it("tells a database held by an older copy and one that did not open in time apart", async () => {
    const blocked = await loadPersonalSettings(async () => storageWith(new MemoryLocalStore({ failure: { kind: "blocked" } })), 500);
    expect(blocked).toMatchObject({ source: "defaults", reason: { kind: "blocked" } });
    const slow = await loadPersonalSettings(async () => storageWith(new MemoryLocalStore({ failure: { kind: "timeout" } })), 500);
    expect(slow).toMatchObject({ source: "defaults", reason: { kind: "timeout", ms: 500 } });
  });

  it("gives up after the time bound when the storage does not open, and closes it if it opens later", async () => {
    let arrive: (storage: DocumentStorage) => void = () => undefined;
    const late = new Promise<DocumentStorage>((resolve) => {
      arrive = resolve;
    });
    const started = Date.now();
    const loaded = await loadPersonalSettings(() => late, 40);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(loaded).toEqual({ source: "defaults", settings: DEFAULT_SETTINGS, reason: { kind: "timeout", ms: 40 } });

    const store = watched(new MemoryLocalStore());
    arrive(storageWith(store));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.closes).toHaveBeenCalledTimes(1);
  });

  it("gives up after the time bound when the settings never come, and closes the store", async () => {
    const stuck = Object.assign(watched(await openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange })), { getSettings: never });
    const loaded = await loadPersonalSettings(async () => storageWith(stuck), 40);
    expect(loaded).toMatchObject({ source: "defaults", reason: { kind: "timeout", ms: 40 } });
    expect(stuck.closes).toHaveBeenCalledTimes(1);
  });

  it("uses the defaults, with the reason, when the storage chunk cannot be loaded", async () => {
    const loaded = await loadPersonalSettings(() => Promise.reject(new Error("Loading chunk ribbon-storage failed.")));
    expect(loaded).toEqual({ source: "defaults", settings: DEFAULT_SETTINGS, reason: { kind: "failed", detail: "Loading chunk ribbon-storage failed." } });
    const thrown = await loadPersonalSettings(() => {
      throw new TypeError("no import()");
    });
    expect(thrown).toMatchObject({ source: "defaults", reason: { kind: "failed", detail: "no import()" } });
  });
});

describe("keeping the ribbon's run in the history", () => {
  const result = resultWith("2022-01-20", [
    ["01-01", "ok"],
    ["01-02", "jeopardy"],
  ]);

  it("keeps it under the key the read found, without touching the document", async () => {
    const store = await openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    const access = new StateDouble();
    expect(await recordRibbonRun(storageWith(store, access), DOC_A, result, AT)).toEqual({ kind: "recorded", documentKey: DOC_A });
    expect(access.reads + access.writes).toBe(0);
    expect(await store.listRuns(DOC_A)).toMatchObject([{ documentKey: DOC_A, at: AT.toISOString(), asOf: "2022-01-20", counts: { ok: 1, jeopardy: 1 } }]);
    store.close();
  });

  it("gives a document without a key its key first, as the pane's first validation does; a key written meanwhile wins", async () => {
    const store = await openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    const access = new StateDouble();
    const recorded = await recordRibbonRun(storageWith(store, access), null, result, AT);
    expect(recorded).toMatchObject({ kind: "recorded" });
    const key = access.state.documentKey!;
    expect(recorded).toEqual({ kind: "recorded", documentKey: key });
    expect(await store.listRuns(key)).toHaveLength(1);

    const coauthored = new StateDouble({ ...emptySharedState(), documentKey: DOC_B });
    expect(await recordRibbonRun(storageWith(store, coauthored), null, result, AT)).toEqual({ kind: "recorded", documentKey: DOC_B });
    expect(coauthored.writes).toBe(0);
    store.close();
  });

  it("says why when the document cannot take a key, when the store keeps the run for this session only, and when it refuses it", async () => {
    const store = await openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    const readOnly = await recordRibbonRun(storageWith(store, new StateDouble(emptySharedState(), true)), null, result, AT);
    expect(readOnly).toEqual({
      kind: "not-recorded",
      reason: "no-key",
      detail: "The add-in could not give this document its key (the document is read-only); history and drafts cannot be kept for it.",
    });

    const failure = { kind: "failed", error: new Error("the local storage failed") } as const;
    const memory = new MemoryLocalStore({ failure });
    expect(await recordRibbonRun(storageWith(memory), DOC_A, result, AT)).toEqual({ kind: "not-recorded", reason: "session-only", detail: storageWarning(failure) });

    const refused = await recordRibbonRun(storageWith(store), DOC_A, result, new Date(Number.NaN));
    expect(refused).toMatchObject({ kind: "not-recorded", reason: "failed" });
    expect(await store.listRuns(DOC_A)).toEqual([]);
    store.close();
  });
});

describe("the ribbon validation with the person's settings (Word host simulator)", () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  it("structures first only on the person's opt-in, validates with their settings, records the run and closes the store", async () => {
    const sim = createSimulatedWord(actualPlanModel());
    restore = installSimulatedOffice(globalThis, sim);
    const document = new WordDocument();
    const store = watched(await openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange }));
    await store.updateSettings({ autoStructure: true, asOfOverride: "2021-03-01", attentionHorizonDays: 200 });
    const run = await runRibbonValidation({
      document,
      openStorage: async () => ({ store, calendar: new CalendarSync({ access: document.sharedStateAccess(), store }) }),
      today: () => "2030-01-01",
      now: () => AT,
    });
    expect(run.settings).toEqual({ source: "personal", asOfOverride: "2021-03-01" });
    expect(run.outcome).toMatchObject({ kind: "validated", asOf: "2021-03-01", structured: { wrapped: 2250 } });
    const read = await new WordDocument().read();
    const expected = validatePlan(read.plan, defaultCalendar(), "2021-03-01", { horizonDays: 200 }, read.findings);
    expect(run.outcome.kind === "validated" && run.outcome.result).toEqual(expected);
    expect(run.history).toEqual({ kind: "recorded", documentKey: (await document.read()).sharedState.state.documentKey });
    expect(store.closes).toHaveBeenCalledTimes(1);
  }, 60_000);

  it("records nothing for a document that is not an action plan, and still lets go of the store", async () => {
    const sim = createSimulatedWord({ blocks: [{ kind: "paragraph", text: "Minutes" }] });
    restore = installSimulatedOffice(globalThis, sim);
    const document = new WordDocument();
    const store = watched(await openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange }));
    const run = await runRibbonValidation({
      document,
      openStorage: async () => storageWith(store),
      today: () => "2022-01-20",
      now: () => AT,
    });
    expect(run).toEqual({ outcome: { kind: "not-a-plan", findings: expect.any(Array) }, settings: { source: "personal", asOfOverride: null }, history: null });
    expect(store.closes).toHaveBeenCalledTimes(1);
    expect((await document.read()).sharedState.state.documentKey).toBeNull();
  });
});
