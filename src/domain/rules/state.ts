/**
 * Precedence of item states: jeopardy > attention > done / ok.
 * An item is "done" when "Completed" has its √ and "ok" otherwise, unless a finding raises it: the highest effect among
 * its findings wins, so a completed item with no evidence is "attention", never "done".
 */
import type { Finding } from "../finding";
import type { ItemState } from "../validation-types";
import { ruleById } from "./index";
import type { RuleEffect } from "./rule";

/** A finding's effect: its rule's, or for findings of other sources (the recognizer) attention unless it is only info. */
export function effectOf(finding: Finding): RuleEffect {
  const rule = ruleById(finding.rule);
  if (rule) return rule.effect;
  return finding.severity === "info" ? "none" : "attention";
}

export function itemState(completed: boolean, findings: readonly Finding[]): ItemState {
  const effects = new Set(findings.map(effectOf));
  if (effects.has("jeopardy")) return "jeopardy";
  if (effects.has("attention")) return "attention";
  return completed ? "done" : "ok";
}
