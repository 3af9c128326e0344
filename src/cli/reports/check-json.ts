/**
 * The machine-readable result of `action-plan check --format json` (documented in docs/cli.md):
 * one object with the validation summary and one entry per action item, in document order.
 */
import type { Plan } from "../../domain/plan";
import { allItems } from "../../domain/plan";
import type { Severity } from "../../domain/finding";
import type { ItemState, ValidationResult, ValidationSummary } from "../../domain/validation-types";

export interface CheckJsonFinding {
  rule: string;
  severity: Severity;
  message: string;
}

export interface CheckJsonItem {
  /** The item number as written, null when the number cell is empty or unreadable. */
  id: string | null;
  /** The number proposed from the sequence when `id` is null, else null. */
  proposedId: string | null;
  /** Resolution key: "1", "44", … or "OP1" for Opinion 1. */
  resolution: string;
  /** The milestone as written. */
  milestone: string;
  periodicMet: boolean;
  completed: boolean;
  state: ItemState;
  /** Due dates (YYYY-MM-DD) the milestone resolves to, earliest first. */
  dueDates: string[];
  findings: CheckJsonFinding[];
}

export interface CheckJson {
  summary: ValidationSummary;
  items: CheckJsonItem[];
}

export function checkJson(plan: Plan, result: ValidationResult): CheckJson {
  const items = new Map(allItems(plan).map((item) => [item.key, item]));
  return {
    summary: {
      asOf: result.summary.asOf,
      resolutions: result.summary.resolutions,
      items: result.summary.items,
      completed: result.summary.completed,
      periodicMet: result.summary.periodicMet,
      states: { done: result.summary.states.done, ok: result.summary.states.ok, attention: result.summary.states.attention, jeopardy: result.summary.states.jeopardy },
    },
    items: result.items.map((entry) => {
      const item = items.get(entry.itemKey);
      return {
        id: entry.itemId,
        proposedId: entry.proposedId ?? null,
        resolution: entry.resolution,
        milestone: item?.milestoneText ?? "",
        periodicMet: item?.periodicMet ?? false,
        completed: item?.completed ?? false,
        state: entry.state,
        dueDates: [...entry.dueDates],
        findings: entry.findings.map((finding) => ({ rule: finding.rule, severity: finding.severity, message: finding.message })),
      };
    }),
  };
}
