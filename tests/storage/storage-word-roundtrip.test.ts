/**
 * The calendar round trip through the document on the Word host simulator: the Word adapter's SharedStateAccess
 * (src/document/word/shared-state-access.ts) under storage's CalendarSync. An edit made in one pane is stored in
 * the document's custom XML part (settings below WordApi 1.4), and a FRESH adapter + CalendarSync + local store on
 * the same document (another pane, another computer) reads it back; the document key is created once.
 */
import type { ReadResult } from "../../src/document/port";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { findEventById, upsertOverride, type CalendarEvent, type CalendarOverride } from "../../src/domain/calendar";
import { colourMarks } from "../../src/domain/colouring";
import type { DocModel } from "../../src/domain/document-model";
import { isDocumentKey } from "../../src/domain/document-key";
import { validatePlan } from "../../src/domain/validate";
import { parseSharedState, STATE_NAMESPACE, type SharedState } from "../../src/document/shared-state";
import { SETTINGS_KEY } from "../../src/document/word/shared-state-store";
import { WordDocument } from "../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord, type SimulatorOptions } from "../../src/simulator";
import type { LocalStore } from "../../src/storage/local-store";
import { openLocalStore } from "../../src/storage/open-local-store";
import { CalendarSync } from "../../src/storage/shared-calendar";
import { planDoc, resolutionSection, summaryTable } from "../support/builders/plan-builders";

const AS_OF = "2022-01-20";
/** A default event with other dates (replace), to be reset to the shipped one. */
const COUNCIL_LATER: CalendarEvent = { id: "C21", series: "Council", name: "Council 2021, postponed", start: "2021-12-06", end: "2021-12-10", precision: "day", source: "Circular letter (test)" };
/**
 * With the shipped calendar "Last TSAG before WTDC-22" is the January 2022 meeting, due 31 January 2022 (needs
 * attention as of 2022-01-20); with this event, 8 April 2022 (on track).
 */
const TSAG_APRIL: CalendarEvent = { id: "TSAG-2022-04", series: "TSAG", name: "TSAG meeting, April 2022", start: "2022-04-04", end: "2022-04-08", precision: "day", source: "TSAG-TD1200" };

function plan(): DocModel {
  return planDoc(
    summaryTable([{ number: 1, title: "Rules of procedure" }]),
    resolutionSection(1, "Rules of procedure", [
      { id: "01-01", action: "Revise the rules", milestone: "WTSA-20" },
      { id: "01-02", action: "Report to TSAG", milestone: "Last TSAG before WTDC-22" },
    ]),
  );
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function openDocument(options: SimulatorOptions = {}): SimulatedWord {
  const sim = createSimulatedWord(plan(), options);
  restore = installSimulatedOffice(globalThis, sim);
  return sim;
}

let seed = 11;
const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);

/** One pane: the Word adapter, a local store of its own (its own computer) and the calendar sync over the adapter's access. */
async function openPane(): Promise<{ word: WordDocument; store: LocalStore; sync: CalendarSync }> {
  const word = new WordDocument({ random });
  const store = await openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange });
  return { word, store, sync: new CalendarSync({ access: word.sharedStateAccess(), store, random }) };
}

function statePart(sim: SimulatedWord): SharedState | null {
  const parts = sim.getCustomXmlParts().filter((part) => part.namespaceUri === STATE_NAMESPACE);
  expect(parts.length).toBeLessThanOrEqual(1);
  return parts[0] ? parseSharedState(parts[0].xml) : null;
}

async function stateOf(word: WordDocument, itemId: string, calendar: Parameters<typeof validatePlan>[1]): Promise<string | undefined> {
  const read = await word.read();
  return validatePlan(read.plan, calendar, AS_OF, {}, read.findings).items.find((item) => item.itemId === itemId)?.state;
}

