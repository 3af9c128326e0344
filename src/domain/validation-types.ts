/** The shape of a validation run: shared by the rules, the colouring policy, the CLI and the pane. */
import type { Finding } from "./finding";

export const ITEM_STATES = ["done", "ok", "attention", "jeopardy"] as const;
export type ItemState = (typeof ITEM_STATES)[number];

export interface ItemResult {
  itemKey: string;
  /** Number as written (null when the document has none). */
  itemId: string | null;
  proposedId?: string;
  resolution: string;
  state: ItemState;
  /** Due dates (ISO "YYYY-MM-DD") the milestone resolves to, earliest first. */
  dueDates: string[];
  /** Plain-words interpretation of the milestone, e.g. "Council 2021 → due 18 June 2021". */
  interpretation: string;
  findings: Finding[];
}

export interface ValidationOptions {
  /** Days ahead of as-of within which an open due date needs attention (default 30). */
  horizonDays: number;
}

export const DEFAULT_VALIDATION_OPTIONS: ValidationOptions = { horizonDays: 30 };

export interface ValidationSummary {
  asOf: string;
  resolutions: number;
  items: number;
  completed: number;
  periodicMet: number;
  states: Record<ItemState, number>;
}

export interface ValidationResult {
  summary: ValidationSummary;
  /** One result per item, in document order. */
  items: ItemResult[];
  /** Findings about the plan as a whole (and recognizer findings not tied to one item). */
  planFindings: Finding[];
}
