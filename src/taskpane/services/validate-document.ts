/**
 * Validate, as the pane runs it: read the document → validate the plan as of a date (domain engine) → colour
 * the document (red number cells, control colours) against the fingerprints of that read. Each step reports
 * before it starts, and the pane yields to the browser between steps so the progress is painted.
 */
import type { Calendar } from "../../domain/calendar";
import { colourMarks, DEFAULT_RED_POLICY, type RedPolicy } from "../../domain/colouring";
import { validatePlan } from "../../domain/validate";
import type { ValidationResult } from "../../domain/validation-types";
import type { ColourReport, DocumentPort, ReadResult } from "../../document/port";

export const VALIDATION_STEPS = ["reading", "validating", "colouring"] as const;
export type ValidationStep = (typeof VALIDATION_STEPS)[number];

export interface Validation {
  asOf: string;
  read: ReadResult;
  result: ValidationResult;
  /** How the document was coloured (null only when the plan has no items: nothing to colour). */
  colour: ColourReport | null;
  /** The calendar the milestones were resolved against (the pane shows event names from it). */
  calendar: Calendar;
}

export interface ValidateOptions {
  asOf: string;
  /** Asked for after the read: the calendar may depend on the document's shared state (read again from it). */
  calendar: () => Calendar | Promise<Calendar>;
  /** Days ahead within which an open due date needs attention (the domain's default when not given). */
  horizonDays?: number;
  /** Which states turn the item number cell red (default: attention and jeopardy). */
  redFor?: RedPolicy;
  onStep?: (step: ValidationStep) => void;
}

/** Lets the browser paint the progress before a long synchronous step. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function validateDocument(port: Pick<DocumentPort, "read" | "colour">, options: ValidateOptions): Promise<Validation> {
  options.onStep?.("reading");
  const read = await port.read();
  options.onStep?.("validating");
  await yieldToBrowser();
  const calendar = await options.calendar();
  const result = validatePlan(read.plan, calendar, options.asOf, options.horizonDays === undefined ? {} : { horizonDays: options.horizonDays }, read.findings);
  if (result.items.length === 0) return { asOf: options.asOf, read, result, colour: null, calendar };
  options.onStep?.("colouring");
  const colour = await port.colour(colourMarks(result, { redFor: options.redFor ?? DEFAULT_RED_POLICY }), read.fingerprints);
  return { asOf: options.asOf, read, result, colour, calendar };
}
