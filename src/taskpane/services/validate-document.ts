/**
 * Validate, as the pane runs it: the one validation job (src/jobs/validate.ts) with the pane's choices. It never
 * structures first, and it yields to the browser before each long step so that the progress is painted.
 */
import type { RedPolicy } from "../../domain/colouring";
import type { CalendarProvider } from "../../jobs/document-calendar";
import type { ValidatableDocument, ValidateOutcome, Validated } from "../../jobs/validate";

/** The steps the pane shows (it does not structure as part of validating). */
export const VALIDATION_STEPS = ["reading", "validating", "colouring"] as const;
export type ValidationStep = (typeof VALIDATION_STEPS)[number];

/** A validation the pane shows and bases its writes on. */
export type Validation = Validated;

export interface ValidateOptions {
  asOf: string;
  /** The calendar, from the read's shared state (storage's CalendarSync, with its cache). */
  calendar: CalendarProvider;
  horizonDays?: number;
  redFor?: RedPolicy;
  onStep?: (step: ValidationStep) => void;
}

/** Lets the browser paint the progress before a long synchronous step. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The job with the domain engine, in the chunk of the Word adapter (index.tsx loads it while the pane's first view
 * renders): the pane's first view needs neither, and a validation reads the document through the adapter first anyway.
 */
function loadJob() {
  return import(/* webpackChunkName: "word" */ "../../jobs/validate");
}

export async function validateDocument(port: ValidatableDocument, options: ValidateOptions): Promise<ValidateOutcome> {
  const { validateJob } = await loadJob();
  return await validateJob(port, {
    asOf: options.asOf,
    calendar: options.calendar,
    ...(options.horizonDays !== undefined && { horizonDays: options.horizonDays }),
    ...(options.redFor && { redFor: options.redFor }),
    onStep: async (step) => {
      if (step === "structuring") return;
      options.onStep?.(step);
      if (step !== "reading") await yieldToBrowser();
    },
  });
}
