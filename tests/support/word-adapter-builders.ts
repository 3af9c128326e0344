/**
 * Test-data builders for the Word adapter's tests: the actual plan as a DocModel, a person's red boxes on it,
 * and the plan ×N (the resolutions repeated with new numbers) for the round-trip counts.
 */
import { topLevelTables, type DocModel } from "../../src/domain/document-model";
import { allItems, type ActionItem, type Plan } from "../../src/domain/plan";
import { cellAt } from "../../src/document/fingerprint";
import { recognizeModel } from "../../src/document/word/recognize";
import { buildSeedDocModel } from "../../src/fixture/seed-text";
import { scaledPlan } from "../../src/fixture/scaled-plan";
import { readSeedText } from "../../src/fixture/seed-file";

const seedText = readSeedText();

export function actualPlanModel(): DocModel {
  return buildSeedDocModel(seedText);
}

/** Red a person set by hand, as the maintainers do today (a dark red, not the add-in's pure red). */
export const PERSON_RED = "#C00000";

export function itemOf(plan: Plan, id: string): ActionItem {
  const item = allItems(plan).find((candidate) => candidate.id === id);
  if (!item) throw new Error(`The plan has no item ${id}`);
  return item;
}

/** Shades the number cells of `ids` red by hand. */
export function withPersonRed(model: DocModel, ids: readonly string[]): DocModel {
  const plan = recognizeModel(model).plan;
  for (const id of ids) cellAt(model, itemOf(plan, id).cells.id!)!.shading = PERSON_RED;
  return model;
}

/** The plan ×times, copies renumbered (see src/fixture/scaled-plan.ts), for the round-trip counts. */
export function planTimes(times: number): DocModel {
  return scaledPlan(actualPlanModel(), times);
}


/** Number-cell shading of every item, by item key. */
export function numberShading(model: DocModel): Map<string, string | null> {
  const plan = recognizeModel(model).plan;
  return new Map(allItems(plan).map((item) => [item.key, item.cells.id ? (cellAt(model, item.cells.id)?.shading ?? null) : null]));
}

export function topLevelTableCount(model: DocModel): number {
  return topLevelTables(model).length;
}
