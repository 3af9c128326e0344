/**
 * "Validate plan", the ribbon's function command, as a function of a document port: no Office here, so
 * it runs the same on the Word host simulator and in Word.
 *   (structure, if the person opted in) → read (which also detects: no items = not an action plan) →
 *   validate as of the date given (with the person's horizon) → colour (with their red policy) → an outcome the
 *   notification shows. Where the settings come from is ribbon-validation.ts.
 * Expected outcomes are values; only a programming error escapes as an exception.
 */
import type { Calendar } from "../domain/calendar";
import { colourMarks, DEFAULT_RED_POLICY, type RedPolicy } from "../domain/colouring";
import { allItems } from "../domain/plan";
import { validatePlan } from "../domain/validate";
import type { ValidationResult } from "../domain/validation-types";
import type { ColourReport, DocumentPort, StructureReport } from "../document/port";
import { isWordAdapterError } from "../document/word/errors";

export interface ValidatePlanInput {
  document: Pick<DocumentPort, "read" | "structure" | "colour">;
  /** True when the person opted in to structuring from the ribbon (their personal setting, never the document's). */
  autoStructure: boolean;
  /** The calendar to validate against, asked for after the read (it may depend on the document's shared state). */
  calendar: () => Calendar;
  /** ISO date the milestones are judged against (the person's as-of setting, else today). */
  asOf: string;
  /** Days ahead within which an open due date needs attention (the domain's default when not given). */
  horizonDays?: number;
  /** Which states turn the item number cell red (default: attention and jeopardy). */
  redFor?: RedPolicy;
}

export type ValidatePlanOutcome =
  | {
      kind: "validated";
      asOf: string;
      items: number;
      jeopardy: number;
      attention: number;
      colour: ColourReport;
      structured: StructureReport | null;
      /** The engine's result, for the validation history. */
      result: ValidationResult;
    }
  | { kind: "not-a-plan" }
  | { kind: "failed"; code: string; message: string };

export async function validatePlanCommand(input: ValidatePlanInput): Promise<ValidatePlanOutcome> {
  try {
    const structured = input.autoStructure ? await input.document.structure() : null;
    const read = await input.document.read();
    if (allItems(read.plan).length === 0) return { kind: "not-a-plan" };
    const result = validatePlan(read.plan, input.calendar(), input.asOf, input.horizonDays === undefined ? {} : { horizonDays: input.horizonDays }, read.findings);
    const marks = colourMarks(result, { redFor: input.redFor ?? DEFAULT_RED_POLICY });
    const colour = await input.document.colour(marks, read.fingerprints);
    return {
      kind: "validated",
      asOf: input.asOf,
      items: result.summary.items,
      jeopardy: result.summary.states.jeopardy,
      attention: result.summary.states.attention,
      colour,
      structured,
      result,
    };
  } catch (error) {
    if (isWordAdapterError(error)) return { kind: "failed", code: error.code, message: error.message };
    throw error;
  }
}

/** Today's date in the person's time zone, as YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
