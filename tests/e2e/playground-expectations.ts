/**
 * What the domain engine says about the plan the playground opens (the actual plan with the red boxes a person set,
 * src/fixture/actual-plan-docx.ts), computed in the test process: the end-to-end tests compare the page with these.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { colourMarks } from "../../src/domain/colouring";
import { defaultCalendar } from "../../src/domain/calendar";
import type { CellAddress } from "../../src/domain/document-model";
import { allItems, type ActionItem, type Plan } from "../../src/domain/plan";
import { recognizePlan, type Recognition } from "../../src/domain/recognizer";
import { validatePlan } from "../../src/domain/validate";
import type { ValidationResult } from "../../src/domain/validation-types";
import { actualPlanModel, PERSON_RED_NUMBER_CELLS } from "../../src/fixture/actual-plan-docx";
import { REPO_ROOT } from "../../scripts/manifest-checks";

export const SEED_TEXT = readFileSync(join(REPO_ROOT, "src", "fixture", "wtsa16-action-plan.txt"), "utf8");

/** A cell address as the playground's document view writes it in `data-cell`. */
export function cellKey(address: CellAddress): string {
  return `${address.table}.${address.row}.${address.cell}`;
}

export interface PlanExpectations {
  plan: Plan;
  items: ActionItem[];
  result: ValidationResult;
  /** Findings the pane lists: every item's findings and the plan's. */
  findings: number;
  /** Number cells red after colouring: the items the engine marks red, and those a person shaded red. */
  redNumberCells: string[];
  /** Items a person shaded red that the engine does not mark (their red must survive colouring). */
  personRedOnly: string[];
}

let cachedRecognition: Recognition | undefined;

/** The actual plan as the domain engine recognizes it (once per test file: it is the same for every as-of date). */
export function actualPlanRecognition(): Recognition {
  cachedRecognition ??= recognizePlan(actualPlanModel(SEED_TEXT));
  return cachedRecognition;
}

export function expectationsAsOf(asOf: string): PlanExpectations {
  const recognition = actualPlanRecognition();
  const items = allItems(recognition.plan);
  const result = validatePlan(recognition.plan, defaultCalendar(), asOf, {}, recognition.findings);
  const engineRed = new Set(colourMarks(result).filter((mark) => mark.red).map((mark) => mark.itemKey));
  const personRed = new Set(Object.keys(PERSON_RED_NUMBER_CELLS));
  const red = items.filter((item) => engineRed.has(item.key) || (item.id !== null && personRed.has(item.id)));
  return {
    plan: recognition.plan,
    items,
    result,
    findings: result.planFindings.length + result.items.reduce((sum, item) => sum + item.findings.length, 0),
    redNumberCells: red.map((item) => cellKey(item.cells.id!)).sort(),
    personRedOnly: items.filter((item) => item.id !== null && personRed.has(item.id) && !engineRed.has(item.key)).map((item) => item.id!),
  };
}

/** The plan's item with that number; fails the test when the actual plan has none. */
export function itemById(expected: PlanExpectations, id: string): ActionItem {
  const item = expected.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`the actual plan has no item ${id}`);
  return item;
}
