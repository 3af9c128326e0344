/**
 * The document the playground works on: the actual plan (its plain-text export, embedded in the bundle) loaded into
 * the Word host simulator, installed as the page's `Word`/`Office` globals so that the task pane's real Office.js
 * adapter (WordDocument) runs on it unchanged.
 */
import type { DocModel } from "../domain/document-model";
import { WordDocument } from "../document/word/word-document";
import { actualPlanModel, PERSON_RED_NUMBER_CELLS } from "../fixture/actual-plan-docx";
import { scaledPlan } from "../fixture/scaled-plan";
import { buildSeedDocModel } from "../fixture/seed-text";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../simulator";
import seedText from "../fixture/wtsa16-action-plan.txt";

export const PLAN_SIZES = [1, 4] as const;
export type PlanSize = (typeof PLAN_SIZES)[number];

/** The item numbers whose number cells a person shaded red in the actual plan (the .docx fixture's red boxes). */
export const PERSON_RED_ITEMS: readonly string[] = Object.keys(PERSON_RED_NUMBER_CELLS);

export interface DocumentSettings {
  size: PlanSize;
  /** Start with the red boxes a person set (the add-in must never remove them). */
  personRed: boolean;
}

export const DEFAULT_SETTINGS: DocumentSettings = { size: 1, personRed: true };

export interface PlaygroundDocument {
  simulator: SimulatedWord;
  /** The task pane's document port: the real Word adapter, calling the simulator through the installed globals. */
  port: WordDocument;
}

export function planModel(settings: DocumentSettings): DocModel {
  const model = settings.personRed ? actualPlanModel(seedText) : buildSeedDocModel(seedText);
  return settings.size === 1 ? model : scaledPlan(model, settings.size);
}

declare global {
  /**
   * The open document's simulator and adapter, for poking at them from the browser console
   * (e.g. `await playground.port.structure()`, `playground.simulator.stats`) and for the end-to-end tests.
   */
  var playground: PlaygroundDocument | undefined;
}

/** A fresh simulated document, installed as the page's Office globals (replacing the previous one). */
export function openPlaygroundDocument(settings: DocumentSettings): PlaygroundDocument {
  const simulator = createSimulatedWord(planModel(settings));
  installSimulatedOffice(globalThis, simulator);
  const document: PlaygroundDocument = { simulator, port: new WordDocument() };
  globalThis.playground = document;
  return document;
}
