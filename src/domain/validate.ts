/**
 * Validation of a whole plan: parse and resolve each item's milestone against the calendar, run the rule registry
 * (rules/index.ts, documented in docs/rules.md), fold in the recognizer's findings, and give every item its state.
 * Pure and deterministic: the same plan, calendar, as-of date and options give the same result.
 */
import type { Calendar } from "./calendar";
import { addDays, isValidIsoDate } from "./dates";
import type { Finding } from "./finding";
import { parseMilestone } from "./milestone";
import { resolveMilestone } from "./milestone-resolution";
import type { Plan } from "./plan";
import { runRules } from "./rules/run";
import { DEFAULT_VALIDATION_OPTIONS, type ValidationOptions, type ValidationResult } from "./validation-types";

/**
 * Bad arguments (an as-of that is not a YYYY-MM-DD date, a negative or fractional horizon) are refused with a
 * RangeError that says what to write instead; problems in the document itself are findings, never exceptions.
 */
export function validatePlan(
  plan: Plan,
  calendar: Calendar,
  asOf: string,
  options: Partial<ValidationOptions> = {},
  recognizerFindings: Finding[] = [],
): ValidationResult {
  if (!isValidIsoDate(asOf)) throw new RangeError(`The as-of date "${asOf}" is not a date written YYYY-MM-DD, e.g. 2022-01-20.`);
  const settings: ValidationOptions = { horizonDays: options.horizonDays ?? DEFAULT_VALIDATION_OPTIONS.horizonDays };
  if (!Number.isInteger(settings.horizonDays) || settings.horizonDays < 0) {
    throw new RangeError(`The horizon must be a whole number of days, 0 or more; got ${String(settings.horizonDays)}.`);
  }
  const resolveOptions = { horizonEnd: addDays(asOf, settings.horizonDays), ...(plan.assembly !== undefined ? { planAssembly: plan.assembly } : {}) };
  return runRules(plan, (item) => resolveMilestone(parseMilestone(item.milestoneText), calendar, asOf, resolveOptions), asOf, settings, recognizerFindings, calendar);
}
