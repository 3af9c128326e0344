/**
 * Text preservation on the Word host simulator, as a property over random operation sequences on the whole actual
 * plan: structure / colour as of a random date / insert a random valid status block into a random item / uncolour /
 * unstructure, in any order. After every step:
 *  - every paragraph that was in the document is still there, in order, in its cell (or in the body);
 *  - the only new paragraphs are the rendered lines of the status blocks inserted, at the top of their item's status cell;
 *  - a person's red (a number cell shaded before the add-in ever ran) is unchanged;
 *  - every other cell is either as it was or, for an item the last colour wanted red, shaded with the add-in's red.
 * Each run touches the whole plan (375 items), so the number of runs is small.
 */
import fc from "fast-check";
import { defaultCalendar } from "../src/domain/calendar";
import { colourMarks } from "../src/domain/colouring";
import type { DocModel } from "../src/domain/document-model";
import { allItems } from "../src/domain/plan";
import { renderStatusBlock } from "../src/domain/status-block";
import { isRedShading } from "../src/domain/shading";
import { validatePlan } from "../src/domain/validate";
import { ADDIN_RED } from "../src/document/colour-plan";
import { isWordAdapterError } from "../src/document/word/errors";
import { WordDocument } from "../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice } from "../src/simulator";
import { planModel } from "./fixtures/docx/actual-plan";
import { cellKey, operations, seededRandom, textDifferences, textLayout, type Operation, type TextLayout } from "./reliability-support";

const original: DocModel = planModel();
const originalLayout = textLayout(original);
const personRed = new Map([...originalLayout.shading].filter(([, shading]) => shading !== null));

function copyLayout(layout: TextLayout): TextLayout {
  return { body: [...layout.body], cells: new Map([...layout.cells].map(([key, texts]) => [key, [...texts]])), shading: new Map(layout.shading) };
}

interface Run {
  doc: WordDocument;
  expected: TextLayout;
  /** Number cells the last colour wanted red (by cell key); cleared by an uncolour. */
  wantedRed: Set<string>;
  /** Number cells the last colour did not want red. */
  log: string[];
}

async function apply(run: Run, step: Operation): Promise<void> {
  const { doc } = run;
  if (step.kind === "structure") {
    const report = await doc.structure();
    run.log.push(`structure: ${report.wrapped} wrapped`);
  } else if (step.kind === "unstructure") {
    const report = await doc.unstructure();
    run.log.push(`unstructure: ${report.removed} removed`);
  } else if (step.kind === "colour" || step.kind === "uncolour") {
    const read = await doc.read();
    const marks =
      step.kind === "colour"
        ? colourMarks(validatePlan(read.plan, defaultCalendar(), step.asOf, {}, read.findings))
        : allItems(read.plan).map((item) => ({ itemKey: item.key, red: false }));
    const report = await doc.colour(marks, read.fingerprints);
    expect(report.conflicts).toEqual([]);
    const numberCell = new Map(allItems(read.plan).map((item) => [item.key, item.cells.id]));
    run.wantedRed.clear();
    for (const mark of marks) {
      const address = numberCell.get(mark.itemKey);
      if (address && mark.red) run.wantedRed.add(cellKey(address.table, address.row, address.cell));
    }
    run.log.push(`${step.kind}${step.kind === "colour" ? ` ${step.asOf}` : ""}: ${report.marked} marked, ${report.cleared} cleared`);
  } else {
    const read = await doc.read();
    const items = allItems(read.plan);
    const item = items[step.pick % items.length]!;
    try {
      await doc.insertStatusBlock({ itemKey: item.key, block: step.block }, read.fingerprints);
    } catch (error) {
      // Items the add-in cannot tag (no usable number) or without a status row are refused with a typed error.
      if (!isWordAdapterError(error, "Untaggable") && !isWordAdapterError(error, "NoStatusCell")) throw error;
      run.log.push(`insert into ${item.key}: refused (${error.code})`);
      return;
    }
    const status = item.cells.status!;
    const key = cellKey(status.table, status.row, status.cell);
    run.expected.cells.set(key, [...renderStatusBlock(step.block), ...run.expected.cells.get(key)!]);
    run.log.push(`insert into ${item.key}`);
  }
}

function shadingProblems(run: Run, now: TextLayout): string[] {
  const problems: string[] = [];
  for (const [key, before] of originalLayout.shading) {
    const after = now.shading.get(key) ?? null;
    if (personRed.has(key)) {
      if (after !== before) problems.push(`a person's red in ${key} changed from ${before} to ${after}`);
    } else if (run.wantedRed.has(key)) {
      if (after !== ADDIN_RED) problems.push(`${key} should carry the add-in's red, has ${after}`);
    } else if (after !== before) {
      problems.push(`${key} changed from ${before} to ${after} though no colour wanted it red`);
    }
  }
  for (const key of run.wantedRed) if (!isRedShading(now.shading.get(key) ?? null)) problems.push(`${key} was wanted red and is not`);
  return problems;
}

describe("text preservation on the simulator (property)", () => {
  it("any sequence of structure / colour / insert status block / uncolour / unstructure keeps every character in its cell and a person's red", async () => {
    let seed = 1;
    await fc.assert(
      fc.asyncProperty(operations, async (steps) => {
        const sim = createSimulatedWord(structuredClone(original));
        const restore = installSimulatedOffice(globalThis, sim);
        const run: Run = { doc: new WordDocument({ random: seededRandom(seed++) }), expected: copyLayout(originalLayout), wantedRed: new Set(), log: [] };
        try {
          for (const step of steps) {
            await apply(run, step);
            const now = textLayout(sim.exportModel());
            expect({ log: run.log, problems: [...textDifferences(run.expected, now), ...shadingProblems(run, now)] }).toEqual({ log: run.log, problems: [] });
          }
        } finally {
          restore();
        }
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
