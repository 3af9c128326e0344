/**
 * Personal settings (local, never in the document): their defaults and their validation.
 * A stored value that is no longer valid reads as the default; a bad new value is rejected with a message.
 */
import { DEFAULT_RED_POLICY, RED_POLICIES, type RedPolicy } from "../domain/colouring";
import { isValidIsoDate } from "../domain/dates";
import { DEFAULT_VALIDATION_OPTIONS } from "../domain/validation-types";
import type { SettingRecord } from "./records";

export interface PersonalSettings {
  /** Judge the plan as of this date ("YYYY-MM-DD") instead of today; null = today. */
  asOfOverride: string | null;
  /** Days ahead within which an open due date needs attention. */
  attentionHorizonDays: number;
  /** Which states turn the item number cell red. */
  redPolicy: RedPolicy;
  /** Validate again on its own when the document changes. */
  autoValidate: boolean;
  /** The ribbon's "Validate plan" may structure the plan first. */
  autoStructure: boolean;
}

export const SETTING_NAMES = ["asOfOverride", "attentionHorizonDays", "redPolicy", "autoValidate", "autoStructure"] as const satisfies readonly (keyof PersonalSettings)[];
export type SettingName = (typeof SETTING_NAMES)[number];

export const MAX_ATTENTION_HORIZON_DAYS = 366;

export const DEFAULT_SETTINGS: Readonly<PersonalSettings> = Object.freeze({
  asOfOverride: null,
  attentionHorizonDays: DEFAULT_VALIDATION_OPTIONS.horizonDays,
  redPolicy: DEFAULT_RED_POLICY,
  autoValidate: false,
  autoStructure: false,
});

export type SettingsUpdate = { ok: true; settings: PersonalSettings } | { ok: false; problems: string[] };

function isSettingName(name: string): name is SettingName {
  return (SETTING_NAMES as readonly string[]).includes(name);
}

/** Why `value` cannot be setting `name` (null when it can). */
export function settingProblem(name: SettingName, value: unknown): string | null {
  switch (name) {
    case "asOfOverride":
      return value === null || (typeof value === "string" && isValidIsoDate(value))
        ? null
        : `The as-of date ${JSON.stringify(value ?? null)} is not a date written YYYY-MM-DD (leave it empty for today).`;
    case "attentionHorizonDays":
      return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_ATTENTION_HORIZON_DAYS
        ? null
        : `The attention horizon must be a whole number of days from 0 to ${MAX_ATTENTION_HORIZON_DAYS} (found ${JSON.stringify(value ?? null)}).`;
    case "redPolicy":
      return (RED_POLICIES as readonly unknown[]).includes(value)
        ? null
        : `Red marking must be one of ${RED_POLICIES.map((policy) => `"${policy}"`).join(", ")} (found ${JSON.stringify(value ?? null)}).`;
    case "autoValidate":
    case "autoStructure":
      return typeof value === "boolean" ? null : `${name === "autoValidate" ? "Auto-validate" : "Auto-structure"} must be on or off (true or false).`;
  }
}

/** The valid part of an update, or every reason it is not valid (then nothing may change). */
export function checkSettingsPatch(patch: unknown): { ok: true; patch: Partial<PersonalSettings> } | { ok: false; problems: string[] } {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return { ok: false, problems: ["Settings must be given as an object of named values."] };
  const problems: string[] = [];
  const valid: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(patch)) {
    if (!isSettingName(name)) {
      problems.push(`There is no setting called "${name}".`);
      continue;
    }
    const problem = settingProblem(name, value);
    if (problem) problems.push(problem);
    else valid[name] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, patch: valid as Partial<PersonalSettings> };
}

/** The settings stored records describe: defaults for anything missing or no longer valid. */
export function settingsFromRecords(records: readonly SettingRecord[]): PersonalSettings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const record of records) {
    if (isSettingName(record.key) && settingProblem(record.key, record.value) === null) settings[record.key] = record.value;
  }
  return settings as unknown as PersonalSettings;
}

/** The records that store a checked patch. */
export function recordsOfPatch(patch: Partial<PersonalSettings>): SettingRecord[] {
  return Object.entries(patch).map(([key, value]) => ({ key, value }));
}
