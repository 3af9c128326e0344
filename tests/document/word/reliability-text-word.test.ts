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
import type { DocModel } from "../../../src/domain/document-model";
import { isDocumentError } from "../../../src/document/document-error";
import { WordDocument } from "../../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice } from "../../../src/simulator";
import { planModel } from "../../support/docx/actual-plan";
import { applyOperation, operations, runProblems, seededRandom, startRun, textLayout } from "../../support/reliability-support";

const original: DocModel = planModel();
const originalLayout = textLayout(original);

/** Items the add-in cannot tag (no usable number) or without a status row are refused with a typed error. */
function refusalCode(error: unknown): string | undefined {
  return isDocumentError(error, "Untaggable") || isDocumentError(error, "NoStatusCell") ? error.code : undefined;
}

describe("text preservation on the simulator (property)", () => {
  it("any sequence of structure / colour / insert status block / uncolour / unstructure keeps every character in its cell and a person's red", async () => {
    let seed = 1;
    await fc.assert(
      fc.asyncProperty(operations, async (steps) => {
        const sim = createSimulatedWord(structuredClone(original));
        const restore = installSimulatedOffice(globalThis, sim);
        const run = startRun(new WordDocument({ random: seededRandom(seed++) }), originalLayout, refusalCode);
        try {
          for (const step of steps) {
            await applyOperation(run, step);
            expect({ log: run.log, problems: runProblems(run, textLayout(sim.exportModel())) }).toEqual({ log: run.log, problems: [] });
          }
        } finally {
          restore();
        }
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
