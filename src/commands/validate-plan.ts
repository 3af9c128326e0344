/**
 * "Validate plan", the ribbon's function command, over the one validation job (src/jobs/validate.ts) with the ribbon's
 * choices: it always colours, and structures first only if the person opted in. No Office here, so it runs the same on
 * the Word host simulator and in Word. Where the settings come from is ribbon-validation.ts.
 */
import type { RedPolicy } from "../domain/colouring";
import type { CalendarProvider } from "../jobs/document-calendar";
import { validateJob, type ValidatableDocument, type ValidateOutcome } from "../jobs/validate";

export interface ValidatePlanInput {
  document: ValidatableDocument;
  /** True when the person opted in to structuring from the ribbon (their personal setting, never the document's). */
  autoStructure: boolean;
  /** The calendar, from the read's shared state (default: the shipped calendar with the document's changes). */
  calendar?: CalendarProvider;
  /** ISO date the milestones are judged against (the person's as-of setting, else today). */
  asOf: string;
  /** Days ahead within which an open due date needs attention (the domain's default when not given). */
  horizonDays?: number;
  /** Which states turn the item number cell red (default: attention and jeopardy). */
  redFor?: RedPolicy;
}

export type ValidatePlanOutcome = ValidateOutcome;

export async function validatePlanCommand(input: ValidatePlanInput): Promise<ValidatePlanOutcome> {
  return await validateJob(input.document, {
    asOf: input.asOf,
    structureFirst: input.autoStructure,
    ...(input.calendar && { calendar: input.calendar }),
    ...(input.horizonDays !== undefined && { horizonDays: input.horizonDays }),
    ...(input.redFor && { redFor: input.redFor }),
  });
}
