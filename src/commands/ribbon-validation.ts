/**
 * The ribbon's "Validate plan" with the person's settings: their settings from the local store (as-of date, attention
 * horizon, red policy, whether to structure first; defaults when the store cannot be used), the validation itself
 * (validate-plan.ts), and the run kept in the validation history, as the pane keeps its runs. No Office here: the
 * composition root (index.ts) passes the Word adapter and how to open the storage (lazily: Dexie is its own chunk).
 */
import type { CalendarProvider } from "../jobs/document-calendar";
import type { ValidatableDocument } from "../jobs/validate";
import type { DocumentStorage } from "../storage/open-document-storage";
import { loadPersonalSettings, SETTINGS_TIMEOUT_MS, type DefaultsReason } from "./personal-settings";
import { recordRibbonRun, type RunRecording } from "./record-ribbon-run";
import { validatePlanCommand, type ValidatePlanOutcome } from "./validate-plan";

export interface RibbonValidationInput {
  document: ValidatableDocument;
  /** Opens the local store and the calendar sync (storage/open-document-storage.ts, imported lazily). */
  openStorage: () => Promise<DocumentStorage>;
  /** The calendar, from the read's shared state (default: the shipped calendar with the document's changes). */
  calendar?: CalendarProvider;
  /** Today's date (YYYY-MM-DD), used unless the person set an as-of date. */
  today: () => string;
  /** The time the run is recorded at. */
  now: () => Date;
  /** How long the settings may take to load (default SETTINGS_TIMEOUT_MS). */
  settingsTimeoutMs?: number;
}

/** Which settings the run used. */
export type SettingsUsed = { source: "personal"; asOfOverride: string | null } | { source: "defaults"; reason: DefaultsReason };

/** What the notification says beyond the validation's own outcome. */
export interface RibbonRunNotes {
  settings: SettingsUsed;
  /** Null when there was nothing to keep (not validated) or no store to keep it in (defaults: said with them). */
  history: RunRecording | null;
}

export interface RibbonValidation extends RibbonRunNotes {
  outcome: ValidatePlanOutcome;
}

export async function runRibbonValidation(input: RibbonValidationInput): Promise<RibbonValidation> {
  const loaded = await loadPersonalSettings(input.openStorage, input.settingsTimeoutMs ?? SETTINGS_TIMEOUT_MS);
  const { settings } = loaded;
  const used: SettingsUsed = loaded.source === "personal" ? { source: "personal", asOfOverride: settings.asOfOverride } : { source: "defaults", reason: loaded.reason };
  try {
    const outcome = await validatePlanCommand({
      document: input.document,
      autoStructure: settings.autoStructure,
      ...(input.calendar && { calendar: input.calendar }),
      asOf: settings.asOfOverride ?? input.today(),
      horizonDays: settings.attentionHorizonDays,
      redFor: settings.redPolicy,
    });
    const history =
      outcome.kind === "validated" && loaded.source === "personal"
        ? await recordRibbonRun(loaded.storage, outcome.read.sharedState.state.documentKey, outcome.result, input.now())
        : null;
    return { outcome, settings: used, history };
  } finally {
    if (loaded.source === "personal") {
      try {
        loaded.storage.store.close();
      } catch {
        // Letting go of the database is tidying up; the run is done.
      }
    }
  }
}
