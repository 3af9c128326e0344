/**
 * Checks on what callers hand the local store. Keys and times come from the document and the
 * validation, not from a person, so a bad one is a programming error: the operation rejects with
 * LocalStoreInputError and changes nothing (and a store never falls back to memory because of it).
 */
import { parseCalendarOverrides } from "../domain/calendar-overrides-json";
import { isDocumentKey } from "../domain/document-key";
import { isValidIsoDate } from "../domain/dates";
import { ITEM_STATES, type ValidationResult } from "../domain/validation-types";
import { STATUS_DRAFT_FIELDS, type StatusDraftFields } from "./records";

export class LocalStoreInputError extends Error {
  override readonly name = "LocalStoreInputError";
}

export const MAX_ITEM_KEY_LENGTH = 200;
export const MAX_DRAFT_FIELD_LENGTH = 50_000;

function describe(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value) ?? String(value);
}

export function checkDocumentKey(documentKey: unknown): string {
  if (!isDocumentKey(documentKey)) throw new LocalStoreInputError(`${describe(documentKey)} is not a document key (a lower-case GUID the add-in stores in the document).`);
  return documentKey;
}

export function checkItemKey(itemKey: unknown): string {
  if (typeof itemKey !== "string" || itemKey.trim() === "" || itemKey.length > MAX_ITEM_KEY_LENGTH) {
    throw new LocalStoreInputError(`${describe(itemKey)} is not an item key (a non-empty text of at most ${MAX_ITEM_KEY_LENGTH} characters).`);
  }
  return itemKey;
}

/** The ISO instant of a valid Date. */
export function checkInstant(at: unknown): string {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new LocalStoreInputError(`${describe(at)} is not a valid time (a Date is needed).`);
  return at.toISOString();
}

/** A list length: a positive whole number, or all when not given. */
export function checkLimit(limit: unknown): number {
  if (limit === undefined) return Number.POSITIVE_INFINITY;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1) throw new LocalStoreInputError(`A list limit must be a whole number of at least 1 (found ${describe(limit)}).`);
  return limit;
}

/** The draft's fields, missing ones empty. Unknown fields, non-text values and huge texts are rejected. */
export function checkDraftFields(fields: unknown): StatusDraftFields {
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) throw new LocalStoreInputError("A status-block draft must be an object of text fields.");
  const draft: StatusDraftFields = { date: "", event: "", state: "", summary: "", references: "", nextSteps: "" };
  for (const [name, value] of Object.entries(fields)) {
    if (!(STATUS_DRAFT_FIELDS as readonly string[]).includes(name)) throw new LocalStoreInputError(`A status-block draft has no field "${name}".`);
    if (typeof value !== "string") throw new LocalStoreInputError(`The draft's ${name} must be text.`);
    if (value.length > MAX_DRAFT_FIELD_LENGTH) throw new LocalStoreInputError(`The draft's ${name} is longer than ${MAX_DRAFT_FIELD_LENGTH} characters.`);
    draft[name as keyof StatusDraftFields] = value;
  }
  return draft;
}

/** Only overrides the document format accepts are cached: the same strict reader decides. */
export function checkOverridesJson(overridesJson: unknown): string {
  if (typeof overridesJson !== "string") throw new LocalStoreInputError("Calendar overrides are cached as the JSON text the document stores.");
  const parsed = parseCalendarOverrides(overridesJson);
  if (!parsed.ok) throw new LocalStoreInputError(`These calendar overrides cannot be cached: ${parsed.errors.join(" ")}`);
  return overridesJson;
}

/** Enough of a validation result to record it as a run. */
export function checkValidationResult(result: unknown): ValidationResult {
  const candidate = result as Partial<ValidationResult> | null;
  if (typeof candidate !== "object" || candidate === null || typeof candidate.summary !== "object" || candidate.summary === null || !Array.isArray(candidate.items)) {
    throw new LocalStoreInputError("A validation run needs a validation result with a summary and items.");
  }
  if (!isValidIsoDate(candidate.summary.asOf)) throw new LocalStoreInputError(`The validation result's as-of date ${describe(candidate.summary.asOf)} is not a date.`);
  for (const state of ITEM_STATES) {
    const count = candidate.summary.states?.[state];
    if (typeof count !== "number" || !Number.isInteger(count) || count < 0) throw new LocalStoreInputError(`The validation result has no count of "${state}" items.`);
  }
  for (const item of candidate.items) {
    if (typeof item?.itemKey !== "string" || !(ITEM_STATES as readonly unknown[]).includes(item.state)) {
      throw new LocalStoreInputError("Every item of a validation result needs an item key and a state.");
    }
  }
  return candidate as ValidationResult;
}
