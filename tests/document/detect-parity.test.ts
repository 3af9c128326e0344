/**
 * Both adapters report the same DetectReport for the same document — the actual plan and the plan ×2, plain and
 * structured — and their "resolutions" is the validation summary's (what the CLI prints): resolutions with an
 * action table, so Opinion 1, which has none, is not counted. The Word adapter's detect stays at one round trip.
 * Both count the add-in's controls of any kind, also in a plain document whose only ones are a status block's.
 */
import { defaultCalendar } from "../../src/domain/calendar";
import type { DocModel } from "../../src/domain/document-model";
import { allItems } from "../../src/domain/plan";
import type { StatusBlock } from "../../src/domain/status-block";
import { validatePlan } from "../../src/domain/validate";
import { openDocx } from "../../src/document/docx/docx-document";
import type { DetectReport } from "../../src/document/port";
import { recognizeModel } from "../../src/document/recognize";
import { WordDocument } from "../../src/document/word/word-document";
import { writeDocx } from "../../src/fixture/docx-writer";
import { scaledPlan } from "../../src/fixture/scaled-plan";
import { createSimulatedWord, installSimulatedOffice } from "../../src/simulator";
import { planModel } from "../support/docx/actual-plan";

/** Section II of the WTSA-16 plan: 60 resolutions with action tables, then Opinion 1 without one. */
const RESOLUTIONS_WITH_TABLES = 60;
const ITEMS = 375;

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

async function wordDetect(model: DocModel): Promise<{ report: DetectReport; syncs: number; structured: DocModel; wrapped: number }> {
  const sim = createSimulatedWord(model);
  restore = installSimulatedOffice(globalThis, sim);
  const doc = new WordDocument();
  const before = sim.stats.syncs;
  const report = await doc.detect();
  const syncs = sim.stats.syncs - before;
  const { wrapped, alreadyWrapped } = await doc.structure();
  const structured = sim.exportModel();
  restore();
  restore = null;
  return { report, syncs, structured, wrapped: wrapped + alreadyWrapped };
}

async function docxDetect(model: DocModel): Promise<DetectReport> {
  return (await openDocx(await writeDocx(model))).detect();
}

describe.each([1, 2])("the actual plan ×%i", (times) => {
  it("gives the same DetectReport in the Word adapter (one round trip), the .docx adapter and the validation summary, plain and structured", async () => {
    const model = scaledPlan(planModel(), times);
    const word = await wordDetect(model);
    const docx = await docxDetect(model);

    expect(word.syncs).toBe(1);
    expect(word.report).toEqual({ isActionPlan: true, structure: "plain", resolutions: RESOLUTIONS_WITH_TABLES * times, items: ITEMS * times, structuredItems: 0, conflictingControls: 0, addinControls: 0 });
    expect(docx).toEqual(word.report);
    const recognized = recognizeModel(model);
    expect(validatePlan(recognized.plan, defaultCalendar(), "2022-01-20", {}, recognized.findings).summary.resolutions).toBe(word.report.resolutions);
    // Opinion 1 is recognized (the plan lists it) but has no action table: not counted.
    expect(recognized.plan.resolutions.length).toBe(RESOLUTIONS_WITH_TABLES * times + 1);

    // Structured by the Word adapter, read by both.
    const structuredWord = await wordDetect(word.structured);
    const structuredDocx = await docxDetect(word.structured);
    // Every control structure wrapped is counted, by both.
    expect(structuredWord.report).toMatchObject({ structure: "structured", structuredItems: ITEMS * times, resolutions: RESOLUTIONS_WITH_TABLES * times, addinControls: word.wrapped });
    expect(structuredDocx).toEqual(structuredWord.report);
  });
});

describe("a plain document whose only add-in controls are a status block's", () => {
  const block: StatusBlock = { date: "2022-01-10", event: "TSAG meeting, January 2022", state: "On track", summary: "Drafted.", references: [], nextSteps: "Report." };

  it("both adapters say plain, and count the status block's controls (what unstructure removes)", async () => {
    // The same block inserted by each adapter (a model written back to .docx would split a control spanning several
    // paragraphs into one per paragraph, so the .docx side inserts its own).
    const sim = createSimulatedWord(planModel());
    restore = installSimulatedOffice(globalThis, sim);
    const doc = new WordDocument();
    const read = await doc.read();
    const item = allItems(read.plan).find((candidate) => candidate.id === "01-01")!;
    await doc.insertStatusBlock({ itemKey: item.key, block }, read.fingerprints);
    const before = sim.stats.syncs;
    const word = await doc.detect();
    expect(sim.stats.syncs - before).toBe(1);

    const docx = await openDocx(await writeDocx(planModel()));
    const docxRead = await docx.read();
    await docx.insertStatusBlock({ itemKey: item.key, block }, docxRead.fingerprints);

    expect(word).toMatchObject({ structure: "plain", structuredItems: 0, conflictingControls: 0 });
    // The block's container and its parts' controls.
    expect(word.addinControls).toBeGreaterThan(1);
    expect(await docx.detect()).toEqual(word);
    expect((await doc.unstructure()).removed).toBe(word.addinControls);
    expect((await docx.unstructure()).removed).toBe(word.addinControls);
    expect((await doc.detect()).addinControls).toBe(0);
    expect((await docx.detect()).addinControls).toBe(0);
  });
});