describe("calendar overrides through the document (WordApi 1.4+: custom XML part)", () => {
  it("an edit in one pane is stored in the part, and a fresh pane on the same document validates with it", async () => {
    const sim = openDocument();
    const first = await openPane();
    const before = await first.sync.loadCalendar();
    expect(before.source).toBe("defaults");
    expect(await stateOf(first.word, "01-02", before.calendar)).toBe("attention");

    const saved = await first.sync.editOverrides((current) => upsertOverride(upsertOverride(current, { action: "replace", event: COUNCIL_LATER }), { action: "add", event: TSAG_APRIL }));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const stored = statePart(sim)!;
    expect(stored.documentKey).toBe(saved.documentKey);
    expect(JSON.parse(stored.calendarOverrides!).overrides).toEqual([
      { action: "replace", event: COUNCIL_LATER },
      { action: "add", event: TSAG_APRIL },
    ]);

    // Another pane (another computer: an empty local store) on the same document.
    const fresh = await openPane();
    const loaded = await fresh.sync.loadCalendar();
    expect(loaded.source).toBe("document");
    expect(loaded.documentKey).toBe(saved.documentKey);
    expect(loaded.overrides).toEqual(saved.overrides);
    expect(findEventById(loaded.calendar, "C21")).toEqual(COUNCIL_LATER);
    expect(findEventById(loaded.calendar, "TSAG-2022-04")).toEqual(TSAG_APRIL);
    expect(await stateOf(fresh.word, "01-02", loaded.calendar)).toBe("ok");
    // …and it cached them by the document's key.
    expect((await fresh.store.getCalendarCache(saved.documentKey))?.overridesJson).toBe(stored.calendarOverrides);

    // Reset to default (the override removed) is stored too: the fresh pane's edit reaches the first pane.
    const reset = await fresh.sync.editOverrides((current) => current.filter((override: CalendarOverride) => override.action !== "replace"));
    expect(reset.ok).toBe(true);
    const reloaded = await first.sync.loadCalendar();
    expect(findEventById(reloaded.calendar, "C21")?.start).toBe("2021-06-08");
    expect(findEventById(before.calendar, "C21")).toEqual(findEventById(reloaded.calendar, "C21"));
    expect(reloaded.overrides).toEqual([{ action: "add", event: TSAG_APRIL }]);
  });

  it("the document key is created once, stored in the part, and the same from a fresh pane", async () => {
    const sim = openDocument();
    const first = await openPane();
    const created = await first.sync.ensureDocumentKey();
    expect(created).toEqual({ ok: true, documentKey: expect.any(String), created: true });
    if (!created.ok) return;
    expect(isDocumentKey(created.documentKey)).toBe(true);
    expect(statePart(sim)?.documentKey).toBe(created.documentKey);

    expect(await first.sync.ensureDocumentKey()).toEqual({ ok: true, documentKey: created.documentKey, created: false });
    const fresh = await openPane();
    expect(await fresh.sync.ensureDocumentKey()).toEqual({ ok: true, documentKey: created.documentKey, created: false });
    expect(sim.getCustomXmlParts().filter((part) => part.namespaceUri === STATE_NAMESPACE)).toHaveLength(1);
  });

  it("reads and updates in a fixed number of round trips", async () => {
    const sim = openDocument();
    const access = new WordDocument().sharedStateAccess();
    sim.resetStats();
    await access.read();
    await access.update((state) => ({ ...state, documentKey: "0f8fad5b-d9cb-469f-a165-70867728950e" }));
    await access.read();
    await access.update((state) => ({ ...state, calendarOverrides: '{"version":1,"overrides":[]}' }));
    // No part yet: read 1, update 2 (probe, write). Then the part exists: read 2 (probe, XML), update 3.
    expect(sim.stats.syncsPerRun).toEqual([1, 2, 2, 3]);
    expect(statePart(sim)).toEqual({ schemaVersion: 1, documentKey: "0f8fad5b-d9cb-469f-a165-70867728950e", redMarks: [], calendarOverrides: '{"version":1,"overrides":[]}' });
  });

  it("keeps the red marks colouring recorded; a colour based on a read from before the part was added is refused, and a fresh read colours into that part", async () => {
    const sim = openDocument();
    const pane = await openPane();
    const stale = await pane.word.read();
    // The document has no state part at this read; the key is then created (a part is added) before colouring.
    const ensured = await pane.sync.ensureDocumentKey();
    expect(ensured.ok).toBe(true);
    const marksOf = async (read: ReadResult) => colourMarks(validatePlan(read.plan, (await pane.sync.loadCalendar()).calendar, AS_OF, {}, read.findings));
    // The colour checks where the state is against its own read: a part added since is a change it does not overwrite.
    await expect(pane.word.colour(await marksOf(stale), stale)).rejects.toMatchObject({ code: "DocumentChanged" });
    expect(statePart(sim)?.redMarks).toEqual([]);
    // The pane validates with a fresh read (and gives the document its key before validating: session.prepare).
    const read = await pane.word.read();
    const report = await pane.word.colour(await marksOf(read), read);
    expect(report.marked).toBe(1);
    expect(sim.getCustomXmlParts()).toHaveLength(1);
    expect(statePart(sim)?.redMarks.map((mark) => mark.itemId)).toEqual(["01-02"]);

    const saved = await pane.sync.editOverrides((current) => upsertOverride(current, { action: "add", event: TSAG_APRIL }));
    expect(saved.ok).toBe(true);
    const stored = statePart(sim)!;
    expect(stored.redMarks.map((mark) => mark.itemId)).toEqual(["01-02"]);
    expect(stored.documentKey).toBe(ensured.ok ? ensured.documentKey : null);
    expect(stored.calendarOverrides).not.toBeNull();
  });

  it("writes nothing when mutate throws (and rejects with that very error) or the stored state cannot be read", async () => {
    const sim = openDocument();
    const pane = await openPane();
    const ensured = await pane.sync.ensureDocumentKey();
    const before = sim.getCustomXmlParts();
    const refusal = new Error("not this edit");
    await expect(pane.word.sharedStateAccess().update(() => { throw refusal; })).rejects.toBe(refusal);
    expect(sim.getCustomXmlParts()).toEqual(before);

    // An invalid event: CalendarSync refuses inside the update, the document keeps what it had.
    const invalid = await pane.sync.editOverrides((current) => upsertOverride(current, { action: "add", event: { ...TSAG_APRIL, end: "2022-04-01" } }));
    expect(invalid.ok).toBe(false);
    expect(invalid.ok ? [] : invalid.problems.join(" ")).toMatch(/before start/);
    expect(sim.getCustomXmlParts()).toEqual(before);

    // A part from a newer add-in: read and update reject with the adapter's error, nothing is overwritten.
    await Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(STATE_NAMESPACE).load("items/id");
      await context.sync();
      parts.items[0]!.setXml(`<actionPlanState xmlns="${STATE_NAMESPACE}" schemaVersion="9"/>`);
      await context.sync();
    });
    const newer = sim.getCustomXmlParts();
    await expect(pane.word.sharedStateAccess().read()).rejects.toMatchObject({ name: "DocumentError", code: "SharedStateInvalid" });
    await expect(pane.word.sharedStateAccess().update((state) => state)).rejects.toMatchObject({ name: "DocumentError", code: "SharedStateInvalid" });
    const saved = await pane.sync.editOverrides((current) => upsertOverride(current, { action: "add", event: TSAG_APRIL }));
    expect(saved).toEqual({ ok: false, problems: [expect.stringMatching(/newer version of the add-in/)] });
    expect(sim.getCustomXmlParts()).toEqual(newer);
    expect(ensured.ok).toBe(true);
  });
});

