/**
 * Calendar overrides are shared through the document and cached locally: the document is read
 * first; the cache (by document key) stands in when the document has none or cannot be read.
 * Saving writes the document first, then the cache. Nothing here rejects: problems come back as text.
 */
import { applyOverrides, defaultCalendar, overrideProblems, type Calendar, type CalendarOverride } from "../domain/calendar";
import { parseCalendarOverrides, serializeCalendarOverrides } from "../domain/calendar-overrides-json";
import { formatLongDate } from "../domain/dates";
import { isDocumentKey, newDocumentKey } from "../domain/document-key";
import type { LocalStore } from "./local-store";
import { secureRandom } from "./random";
import type { SharedStateAccess } from "../document/port";
import type { SharedState } from "../document/shared-state";

/** Where the overrides in use came from. */
export type CalendarSource = "document" | "cache" | "defaults";

export interface LoadedCalendar {
  /** The shipped calendar with the overrides applied. */
  calendar: Calendar;
  overrides: CalendarOverride[];
  source: CalendarSource;
  /** The document's key when it has one (or, when unreadable, the key last seen). */
  documentKey: string | null;
  /** Readable notes: why the document's overrides were not used, overrides that did not apply as written. */
  problems: string[];
}

export type SavedCalendar =
  | { ok: true; calendar: Calendar; overrides: CalendarOverride[]; documentKey: string; problems: string[] }
  | { ok: false; problems: string[] };

export type EnsuredDocumentKey = { ok: true; documentKey: string; created: boolean } | { ok: false; problem: string };

export interface CalendarSyncOptions {
  access: SharedStateAccess;
  store: LocalStore;
  /** Random source for a new document key (default: the platform's cryptographic one). */
  random?: () => number;
  now?: () => Date;
  /** The calendar overrides apply to (default: the shipped one). */
  base?: Calendar;
  /** The document's key if known already (used for the cache when the document cannot be read). */
  documentKey?: string | null;
}

/** Thrown inside an update to leave the document as it is: the edit is not valid. */
class CalendarEditRejected extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class CalendarSync {
  private readonly access: SharedStateAccess;
  private readonly store: LocalStore;
  private readonly random: () => number;
  private readonly now: () => Date;
  private readonly base: Calendar;
  private knownKey: string | null;

  constructor(options: CalendarSyncOptions) {
    this.access = options.access;
    this.store = options.store;
    this.random = options.random ?? secureRandom;
    this.now = options.now ?? (() => new Date());
    this.base = options.base ?? defaultCalendar();
    this.knownKey = isDocumentKey(options.documentKey) ? options.documentKey : null;
  }

  /** The calendar to validate with: the document's overrides, else the cached ones, else the shipped calendar. */
  async loadCalendar(): Promise<LoadedCalendar> {
    let state: SharedState;
    try {
      state = await this.access.read();
    } catch (error) {
      return await this.fromDocumentState({ error });
    }
    return await this.fromDocumentState({ state });
  }

  /**
   * The same, from a state already read (a validation's read carries it: no second read of the document). `error` when
   * the document's state could not be read.
   */
  async fromDocumentState(read: { state: SharedState } | { error: unknown }): Promise<LoadedCalendar> {
    if ("error" in read) return this.fromCache([`The calendar changes stored in the document could not be read (${message(read.error)}).`]);
    const { state } = read;
    if (isDocumentKey(state.documentKey)) this.knownKey = state.documentKey;
    if (state.calendarOverrides === null) return this.fromCache([]);
    const parsed = parseCalendarOverrides(state.calendarOverrides);
    if (!parsed.ok) return this.fromCache([`The calendar changes stored in the document cannot be used: ${parsed.errors.join(" ")}`]);
    await this.cache(state.calendarOverrides);
    return this.loaded(parsed.overrides, "document", []);
  }

  /** Replaces the document's overrides with `overrides` (validated first; nothing is written when invalid), then caches them. */
  async saveOverrides(overrides: readonly CalendarOverride[]): Promise<SavedCalendar> {
    const checked = parseCalendarOverrides(serializeCalendarOverrides(overrides));
    if (!checked.ok) return { ok: false, problems: checked.errors };
    return this.write(() => checked.overrides);
  }

