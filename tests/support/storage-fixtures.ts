/** Builders shared by the storage and history tests: validation results and runs with chosen item states. */
import type { ValidationRun } from "../../src/domain/history";
import { ITEM_STATES, type ItemState, type ValidationResult } from "../../src/domain/validation-types";

export const DOC_A = "0f8fad5b-d9cb-469f-a165-70867728950e";
export const DOC_B = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

/** A result whose items are `states` in order: [["01-01", "ok"], ["01-02", "jeopardy"], …]. */
export function resultWith(asOf: string, states: readonly (readonly [string, ItemState])[]): ValidationResult {
  const counts = Object.fromEntries(ITEM_STATES.map((state) => [state, states.filter(([, s]) => s === state).length])) as Record<ItemState, number>;
  return {
    summary: { asOf, resolutions: 1, items: states.length, completed: counts.done, periodicMet: 0, states: counts },
    items: states.map(([itemKey, state]) => ({
      itemKey,
      itemId: itemKey,
      resolution: itemKey.split("-")[0] ?? "1",
      state,
      dueDates: [],
      interpretation: "",
      findings: [],
    })),
    planFindings: [],
  };
}

export function runWith(id: number, at: string, states: readonly (readonly [string, ItemState])[], documentKey = DOC_A): ValidationRun {
  const result = resultWith(at.slice(0, 10), states);
  return {
    id,
    documentKey,
    at,
    asOf: result.summary.asOf,
    counts: result.summary.states,
    items: result.items.map((item) => ({ itemKey: item.itemKey, itemId: item.itemId, state: item.state })),
  };
}