describe("calendar overrides through the document settings (WordApi 1.3 host)", () => {
  it("the edit and the key go to the add-in's document settings, and a fresh pane reads them", async () => {
    const sim = openDocument({ requirementSets: { WordApi: "1.3" } });
    const first = await openPane();
    expect(first.word.capabilities.customXmlParts).toBe(false);
    const ensured = await first.sync.ensureDocumentKey();
    expect(ensured.ok && ensured.created).toBe(true);
    const saved = await first.sync.editOverrides((current) => upsertOverride(current, { action: "add", event: TSAG_APRIL }));
    expect(saved.ok).toBe(true);
    if (!saved.ok || !ensured.ok) return;
    expect(saved.documentKey).toBe(ensured.documentKey);

    expect(sim.getCustomXmlParts()).toEqual([]);
    // Persisted in the document (saveAsync), not only in the pane's in-memory copy.
    const persisted = parseSharedState(String(sim.getSettings()[SETTINGS_KEY]));
    expect(persisted.documentKey).toBe(ensured.documentKey);
    expect(JSON.parse(persisted.calendarOverrides!).overrides).toEqual([{ action: "add", event: TSAG_APRIL }]);

    const fresh = await openPane();
    expect(await fresh.sync.ensureDocumentKey()).toEqual({ ok: true, documentKey: ensured.documentKey, created: false });
    const loaded = await fresh.sync.loadCalendar();
    expect(loaded.source).toBe("document");
    expect(findEventById(loaded.calendar, "TSAG-2022-04")).toEqual(TSAG_APRIL);
    expect(await stateOf(fresh.word, "01-02", loaded.calendar)).toBe("ok");
  });
});