  /**
   * Changes the overrides the document holds at the moment of writing (so a co-author's other edits
   * are kept), e.g. `editOverrides((current) => upsertOverride(current, override))`.
   */
  async editOverrides(change: (current: CalendarOverride[]) => CalendarOverride[]): Promise<SavedCalendar> {
    return this.write((stored) => {
      if (stored === null) return change([]);
      const parsed = parseCalendarOverrides(stored);
      if (!parsed.ok) {
        throw new CalendarEditRejected([
          `The calendar changes stored in the document cannot be read, so they cannot be edited: ${parsed.errors.join(" ")} Reset the calendar to replace them.`,
        ]);
      }
      return change(parsed.overrides);
    });
  }

  /** The document's key, created and stored in the document the first time. */
  async ensureDocumentKey(): Promise<EnsuredDocumentKey> {
    try {
      const state = await this.access.read();
      if (isDocumentKey(state.documentKey)) {
        this.knownKey = state.documentKey;
        return { ok: true, documentKey: state.documentKey, created: false };
      }
      const candidate = newDocumentKey(this.random);
      let documentKey = candidate;
      await this.access.update((current) => {
        documentKey = isDocumentKey(current.documentKey) ? current.documentKey : candidate;
        return { ...current, documentKey };
      });
      this.knownKey = documentKey;
      return { ok: true, documentKey, created: documentKey === candidate };
    } catch (error) {
      return { ok: false, problem: `The add-in could not give this document its key (${message(error)}); history and drafts cannot be kept for it.` };
    }
  }

  /** Writes `next(stored overrides)` to the document when valid (else nothing), then caches it. */
  private async write(next: (stored: string | null) => CalendarOverride[]): Promise<SavedCalendar> {
    const written: { json?: string; documentKey?: string; overrides?: CalendarOverride[] } = {};
    try {
      await this.access.update((state) => {
        const parsed = parseCalendarOverrides(serializeCalendarOverrides(next(state.calendarOverrides)));
        if (!parsed.ok) throw new CalendarEditRejected(parsed.errors);
        written.json = serializeCalendarOverrides(parsed.overrides);
        written.documentKey = isDocumentKey(state.documentKey) ? state.documentKey : newDocumentKey(this.random);
        written.overrides = parsed.overrides;
        return { ...state, documentKey: written.documentKey, calendarOverrides: written.json };
      });
    } catch (error) {
      if (error instanceof CalendarEditRejected) return { ok: false, problems: error.problems };
      return { ok: false, problems: [`The calendar changes were not saved in the document (${message(error)}).`] };
    }
    if (written.json === undefined || written.documentKey === undefined || written.overrides === undefined) {
      return { ok: false, problems: ["The document did not take the calendar changes."] };
    }
    this.knownKey = written.documentKey;
    await this.cache(written.json);
    const overrides = written.overrides;
    return { ok: true, calendar: applyOverrides(this.base, overrides), overrides, documentKey: written.documentKey, problems: overrideProblems(this.base, overrides) };
  }

  private async cache(overridesJson: string): Promise<void> {
    if (!this.knownKey) return;
    try {
      await this.store.putCalendarCache(this.knownKey, overridesJson, this.now());
    } catch {
      // The store only rejects for bad input, and this input was just validated; the document holds the overrides anyway.
    }
  }

  private async fromCache(problems: string[]): Promise<LoadedCalendar> {
    if (!this.knownKey) return this.loaded([], "defaults", problems);
    let cached;
    try {
      cached = await this.store.getCalendarCache(this.knownKey);
    } catch (error) {
      return this.loaded([], "defaults", [...problems, `The calendar changes kept on this computer could not be read (${message(error)}).`]);
    }
    if (!cached) return this.loaded([], "defaults", problems);
    const parsed = parseCalendarOverrides(cached.overridesJson);
    if (!parsed.ok) return this.loaded([], "defaults", [...problems, `The calendar changes kept on this computer cannot be used: ${parsed.errors.join(" ")}`]);
    const note = `Using the calendar changes kept on this computer (from ${formatLongDate(cached.cachedAt.slice(0, 10))}); saving the calendar stores them in the document for everyone.`;
    return this.loaded(parsed.overrides, "cache", [...problems, note]);
  }

  private loaded(overrides: CalendarOverride[], source: CalendarSource, problems: string[]): LoadedCalendar {
    return { calendar: applyOverrides(this.base, overrides), overrides, source, documentKey: this.knownKey, problems: [...problems, ...overrideProblems(this.base, overrides)] };
  }
}
