/**
 * Both adapters report the same DetectReport for the same document — the actual plan and the plan ×2, plain and
 * structured — and their "resolutions" is the validation summary's (what the CLI prints): resolutions with an
 * action table, so Opinion 1, which has none, is not counted. The Word adapter's detect stays at one round trip.
 */
import { defaultCalendar } from "../src/domain/calendar";
import type { DocModel } from "../src/domain/document-model";
import { validatePlan } from "../src/domain/validate";
import { openDocx } from "../src/document/docx/docx-document";
import type { DetectReport } from "../src/document/port";
import { recognizeModel } from "../src/document/recognize";
import { WordDocument } from "../src/document/word/word-document";
import { writeDocx } from "../src/fixture/docx-writer";
import { scaledPlan } from "../src/fixture/scaled-plan";
import { createSimulatedWord, installSimulatedOffice } from "../src/simulator";
import { planModel } from "./fixtures/docx/actual-plan";

/** Section II of the WTSA-16 plan: 60 resolutions with action tables, then Opinion 1 without one. */
const RESOLUTIONS_WITH_TABLES = 60;
const ITEMS = 375;

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

async function wordDetect(model: DocModel): Promise<{ report: DetectReport; syncs: number; structured: DocModel }> {
  const sim = createSimulatedWord(model);
  restore = installSimulatedOffice(globalThis, sim);
  const doc = new WordDocument();
  const before = sim.stats.syncs;
  const report = await doc.detect();
  const syncs = sim.stats.syncs - before;
  await doc.structure();
  const structured = sim.exportModel();
  restore();
  restore = null;
  return { report, syncs, structured };
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
    expect(word.report).toEqual({ isActionPlan: true, structure: "plain", resolutions: RESOLUTIONS_WITH_TABLES * times, items: ITEMS * times, structuredItems: 0, conflictingControls: 0 });
    expect(docx).toEqual(word.report);
    const recognized = recognizeModel(model);
    expect(validatePlan(recognized.plan, defaultCalendar(), "2022-01-20", {}, recognized.findings).summary.resolutions).toBe(word.report.resolutions);
    // Opinion 1 is recognized (the plan lists it) but has no action table: not counted.
    expect(recognized.plan.resolutions.length).toBe(RESOLUTIONS_WITH_TABLES * times + 1);

    // Structured by the Word adapter, read by both.
    const structuredWord = await wordDetect(word.structured);
    const structuredDocx = await docxDetect(word.structured);
    expect(structuredWord.report).toMatchObject({ structure: "structured", structuredItems: ITEMS * times, resolutions: RESOLUTIONS_WITH_TABLES * times });
    expect(structuredDocx).toEqual(structuredWord.report);
  });
});
