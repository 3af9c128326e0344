/**
 * Test harness of the task pane: the pane mounted on the REAL Word adapter (WordDocument) driving the Word host
 * simulator over a DocModel, as in the playground. Also: a small plan with one item in each state, a quiet console for
 * the error paths (the pane logs errors through office-helpers), and a port that only detects.
 */
import { configure, render, type RenderResult } from "@testing-library/react";
import { cell, type CellAddress, type DocModel, type DocRow } from "../../src/domain/document-model";
import { allItems, type ItemField } from "../../src/domain/plan";
import { defaultCalendar } from "../../src/domain/calendar";
import { recognizePlan } from "../../src/domain/recognizer";
import { renderStatusBlock } from "../../src/domain/status-block";
import { validatePlan } from "../../src/domain/validate";
import { fingerprintPlan } from "../../src/document/fingerprint";
import { emptySharedState } from "../../src/document/shared-state";
import type { DetectReport, DocumentPort } from "../../src/document/port";
import type { Validation } from "../../src/taskpane/services/validate-document";
import { WordDocument } from "../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../../src/simulator";
import { App, type AppProps } from "../../src/taskpane/App";
import { planDoc, resolutionSection, summaryTable } from "./builders/plan-builders";

// Whole flows on the simulated document (read, validate, colour) on a shared two-core machine: findBy*/waitFor wait
// up to 5 s instead of 1 s, so a busy machine does not fail a correct pane.
configure({ asyncUtilTimeout: 5000 });

export const AS_OF = "2022-01-20";

/** A row of three cells in an action table: neither an item nor a status row, so structure skips it. */
export const STRAY_ROW: DocRow = { cells: [cell("stray"), cell("row"), cell("here")] };

export const LATEST_STATUS = renderStatusBlock({
  date: "2021-09-30",
  event: "TSAG meeting, September 2021",
  state: "On track",
  summary: "Drafting continues.",
  references: [{ kind: "tsag-td", text: "TSAG-TD1187" }],
  nextSteps: "Report to WTSA-20.",
}).join("\n");

/**
 * As of 2022-01-20 with the default calendar: 01-01 ok (due 9 March 2022), 01-02 jeopardy (overdue: Council 2021),
 * 01-03 done, 02-01 ok (ongoing), 02-02 attention (milestone not understood), an item without number (attention,
 * proposed number 02-03), and a stray row that structure skips.
 */
export function smallPlan(): DocModel {
  return planDoc(
    summaryTable([
      { number: 1, title: "Rules of procedure" },
      { number: 2, title: "Mandates" },
    ]),
    resolutionSection(1, "Rules of procedure", [
      { id: "01-01", action: "Revise the rules", milestone: "WTSA-20", status: `${LATEST_STATUS}\nEarlier narrative.` },
      { id: "01-02", action: "Report to Council", milestone: "Council 2021" },
      { id: "01-03", action: "Hold a workshop", milestone: "TSAG 2018", completed: true },
    ]),
    resolutionSection(2, "Mandates", [
      { id: "02-01", action: "Keep mandates current", milestone: "Ongoing" },
      { id: "02-02", action: "Study something", milestone: "Sometime soon" },
      { id: "", action: "An unnumbered action", milestone: "Each TSAG meeting" },
      STRAY_ROW,
    ]),
  );
}

export interface SimulatedPane extends RenderResult {
  sim: SimulatedWord;
  port: WordDocument;
}

let restoreOffice: (() => void) | null = null;

/** Installs the simulator's Office globals (undone by `uninstallSimulatedOffice`, called after each test). */
export function simulatedPort(model: DocModel): { sim: SimulatedWord; port: WordDocument } {
  restoreOffice?.();
  const sim = createSimulatedWord(model);
  restoreOffice = installSimulatedOffice(globalThis, sim);
  return { sim, port: new WordDocument({ random: () => 0.5 }) };
}

export function uninstallSimulatedOffice(): void {
  restoreOffice?.();
  restoreOffice = null;
}

export function renderSimulatedPane(model: DocModel = smallPlan(), props: Partial<AppProps> = {}): SimulatedPane {
  const { sim, port } = simulatedPort(model);
  return { sim, port, ...render(<App port={port} today={() => AS_OF} {...props} />) };
}

/** The pane on a document the adapter structured first (field cells wrapped: fields can be edited in place). */
export async function renderStructuredPane(model: DocModel = smallPlan(), props: Partial<AppProps> = {}): Promise<SimulatedPane> {
  const { sim, port } = simulatedPort(model);
  await port.structure();
  return { sim, port, ...render(<App port={port} today={() => AS_OF} {...props} />) };
}

/** Where an item's field is in the small plan (or another model): the address co-author edits use. */
export function cellOf(model: DocModel, itemId: string, field: ItemField): CellAddress {
  const item = allItems(recognizePlan(model).plan).find((candidate) => (candidate.id ?? candidate.proposedId) === itemId);
  const address = item?.cells[field];
  if (!address) throw new Error(`No ${field} cell for item ${itemId}`);
  return address;
}

/** Silences console output of expected error paths; returns a restore function. */
export function quietConsole(): () => void {
  const methods = ["error", "warn", "log", "group", "groupCollapsed", "groupEnd"] as const;
  const spies = methods.map((method) => jest.spyOn(console, method).mockImplementation(() => undefined));
  return () => spies.forEach((spy) => spy.mockRestore());
}

/** A validation as the pane holds it, computed without a document adapter (for the pure pane services). */
export function validationOf(model: DocModel, asOf = AS_OF): Validation {
  const { plan, findings } = recognizePlan(model);
  const calendar = defaultCalendar();
  return {
    asOf,
    read: { model, plan, findings, structure: "plain", fingerprints: fingerprintPlan(model, plan), sharedState: { state: emptySharedState(), location: { kind: "custom-xml", partId: null } } },
    result: validatePlan(plan, calendar, asOf, {}, findings),
    colour: null,
    calendar,
    kind: "validated",
    structured: null,
  };
}

/**
 * A port whose detect() answers from a queue (the last answer repeats; an Error is thrown) and counts its calls; every
 * other operation rejects, so a view that asks for anything else fails loudly.
 */
export function detectOnlyPort(...answers: Array<DetectReport | Error>): DocumentPort & { detectCalls: number } {
  const outside = (): Promise<never> => Promise.reject(new Error("not used by this test"));
  const port = {
    detectCalls: 0,
    detect: async (): Promise<DetectReport> => {
      const answer = answers[Math.min(port.detectCalls++, answers.length - 1)];
      if (answer === undefined) throw new Error("detectOnlyPort needs at least one answer");
      if (answer instanceof Error) throw answer;
      return answer;
    },
    read: outside,
    structure: outside,
    unstructure: outside,
    colour: outside,
    insertStatusBlock: outside,
    setField: outside,
  };
  return port;
}
