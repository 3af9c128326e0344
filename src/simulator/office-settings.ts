/**
 * Office.Settings (Common API, `Office.context.document.settings`), the add-in's settings fallback below WordApi 1.4:
 *   get: "Retrieves the specified setting." · set: "Sets or creates the specified setting." · remove: "Removes the specified setting."
 *   saveAsync: "Persists the in-memory copy of the settings property bag in the document."
 *   refreshAsync: "Reads all settings persisted in the document and refreshes the … add-in's copy of those settings held in memory."
 * The persisted bag is the one Word.SettingCollection (WordApi 1.4) reads, so both views agree after a save.
 */
import type { HostDocument } from "./host-document";

/** Office.AsyncResultStatus.Succeeded as office.js defines it at run time (a string, whatever @types/office-js declares). */
const SUCCEEDED = "succeeded";

export interface SettingsAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: null;
  asyncContext: unknown;
  diagnostics: null;
}

type Callback<T> = (result: SettingsAsyncResult<T>) => void;

export class SimOfficeSettings {
  private memory = new Map<string, unknown>();

  constructor(private readonly host: HostDocument) {
    this.refreshFromDocument();
  }

  /** null when the setting does not exist. */
  get(name: string): unknown {
    return this.memory.has(name) ? copy(this.memory.get(name)) : null;
  }

  set(name: string, value: unknown): void {
    this.memory.set(name, copy(value));
  }

  remove(name: string): void {
    this.memory.delete(name);
  }

  saveAsync(optionsOrCallback?: { asyncContext?: unknown } | Callback<void>, callback?: Callback<void>): void {
    const done = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const asyncContext = typeof optionsOrCallback === "object" ? optionsOrCallback?.asyncContext : undefined;
    this.host.settings.clear();
    for (const [name, value] of this.memory) this.host.settings.set(name, copy(value));
    deliver(done, undefined, asyncContext);
  }

  refreshAsync(callback?: Callback<SimOfficeSettings>): void {
    this.refreshFromDocument();
    deliver(callback, this, undefined);
  }

  private refreshFromDocument(): void {
    this.memory = new Map([...this.host.settings].map(([name, value]) => [name, copy(value)]));
  }
}

function deliver<T>(callback: Callback<T> | undefined, value: T, asyncContext: unknown): void {
  if (!callback) return;
  setTimeout(() => callback({ status: SUCCEEDED, value, error: null, asyncContext, diagnostics: null }), 0);
}

/** Settings are stored as JSON. */
function copy(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}
