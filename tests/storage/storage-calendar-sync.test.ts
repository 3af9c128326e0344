/** Calendar overrides live in the document (shared with co-authors); the local store caches them per document key. */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { applyOverrides, defaultCalendar, findEventById, upsertOverride, removeOverride, type CalendarEvent, type CalendarOverride } from "../../src/domain/calendar";
import { isDocumentKey } from "../../src/domain/document-key";
import { emptySharedState, parseSharedState, serializeSharedState, type SharedState } from "../../src/document/shared-state";
import type { LocalStore } from "../../src/storage/local-store";
import { MemoryLocalStore } from "../../src/storage/memory-store";
import { openLocalStore } from "../../src/storage/open-local-store";
import { CalendarSync } from "../../src/storage/shared-calendar";
import type { SharedStateAccess } from "../../src/document/port";
import { DOC_A } from "../support/storage-fixtures";

/** The document's custom XML part, held as text and read and written through the real codec. */
class InMemoryDocument implements SharedStateAccess {
  xml: string | null = null;
  unreadable = false;
  readOnly = false;
  writes = 0;

  async read(): Promise<SharedState> {
    if (this.unreadable) throw new Error("Word could not read the add-in's part");
    return this.xml === null ? emptySharedState() : parseSharedState(this.xml);
  }

  async update(mutate: (state: SharedState) => SharedState): Promise<void> {
    if (this.readOnly) throw new Error("The document is read-only");
    const next = mutate(await this.read());
    this.xml = serializeSharedState(next);
    this.writes += 1;
  }
}

const TSAG_2022: CalendarEvent = { id: "TSAG-2022-09", series: "TSAG", name: "TSAG meeting, September 2022", start: "2022-09-26", end: "2022-09-30", precision: "day", source: "TSAG-TD1200" };
const ADD_TSAG: CalendarOverride = { action: "add", event: TSAG_2022 };
const HIDE_GSS: CalendarOverride = { action: "hide", id: "GSS-16" };
const now = () => new Date("2022-01-20T10:00:00Z");
let counter = 0;
const random = () => ((counter = (counter * 7 + 3) % 256) / 256);

function sync(document: InMemoryDocument, store: LocalStore, documentKey?: string): CalendarSync {
  return new CalendarSync({ access: document, store, random, now, ...(documentKey ? { documentKey } : {}) });
}

