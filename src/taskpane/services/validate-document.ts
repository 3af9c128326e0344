/**
 * Validate, as the pane runs it: read the document → validate the plan as of a date (domain engine) → colour
 * the document (red number cells, control colours) against the fingerprints of that read. Each step reports
 * before it starts, and the pane yields to the browser between steps so the progress is painted.
 */
import type { Calendar } from "../../domain/calendar";
import type { RedPolicy } from "../../domain/colouring";
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

/**
 * The domain engine, in the chunk of the Word adapter (index.tsx loads it while the pane's first view renders): the
 * pane's first view needs neither, and a validation has read the document through the adapter first anyway.
 */
function loadEngine() {
  return Promise.all([import(/* webpackChunkName: "word" */ "../../domain/validate"), import(/* webpackChunkName: "word" */ "../../domain/colouring")]);
}

export async function validateDocument(port: Pick<DocumentPort, "read" | "colour">, options: ValidateOptions): Promise<Validation> {
  options.onStep?.("reading");
  const engine = loadEngine();
  const read = await port.read();
  const [{ validatePlan }, { colourMarks, DEFAULT_RED_POLICY }] = await engine;
  options.onStep?.("validating");
  await yieldToBrowser();
  const calendar = await options.calendar();
  const result = validatePlan(read.plan, calendar, options.asOf, options.horizonDays === undefined ? {} : { horizonDays: options.horizonDays }, read.findings);
  if (result.items.length === 0) return { asOf: options.asOf, read, result, colour: null, calendar };
  options.onStep?.("colouring");
  const colour = await port.colour(colourMarks(result, { redFor: options.redFor ?? DEFAULT_RED_POLICY }), read.fingerprints);
  return { asOf: options.asOf, read, result, colour, calendar };
}
