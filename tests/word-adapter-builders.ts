/**
 * Test-data builders for the Word adapter's tests: the actual plan as a DocModel, a person's red boxes on it,
 * and the plan ×N (the resolutions repeated with new numbers) for the round-trip counts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { topLevelTables, type DocBlock, type DocModel, type DocTable } from "../src/domain/document-model";
import { allItems, type ActionItem, type Plan } from "../src/domain/plan";
import { cellAt } from "../src/document/fingerprint";
import { recognizeModel } from "../src/document/word/recognize";
import { buildSeedDocModel } from "../src/fixture/seed-text";

const seedText = readFileSync(join(__dirname, "fixtures/wtsa16-action-plan.txt"), "utf8");

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

const HEADING = /^(\s*(?:\d+\.\s*)?)Resolution (\d+)\b/;
const NUMBER = /\b(\d{2,3})-(\d{2}[a-z]?)\b/g;

/**
 * The plan ×times: Section II's resolutions (up to the Opinion) repeated, copy k renumbered Resolution N → N + 100k
 * and item NN-MM → (N+100k)-MM, so every copy is a valid plan of its own numbers (item numbers allow 3 digits).
 */
export function planTimes(times: number): DocModel {
  const model = actualPlanModel();
  const sectionII = model.blocks.findIndex((block) => block.kind === "paragraph" && block.text.startsWith("Section II"));
  const start = model.blocks.findIndex((block, index) => index > sectionII && block.kind === "paragraph" && /^Resolution \d+ - /.test(block.text));
  const end = model.blocks.findIndex((block, index) => index > start && block.kind === "paragraph" && /^Opinion \d+ - /.test(block.text));
  if (start < 0 || end < 0) throw new Error("Section II not found in the seed model");
  const section = model.blocks.slice(start, end);
  const copies: DocBlock[] = [];
  for (let k = 1; k < times; k++) copies.push(...section.map((block) => renumber(structuredClone(block), 100 * k)));
  model.blocks.splice(end, 0, ...copies);
  return model;
}

function renumber(block: DocBlock, offset: number): DocBlock {
  if (block.kind === "paragraph") {
    block.text = block.text.replace(HEADING, (_all, lead: string, number: string) => `${lead}Resolution ${Number(number) + offset}`);
    return block;
  }
  renumberTable(block, offset);
  return block;
}

function renumberTable(table: DocTable, offset: number): void {
  for (const row of table.rows) {
    const first = row.cells[0];
    if (!first) continue;
    for (const paragraph of first.blocks) {
      if (paragraph.kind === "paragraph") paragraph.text = paragraph.text.replace(NUMBER, (_all, prefix: string, serial: string) => `${Number(prefix) + offset}-${serial}`);
    }
  }
}

/** Every cell text of the top-level tables and every body paragraph: what "no character changed" compares. */
export function documentTexts(model: DocModel): string[] {
  const texts: string[] = [];
  const visit = (blocks: readonly DocBlock[]): void => {
    for (const block of blocks) {
      if (block.kind === "paragraph") texts.push(block.text);
      else for (const row of block.rows) for (const cell of row.cells) visit(cell.blocks);
    }
  };
  visit(model.blocks);
  return texts;
}

/** Number-cell shading of every item, by item key. */
export function numberShading(model: DocModel): Map<string, string | null> {
  const plan = recognizeModel(model).plan;
  return new Map(allItems(plan).map((item) => [item.key, item.cells.id ? (cellAt(model, item.cells.id)?.shading ?? null) : null]));
}

export function topLevelTableCount(model: DocModel): number {
  return topLevelTables(model).length;
}