describe("CalendarSync", () => {
  it("round trip: an edit is stored in the document, and a fresh pane on another computer reads it", async () => {
    const document = new InMemoryDocument();
    const storeHere = await openLocalStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    const here = sync(document, storeHere);
    const before = await here.loadCalendar();
    expect(before).toEqual({ calendar: applyOverrides(defaultCalendar(), []), overrides: [], source: "defaults", documentKey: null, problems: [] });

    const saved = await here.saveOverrides([ADD_TSAG, HIDE_GSS]);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(isDocumentKey(saved.documentKey)).toBe(true);
    expect(findEventById(saved.calendar, "TSAG-2022-09")).toEqual(TSAG_2022);
    expect(findEventById(saved.calendar, "GSS-16")).toBeUndefined();
    const stored = parseSharedState(document.xml!);
    expect(stored.documentKey).toBe(saved.documentKey);
    expect(JSON.parse(stored.calendarOverrides!)).toEqual({ version: 1, overrides: [ADD_TSAG, HIDE_GSS] });
    expect((await storeHere.getCalendarCache(saved.documentKey))?.overridesJson).toBe(stored.calendarOverrides);

    const elsewhere = sync(document, new MemoryLocalStore());
    const loaded = await elsewhere.loadCalendar();
    expect(loaded.source).toBe("document");
    expect(loaded.documentKey).toBe(saved.documentKey);
    expect(loaded.overrides).toEqual([ADD_TSAG, HIDE_GSS]);
    expect(loaded.calendar).toEqual(saved.calendar);
    expect(loaded.problems).toEqual([]);
    storeHere.close();
  });

  it("keeps the rest of the document's shared state (red marks) when it writes", async () => {
    const document = new InMemoryDocument();
    document.xml = serializeSharedState({ ...emptySharedState(), documentKey: DOC_A, redMarks: [{ itemId: "01-04", colour: "#FF0000" }] });
    await sync(document, new MemoryLocalStore()).saveOverrides([HIDE_GSS]);
    expect(parseSharedState(document.xml)).toMatchObject({ documentKey: DOC_A, redMarks: [{ itemId: "01-04", colour: "#FF0000" }] });
  });

  it("uses the cache when the document cannot be read, and says so", async () => {
    const document = new InMemoryDocument();
    const store = new MemoryLocalStore();
    const pane = sync(document, store);
    await pane.saveOverrides([HIDE_GSS]);
    document.unreadable = true;
    const loaded = await pane.loadCalendar();
    expect(loaded.source).toBe("cache");
    expect(loaded.overrides).toEqual([HIDE_GSS]);
    expect(loaded.problems).toEqual([
      "The calendar changes stored in the document could not be read (Word could not read the add-in's part).",
      "Using the calendar changes kept on this computer (from 20 January 2022); saving the calendar stores them in the document for everyone.",
    ]);
  });

  it("a fresh pane that cannot read the document uses the cache of the key it was given, else the shipped calendar", async () => {
    const store = new MemoryLocalStore();
    await store.putCalendarCache(DOC_A, '{"version":1,"overrides":[{"action":"hide","id":"GSS-16"}]}', now());
    const document = new InMemoryDocument();
    document.unreadable = true;
    expect((await sync(document, store, DOC_A).loadCalendar()).source).toBe("cache");
    const unknown = await sync(document, store).loadCalendar();
    expect(unknown.source).toBe("defaults");
    expect(unknown.calendar).toEqual(applyOverrides(defaultCalendar(), []));
    expect(unknown.problems).toEqual(["The calendar changes stored in the document could not be read (Word could not read the add-in's part)."]);
  });

  it("uses the cache when the document's overrides are damaged, and when the document has none (changes not saved in Word)", async () => {
    const store = new MemoryLocalStore();
    await store.putCalendarCache(DOC_A, '{"version":1,"overrides":[{"action":"hide","id":"GSS-16"}]}', now());
    const damaged = new InMemoryDocument();
    damaged.xml = serializeSharedState({ ...emptySharedState(), documentKey: DOC_A, calendarOverrides: '{"version":1,"overrides":[{"action":"move"}]}' });
    const fromDamaged = await sync(damaged, store).loadCalendar();
    expect(fromDamaged.source).toBe("cache");
    expect(fromDamaged.problems[0]).toBe('The calendar changes stored in the document cannot be used: Override 1: action must be "add", "replace" or "hide" (found "move").');

    const without = new InMemoryDocument();
    without.xml = serializeSharedState({ ...emptySharedState(), documentKey: DOC_A });
    const fromNone = await sync(without, store).loadCalendar();
    expect(fromNone.source).toBe("cache");
    expect(fromNone.overrides).toEqual([HIDE_GSS]);
    expect(fromNone.problems).toHaveLength(1);
  });

  it("the document wins over the cache, and refreshes it", async () => {
    const store = new MemoryLocalStore();
    await store.putCalendarCache(DOC_A, '{"version":1,"overrides":[{"action":"hide","id":"GSS-16"}]}', new Date("2021-12-01T00:00:00Z"));
    const document = new InMemoryDocument();
    document.xml = serializeSharedState({ ...emptySharedState(), documentKey: DOC_A, calendarOverrides: '{"version":1,"overrides":[]}' });
    const loaded = await sync(document, store).loadCalendar();
    expect(loaded).toMatchObject({ source: "document", overrides: [], problems: [] });
    expect(await store.getCalendarCache(DOC_A)).toEqual({ documentKey: DOC_A, overridesJson: '{"version":1,"overrides":[]}', cachedAt: "2022-01-20T10:00:00.000Z" });
  });

  it("rejects invalid overrides with the reasons and writes nothing, neither document nor cache", async () => {
    const document = new InMemoryDocument();
    const store = new MemoryLocalStore();
    const pane = sync(document, store);
    await pane.saveOverrides([HIDE_GSS]);
    const xml = document.xml;
    const bad = await pane.saveOverrides([{ action: "replace", event: { ...TSAG_2022, id: "WTSA-20", end: "2022-09-01" } }, HIDE_GSS, HIDE_GSS]);
    expect(bad).toEqual({
      ok: false,
      problems: ['Override 1 (replace): Event "WTSA-20": end 2022-09-01 is before start 2022-09-26.', 'Override 3: event "GSS-16" already has an override; keep one per event.'],
    });
    expect(document.xml).toBe(xml);
    expect(document.writes).toBe(1);
    expect((await store.getCalendarCache(parseSharedState(xml!).documentKey!))?.overridesJson).toBe(parseSharedState(xml!).calendarOverrides);
  });

  it("reports a document that cannot be written, and leaves the cache as it was", async () => {
    const document = new InMemoryDocument();
    const store = new MemoryLocalStore();
    document.xml = serializeSharedState({ ...emptySharedState(), documentKey: DOC_A });
    document.readOnly = true;
    expect(await sync(document, store).saveOverrides([HIDE_GSS])).toEqual({ ok: false, problems: ["The calendar changes were not saved in the document (The document is read-only)."] });
    expect(await store.getCalendarCache(DOC_A)).toBeNull();
  });

  it("editOverrides applies an edit to what the document holds now, keeping a co-author's change made meanwhile", async () => {
    const document = new InMemoryDocument();
    const mine = sync(document, new MemoryLocalStore());
    const theirs = sync(document, new MemoryLocalStore());
    await mine.saveOverrides([HIDE_GSS]);
    await mine.loadCalendar();
    await theirs.editOverrides((current) => upsertOverride(current, ADD_TSAG));
    const edited = await mine.editOverrides((current) => removeOverride(current, "GSS-16"));
    expect(edited).toMatchObject({ ok: true, overrides: [ADD_TSAG] });
    expect((await theirs.loadCalendar()).overrides).toEqual([ADD_TSAG]);
  });

  it("editOverrides refuses to edit damaged overrides, and saveOverrides replaces them", async () => {
    const document = new InMemoryDocument();
    document.xml = serializeSharedState({ ...emptySharedState(), documentKey: DOC_A, calendarOverrides: "not json" });
    const pane = sync(document, new MemoryLocalStore());
    const edit = await pane.editOverrides((current) => [...current, HIDE_GSS]);
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.problems[0]).toMatch(/^The calendar changes stored in the document cannot be read, so they cannot be edited: .* Reset the calendar to replace them\.$/);
    expect(parseSharedState(document.xml).calendarOverrides).toBe("not json");
    expect((await pane.saveOverrides([])).ok).toBe(true);
    expect(parseSharedState(document.xml).calendarOverrides).toBe('{"version":1,"overrides":[]}');
  });

  it("reports overrides that did something other than their action says", async () => {
    const saved = await sync(new InMemoryDocument(), new MemoryLocalStore()).saveOverrides([{ action: "hide", id: "NO-SUCH-EVENT" }]);
    expect(saved).toMatchObject({ ok: true, problems: ['Hiding "NO-SUCH-EVENT" changes nothing: the calendar has no such event.'] });
  });
});

