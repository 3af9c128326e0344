/**
 * The Word adapter's test session on the Word host simulator: open a document (the simulated Office installed, a
 * seeded random source for status-block ids), the validation marks of a read, and what the simulator holds (the
 * add-in's shared red marks, its tags, control colours). closeSimulated() after each test uninstalls it.
 */
import { expect } from "@jest/globals";
import { defaultCalendar } from "../../src/domain/calendar";
import { colourMarks } from "../../src/domain/colouring";
import type { DocModel } from "../../src/domain/document-model";
import type { Plan } from "../../src/domain/plan";
import type { StatusBlock } from "../../src/domain/status-block";
import { validatePlan } from "../../src/domain/validate";
import { isDocumentError, type DocumentErrorCode } from "../../src/document/document-error";
import type { ReadResult } from "../../src/document/port";
import { recognizeModel } from "../../src/document/recognize";
import { parseSharedState, STATE_NAMESPACE } from "../../src/document/shared-state";
import { isOurTag } from "../../src/document/tags";
import { WordDocument } from "../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord, type SimulatorOptions } from "../../src/simulator";

/** 22-04 is late as of 2022-01-20 and recovers as of 2019-01-01; 01-05 is never late. Both were shaded by a person. */
export const PERSON_RED_ITEMS = ["22-04", "01-05"];
export const AS_OF = "2022-01-20";
export const RECOVERED_AS_OF = "2019-01-01";
export const ITEMS = 375;
/** A person's non-red highlight on a number cell. */
export const YELLOW = "#FFFF00";
export const FIELD_CELLS = ITEMS * 6;

let restore: (() => void) | null = null;

export function closeSimulated(): void {
  restore?.();
  restore = null;
}

export function open(model: DocModel, options: SimulatorOptions = {}): { sim: SimulatedWord; doc: WordDocument } {
  const sim = createSimulatedWord(model, options);
  restore = installSimulatedOffice(globalThis, sim);
  let seed = 7;
  const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return { sim, doc: new WordDocument({ random }) };
}

export function marksFor(read: ReadResult, asOf: string): ReturnType<typeof colourMarks> {
  return colourMarks(validatePlan(read.plan, defaultCalendar(), asOf, {}, read.findings));
}

export function redKeys(read: ReadResult, asOf: string): string[] {
  return marksFor(read, asOf)
    .filter((mark) => mark.red)
    .map((mark) => mark.itemKey);
}

export function sharedRedMarks(sim: SimulatedWord): string[] {
  const parts = sim.getCustomXmlParts().filter((part) => part.namespaceUri === STATE_NAMESPACE);
  expect(parts.length).toBeLessThanOrEqual(1);
  return parts[0] ? parseSharedState(parts[0].xml).redMarks.map((mark) => mark.itemId).sort() : [];
}

export function ourTags(model: DocModel): string[] {
  const tags: string[] = [];
  const visit = (blocks: DocModel["blocks"]): void => {
    for (const block of blocks) {
      if (block.kind === "paragraph") tags.push(...(block.controls ?? []).map((control) => control.tag));
      else
        for (const row of block.rows)
          for (const cell of row.cells) {
            if (cell.control) tags.push(cell.control.tag);
            visit(cell.blocks);
          }
    }
  };
  visit(model.blocks);
  return tags.filter((tag) => isOurTag(tag));
}

export async function controlColours(sim: SimulatedWord, tag: string): Promise<string[]> {
  return await sim.run(async (context) => {
    const controls = context.document.body.contentControls.getByTag(tag).load("items/color");
    await context.sync();
    return controls.items.map((control) => control.color);
  });
}

export async function expectAdapterError(promise: Promise<unknown>, code: DocumentErrorCode): Promise<void> {
  let caught: unknown = null;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(isDocumentError(caught, code)).toBe(true);
}

export function planOf(sim: SimulatedWord): Plan {
  return recognizeModel(sim.exportModel()).plan;
}

export function sampleBlock(): StatusBlock {
  return {
    date: "2022-01-20",
    event: "TSAG, January 2022",
    state: "On track",
    summary: "SG2, SG3 and SG5 reported.\nSG9 report pending.",
    references: [{ kind: "tsag-td", text: "TSAG-TD1187" }],
    nextSteps: "Report to WTSA-20.",
  };
}
