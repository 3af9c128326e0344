/** What a validation rule is: an id, a severity, the state it pushes an item to, and a reason a person can read. */
import type { Calendar } from "../calendar";
import type { Severity } from "../finding";
import type { ActionItem, Plan, Resolution } from "../plan";
import type { StatusBlock } from "../status-block";
import type { ValidationOptions } from "../validation-types";

/** The least state an item is in when the rule fires; "none" informs without changing the state. */
export type RuleEffect = "attention" | "jeopardy" | "none";

export interface RuleInfo {
  /** Stable id, used in findings, docs/rules.md and the pane. */
  id: string;
  severity: Severity;
  effect: RuleEffect;
  /** One line a user can read: "why is this red?". */
  reason: string;
}

/** The facts of a resolved milestone the rules use (a subset of milestone-resolution's ResolvedMilestone). */
export interface MilestoneFacts {
  /** ISO due dates, earliest first. */
  dueDates: string[];
  recurring: { series: string; label: string; lastOccurrence?: string; nextOccurrence?: string }[];
  ongoing: boolean;
  saysCompleted: boolean;
  /** Pieces of the milestone text that could not be turned into dates. */
  unresolved: string[];
  /** Pieces naming an edition the calendar does not have yet, that cannot be due before `notBefore` (after the horizon). */
  pending?: { text: string; notBefore: string }[];
  /** Series this milestone needs meetings of after the calendar's last one (calendar-past-end). */
  beyondCalendar?: string[];
}

export interface ItemRuleContext {
  item: ActionItem;
  resolution: Resolution;
  milestone: MilestoneFacts;
  /** Readable, valid status blocks of the item's status narrative, newest first. */
  statusBlocks: StatusBlock[];
  /** Status blocks that could not be read or have invalid fields, one sentence each. */
  statusProblems: string[];
  asOf: string;
  /** asOf + horizonDays: due dates up to this one need attention. */
  horizonEnd: string;
  options: ValidationOptions;
}

export interface ItemRule extends RuleInfo {
  scope: "item";
  /** One message per problem found (empty when the rule does not fire); each names the specifics. */
  check(context: ItemRuleContext): string[];
}

export interface PlanRuleHit {
  message: string;
  resolution?: string;
}

/** What a plan rule may look at beyond the plan: the calendar and every item's resolved milestone (validation passes it). */
export interface PlanRuleContext {
  asOf: string;
  calendar: Calendar;
  items: readonly { item: ActionItem; facts: MilestoneFacts }[];
}

export interface PlanRule extends RuleInfo {
  scope: "plan";
  /** `context` is absent when the rules run on facts alone (tests): rules that need it then find nothing. */
  check(plan: Plan, context?: PlanRuleContext): PlanRuleHit[];
}

/**
 * A finding the recognizer reports while reading the tables (item numbers, row shapes): the rules do not re-detect it,
 * the registry only says what it does to the item's state and why.
 */
export interface RecognizerRule extends RuleInfo {
  scope: "recognizer";
}

export type Rule = ItemRule | PlanRule | RecognizerRule;

/** Ongoing or recurring: judged by "Periodic goals met" rather than by one deadline. */
export function isPeriodic(milestone: MilestoneFacts): boolean {
  return milestone.ongoing || milestone.recurring.length > 0;
}

/** The latest dated status block, if the item has any. */
export function latestStatusBlock(context: ItemRuleContext): StatusBlock | undefined {
  return context.statusBlocks[0];
}