describe("ensureDocumentKey", () => {
  it("creates the key once, stores it in the document, and returns the same key afterwards", async () => {
    const document = new InMemoryDocument();
    const pane = sync(document, new MemoryLocalStore());
    const first = await pane.ensureDocumentKey();
    expect(first).toMatchObject({ ok: true, created: true });
    if (!first.ok) return;
    expect(isDocumentKey(first.documentKey)).toBe(true);
    expect(parseSharedState(document.xml!).documentKey).toBe(first.documentKey);
    expect(await sync(document, new MemoryLocalStore()).ensureDocumentKey()).toEqual({ ok: true, documentKey: first.documentKey, created: false });
    expect(document.writes).toBe(1);
  });

  it("replaces a key that is not a GUID the add-in made", async () => {
    const document = new InMemoryDocument();
    document.xml = serializeSharedState({ ...emptySharedState(), documentKey: "copied-by-hand" });
    const ensured = await sync(document, new MemoryLocalStore()).ensureDocumentKey();
    expect(ensured).toMatchObject({ ok: true, created: true });
    expect(isDocumentKey(parseSharedState(document.xml).documentKey)).toBe(true);
  });

  it("says why when the document cannot take a key", async () => {
    const document = new InMemoryDocument();
    document.readOnly = true;
    expect(await sync(document, new MemoryLocalStore()).ensureDocumentKey()).toEqual({
      ok: false,
      problem: "The add-in could not give this document its key (The document is read-only); history and drafts cannot be kept for it.",
    });
  });
});
