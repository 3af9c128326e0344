/**
 * Validate: (structure first, when asked) → read (which carries the shared state: calendar changes, red marks) →
 * validate the plan as of a date with the domain engine → colour the document (unless only checking). The one
 * validation of the ribbon's "Validate plan", the pane's Validate and the CLI's check and colour.
 * Each step is announced before it starts; the presenter may return a promise from `onStep` (the pane yields to the
 * browser there so that its progress is painted).
 */
import type { Calendar } from "../domain/calendar";
import { colourMarks, DEFAULT_RED_POLICY, type RedPolicy } from "../domain/colouring";
import { allItems } from "../domain/plan";
import { validatePlan } from "../domain/validate";
import type { ValidationResult } from "../domain/validation-types";
import type { ColourReport, DocumentPort, ReadResult, StructureReport } from "../document/port";
import { calendarForDocument, type CalendarProvider } from "./document-calendar";
import { asJob, type JobFailed, type NotAPlan } from "./job-outcome";

export const VALIDATION_STEPS = ["structuring", "reading", "validating", "colouring"] as const;
export type ValidationStep = (typeof VALIDATION_STEPS)[number];

export interface ValidateRequest {
  /** ISO date the milestones are judged against. */
  asOf: string;
  /** Days ahead within which an open due date needs attention (the domain's default when not given). */
  horizonDays?: number;
  /** Which states turn the item number cell red (default: attention and jeopardy). */
  redFor?: RedPolicy;
  /** Structure the document before reading it (the ribbon, when the person opted in). */
  structureFirst?: boolean;
  /** False to validate only, writing nothing (the CLI's check). Default true. */
  colour?: boolean;
  /** The calendar, from the read's shared state (default: the shipped calendar with the document's changes). */
  calendar?: CalendarProvider;
  /** Called before each step; before validating, with the number of items read. */
  onStep?: (step: ValidationStep, detail?: { items: number }) => void | Promise<void>;
}

export interface Validated {
  kind: "validated";
  asOf: string;
  read: ReadResult;
  result: ValidationResult;
  /** The calendar the milestones were resolved against (the pane shows event names from it). */
  calendar: Calendar;
  /** How the document was coloured; null when only checking. */
  colour: ColourReport | null;
  /** What structuring first did; null when not asked. */
  structured: StructureReport | null;
}

export type ValidateOutcome = Validated | NotAPlan | JobFailed;

export type ValidatableDocument = Pick<DocumentPort, "read" | "structure" | "colour">;

export async function validateJob(document: ValidatableDocument, request: ValidateRequest): Promise<ValidateOutcome> {
  return await asJob(async (): Promise<Validated | NotAPlan> => {
    let structured: StructureReport | null = null;
    if (request.structureFirst) {
      await request.onStep?.("structuring");
      structured = await document.structure();
    }
    await request.onStep?.("reading");
    const read = await document.read();
    if (allItems(read.plan).length === 0) return { kind: "not-a-plan", findings: read.findings };
    await request.onStep?.("validating", { items: allItems(read.plan).length });
    const calendar = await (request.calendar ?? calendarForDocument)(read.sharedState);
    const options = request.horizonDays === undefined ? {} : { horizonDays: request.horizonDays };
    const result = validatePlan(read.plan, calendar, request.asOf, options, read.findings);
    let colour: ColourReport | null = null;
    if (request.colour !== false) {
      await request.onStep?.("colouring");
      colour = await document.colour(colourMarks(result, { redFor: request.redFor ?? DEFAULT_RED_POLICY }), read);
    }
    return { kind: "validated", asOf: request.asOf, read, result, calendar, colour, structured };
  });
}
