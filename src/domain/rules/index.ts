/** The rule registry: every rule the validator runs, in the order their findings are listed. Documented in docs/rules.md. */
import { actionTableWithoutSummary } from "./action-table-without-summary";
import { calendarPastEnd } from "./calendar-past-end";
import { dueSoon } from "./due-soon";
import { missingMilestone } from "./missing-milestone";
import { noEvidence } from "./no-evidence";
import { overdue } from "./overdue";
import { periodicGoalsNotMet } from "./periodic-goals-not-met";
import { reportedAttention } from "./reported-attention";
import { reportedCompletedNotTicked } from "./reported-completed-not-ticked";
import { reportedInJeopardy } from "./reported-in-jeopardy";
import { RECOGNIZER_RULES } from "./recognizer-findings";
import { resolutionWithoutActionTable } from "./resolution-without-action-table";
import type { ItemRule, PlanRule, Rule } from "./rule";
import { staleStatus } from "./stale-status";
import { unparsedMilestone } from "./unparsed-milestone";
import { unreadableStatusBlock } from "./unreadable-status-block";

export const ITEM_RULES: readonly ItemRule[] = [
  overdue,
  periodicGoalsNotMet,
  reportedInJeopardy,
  dueSoon,
  staleStatus,
  reportedAttention,
  reportedCompletedNotTicked,
  noEvidence,
  unparsedMilestone,
  missingMilestone,
  unreadableStatusBlock,
];

export const PLAN_RULES: readonly PlanRule[] = [resolutionWithoutActionTable, actionTableWithoutSummary, calendarPastEnd];

export const RULES: readonly Rule[] = [...ITEM_RULES, ...RECOGNIZER_RULES, ...PLAN_RULES];

export { RECOGNIZER_RULES };

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

export type { ItemRule, ItemRuleContext, MilestoneFacts, PlanRule, PlanRuleContext, RecognizerRule, Rule, RuleEffect, RuleInfo } from "./rule";
