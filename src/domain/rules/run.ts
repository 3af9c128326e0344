/**
 * Runs the registry over a plan whose milestones are already resolved: findings per item, the item's state, plan-level
 * findings and the summary. validate.ts wires the milestone parser and the calendar in; tests can pass facts directly.
 */
import { addDays } from "../dates";
import type { Calendar } from "../calendar";
import type { Finding } from "../finding";
import { allItems, resolutionsWithActionTables, type ActionItem, type Plan } from "../plan";
import { scanStatusBlocks, validateStatusBlock, type StatusBlock } from "../status-block";
import { ITEM_STATES, type ItemResult, type ValidationOptions, type ValidationResult, type ValidationSummary } from "../validation-types";
import { ITEM_RULES, PLAN_RULES } from "./index";
import type { ItemRuleContext, MilestoneFacts, PlanRuleContext } from "./rule";
import { itemState } from "./state";

export interface ItemFacts extends MilestoneFacts {
  /** Plain-words interpretation of the milestone, shown next to the state. */
  interpretation: string;
}

export function runRules(
  plan: Plan,
  factsOf: (item: ActionItem) => ItemFacts,
  asOf: string,
  options: ValidationOptions,
  recognizerFindings: readonly Finding[] = [],
  calendar?: Calendar,
): ValidationResult {
  const horizonEnd = addDays(asOf, options.horizonDays);
  const byItem = groupByItem(plan, recognizerFindings);
  const resolvedItems: { item: ActionItem; facts: ItemFacts }[] = [];

  const items: ItemResult[] = plan.resolutions.flatMap((resolution) =>
    resolution.items.map((item) => {
      const facts = factsOf(item);
      resolvedItems.push({ item, facts });
      const context: ItemRuleContext = { item, resolution, milestone: facts, ...readStatus(item.status), asOf, horizonEnd, options };
      const fromRecognizer = byItem.get(item.key) ?? [];
      const findings = [...fromRecognizer, ...ruleFindings(context, fromRecognizer)];
      return {
        itemKey: item.key,
        itemId: item.id,
        ...(item.proposedId !== undefined ? { proposedId: item.proposedId } : {}),
        resolution: resolution.key,
        state: itemState(item.completed, findings),
        dueDates: [...facts.dueDates].sort(),
        interpretation: facts.interpretation,
        findings,
      };
    }),
  );

  const itemKeys = new Set(items.map((result) => result.itemKey));
  const planContext: PlanRuleContext | undefined = calendar === undefined ? undefined : { asOf, calendar, items: resolvedItems };
  const planFindings: Finding[] = [
    ...recognizerFindings.filter((finding) => finding.itemKey === undefined || !itemKeys.has(finding.itemKey)),
    ...PLAN_RULES.flatMap((rule) =>
      rule.check(plan, planContext).map((hit): Finding => ({ rule: rule.id, severity: rule.severity, message: hit.message, ...(hit.resolution !== undefined ? { resolution: hit.resolution } : {}) })),
    ),
  ];
  return { summary: summarize(plan, items, asOf), items, planFindings };
}

/** The rules' findings for one item; a rule whose id the recognizer already reported on the item is not run again. */
function ruleFindings(context: ItemRuleContext, fromRecognizer: readonly Finding[]): Finding[] {
  const { item, resolution } = context;
  const alreadyReported = new Set(fromRecognizer.map((finding) => finding.rule));
  const location = item.cells.id ?? item.cells.milestone;
  return ITEM_RULES.filter((rule) => !alreadyReported.has(rule.id)).flatMap((rule) =>
    rule.check(context).map((message): Finding => ({
      rule: rule.id,
      severity: rule.severity,
      message,
      itemKey: item.key,
      itemId: item.id,
      resolution: resolution.key,
      ...(location !== undefined ? { location } : {}),
    })),
  );
}

/** Valid blocks (newest first) for the rules; unreadable or invalid ones become one sentence each. */
function readStatus(status: string): { statusBlocks: StatusBlock[]; statusProblems: string[] } {
  const scan = scanStatusBlocks(status);
  const statusProblems = scan.problems.map((problem) => problem.error);
  const statusBlocks: StatusBlock[] = [];
  for (const block of scan.blocks) {
    const errors = validateStatusBlock(block);
    if (errors.length === 0) statusBlocks.push(block);
    else statusProblems.push(errors.map((error) => error.message).join(" "));
  }
  return { statusBlocks, statusProblems };
}

function groupByItem(plan: Plan, findings: readonly Finding[]): Map<string, Finding[]> {
  const keys = new Set(allItems(plan).map((item) => item.key));
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.itemKey === undefined || !keys.has(finding.itemKey)) continue;
    groups.set(finding.itemKey, [...(groups.get(finding.itemKey) ?? []), finding]);
  }
  return groups;
}

function summarize(plan: Plan, items: readonly ItemResult[], asOf: string): ValidationSummary {
  const planItems = allItems(plan);
  const states = Object.fromEntries(ITEM_STATES.map((state) => [state, items.filter((result) => result.state === state).length])) as ValidationSummary["states"];
  return {
    asOf,
    resolutions: resolutionsWithActionTables(plan).length,
    items: planItems.length,
    completed: planItems.filter((item) => item.completed).length,
    periodicMet: planItems.filter((item) => item.periodicMet).length,
    states,
  };
}
