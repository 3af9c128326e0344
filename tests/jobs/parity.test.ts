/**
 * One validation, three presenters, two adapters, one answer. The same document — the actual plan with calendar changes
 * shared in it (WTSA-20 moved earlier), a person's red boxes, a number used twice and the plan's own missing numbers —
 * goes through the ribbon's job (validatePlanCommand), the pane's (validateDocument with storage's calendar sync) and
 * the CLI (check --format json, colour), on the Word host simulator and on the .docx. All give the same item states,
 * findings, red marks and outcome kinds; so do a document that is not a plan and one whose shared state is damaged.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { validatePlanCommand } from "../../src/commands/validate-plan";
import { defaultCalendar, type CalendarOverride } from "../../src/domain/calendar";
import { serializeCalendarOverrides } from "../../src/domain/calendar-overrides-json";
import type { DocModel } from "../../src/domain/document-model";
import { validatePlan } from "../../src/domain/validate";
import type { ValidationResult } from "../../src/domain/validation-types";
import { openDocx } from "../../src/document/docx/docx-document";
import { cellAt } from "../../src/document/fingerprint";
import type { DocumentPort, SharedStateAccess } from "../../src/document/port";
import type { CalendarProvider } from "../../src/jobs/document-calendar";
import { recognizeModel } from "../../src/document/recognize";
import { emptySharedState, serializeSharedState, type SharedState } from "../../src/document/shared-state";
import { WordDocument } from "../../src/document/word/word-document";
import { writeDocx } from "../../src/fixture/docx-writer";
import type { ValidateOutcome } from "../../src/jobs/validate";
import JSZip from "jszip";
import { createSimulatedWord, installSimulatedOffice } from "../../src/simulator";
import { MemoryLocalStore } from "../../src/storage/memory-store";
import { CalendarSync } from "../../src/storage/shared-calendar";
import { validateDocument } from "../../src/taskpane/services/validate-document";
import type { CheckJson } from "../../src/cli/reports/check-json";
import { planModel } from "../support/docx/actual-plan";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";
import { itemOf } from "../support/word-adapter-builders";

const AS_OF = "2022-01-20";

/** WTSA-20 as a co-author moved it in the document's shared calendar: before the as-of date, so its items are overdue. */
const MOVED_WTSA20: CalendarOverride = {
  action: "replace",
  event: { id: "WTSA-20", series: "WTSA", name: "WTSA-20 (moved)", start: "2021-10-04", end: "2021-10-08", precision: "day", source: "parity test" },
};
const SHARED: SharedState = { ...emptySharedState(), documentKey: "6f1c2d3e-0000-4000-8000-000000000001", calendarOverrides: serializeCalendarOverrides([MOVED_WTSA20]) };

/** The actual plan (with its person's red boxes and missing numbers 22-10, 44-36) and 20-04 renumbered 20-03. */
function parityModel(): DocModel {
  const model = planModel();
  const number = cellAt(model, itemOf(recognizeModel(model).plan, "20-04").cells.id!)!;
  const paragraph = number.blocks[0];
  if (paragraph?.kind !== "paragraph") throw new Error("20-04's number cell has no paragraph");
  paragraph.text = "20-03";
  return model;
}

/** What is compared: per item (document order) its number, state and findings; the plan's findings; the red marks. */
interface Answer {
  kind: string;
  items?: { id: string | null; state: string; findings: string[] }[];
  planFindings?: string[];
  redMarks?: string[];
}

function fromResult(result: ValidationResult): Pick<Answer, "items" | "planFindings"> {
  return {
    items: result.items.map((item) => ({ id: item.itemId, state: item.state, findings: item.findings.map((finding) => `${finding.rule}: ${finding.message}`) })),
    planFindings: result.planFindings.map((finding) => `${finding.rule}: ${finding.message}`),
  };
}

function fromOutcome(outcome: ValidateOutcome, state: SharedState | null): Answer {
  if (outcome.kind !== "validated") return { kind: outcome.kind === "failed" ? `failed ${outcome.code}` : outcome.kind };
  return { kind: outcome.kind, ...fromResult(outcome.result), ...(state && { redMarks: state.redMarks.map((mark) => mark.itemId).sort() }) };
}

/** The pane's calendar: storage's CalendarSync over the adapter's shared-state access, from the validation's own read. */
function paneCalendar(access: SharedStateAccess): CalendarProvider {
  const sync = new CalendarSync({ access, store: new MemoryLocalStore() });
  return async (shared) => (await sync.fromDocumentState(shared.error ? { error: shared.error } : { state: shared.state })).calendar;
}

type Presenter = "ribbon" | "pane";

async function throughWord(model: DocModel, presenter: Presenter, state: SharedState | "damaged" | null): Promise<Answer> {
  const sim = createSimulatedWord(model);
  const restore = installSimulatedOffice(globalThis, sim);
  try {
    const document = new WordDocument();
    if (state === "damaged") await seedDamagedPart(sim);
    else if (state) await document.sharedStateAccess().update(() => state);
    const outcome = presenter === "ribbon"
      ? await validatePlanCommand({ document, autoStructure: false, asOf: AS_OF })
      : await validateDocument(document, { asOf: AS_OF, calendar: paneCalendar(document.sharedStateAccess()) });
    const after = outcome.kind === "validated" ? (await new WordDocument().read()).sharedState.state : null;
    return fromOutcome(outcome, after);
  } finally {
    restore();
  }
}

/** A state part another tool damaged: a red mark naming something that is not an item number. */
const DAMAGED_STATE = '<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1"><redMark item="not-a-number" colour="#FF0000"/></actionPlanState>';

const DAMAGED_MESSAGE = 'A red mark in the add-in\'s document state names "not-a-number", which is not an action item number.';

async function seedDamagedPart(sim: ReturnType<typeof createSimulatedWord>): Promise<void> {
  await sim.run(async (context) => {
    context.document.customXmlParts.add(DAMAGED_STATE);
    await context.sync();
  });
}

async function docxWith(model: DocModel, state: SharedState | "damaged" | null): Promise<Uint8Array> {
  const bytes = await writeDocx(model);
  if (!state) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  zip.file("customXml/item1.xml", state === "damaged" ? DAMAGED_STATE : serializeSharedState(state));
  return await zip.generateAsync({ type: "uint8array" });
}

async function throughDocx(model: DocModel, presenter: Presenter, state: SharedState | "damaged" | null): Promise<Answer> {
  const document = await openDocx(await docxWith(model, state));
  const outcome = presenter === "ribbon"
    ? await validatePlanCommand({ document: document as DocumentPort, autoStructure: false, asOf: AS_OF })
    : await validateDocument(document, { asOf: AS_OF, calendar: paneCalendar(docxAccess(document)) });
  const after = outcome.kind === "validated" ? (await openDocx(await document.save())).read() : null;
  return fromOutcome(outcome, after ? (await after).sharedState.state : null);
}

/** The .docx adapter has no shared-state access of its own: the pane's sync reads what the adapter read. */
function docxAccess(document: { read(): Promise<{ sharedState: { state: SharedState } }> }): SharedStateAccess {
  return { read: async () => (await document.read()).sharedState.state, update: async () => Promise.reject(new Error("not used")) };
}

/** The CLI as a user runs it: check --format json for states and findings, colour for the red marks. */
async function throughCli(model: DocModel, state: SharedState | "damaged" | null): Promise<Answer & { exit: { check: number; colour: number }; stderr: string }> {
  const folder = temporaryFolder();
  try {
    const input = folder.file("plan.docx");
    const output = folder.file("coloured.docx");
    writeFileSync(input, await docxWith(model, state));
    const check = await runCli(["check", input, "--format", "json", "--as-of", AS_OF]);
    const colour = await runCli(["colour", input, output, "--as-of", AS_OF]);
    const exit = { check: check.code, colour: colour.code };
    if (check.code === 2) return { kind: "not-a-plan", exit, stderr: check.stderr };
    const json = JSON.parse(check.stdout) as CheckJson;
    const items = json.items.map((item) => ({ id: item.id, state: item.state, findings: item.findings.map((finding) => `${finding.rule}: ${finding.message}`) }));
    if (colour.code === 2) return { kind: "failed", items, exit, stderr: colour.stderr };
    const redMarks = (await (await openDocx(readFileSync(output))).read()).sharedState.state.redMarks.map((mark) => mark.itemId).sort();
    return { kind: "validated", items, redMarks, exit, stderr: colour.stderr };
  } finally {
    folder.remove();
  }
}

describe("the plan with shared calendar changes, a person's red, a duplicate and missing numbers", () => {
  const model = parityModel();
  let reference: Answer;

  beforeAll(async () => {
    reference = await throughWord(model, "ribbon", SHARED);
  }, 60_000);

  it("is a case worth comparing: the moved WTSA-20 changes states, and the numbers give findings", () => {
    const recognized = recognizeModel(model);
    const unmoved = validatePlan(recognized.plan, defaultCalendar(), AS_OF, {}, recognized.findings);
    const jeopardy = (answer: Answer) => answer.items!.filter((item) => item.state === "jeopardy").length;
    expect(reference.kind).toBe("validated");
    expect(jeopardy(reference)).toBeGreaterThan(unmoved.summary.states.jeopardy);
    const rules = reference.items!.flatMap((item) => item.findings.map((finding) => finding.split(":")[0]));
    expect(rules).toContain("duplicate-item-number");
    expect(rules).toContain("missing-item-number");
    expect(reference.redMarks!.length).toBeGreaterThan(0);
    // A person's red is never recorded as the add-in's.
    expect(reference.redMarks).not.toContain("22-04");
  });

  it.each<[string, () => Promise<Answer>]>([
    ["the pane on the simulator", () => throughWord(model, "pane", SHARED)],
    ["the ribbon job on the .docx", () => throughDocx(model, "ribbon", SHARED)],
    ["the pane job on the .docx", () => throughDocx(model, "pane", SHARED)],
  ])("%s gives the ribbon's answer on the simulator", async (_name, run) => {
    expect(await run()).toEqual(reference);
  }, 60_000);

  it("the CLI gives the same states, findings and red marks", async () => {
    const cli = await throughCli(model, SHARED);
    expect(cli.exit).toEqual({ check: 1, colour: 0 });
    expect({ kind: cli.kind, items: cli.items, redMarks: cli.redMarks }).toEqual({ kind: reference.kind, items: reference.items, redMarks: reference.redMarks });
  }, 60_000);
});

describe("a document that is not a plan", () => {
  const notAPlan: DocModel = { blocks: [{ kind: "paragraph", text: "Minutes of the meeting" }] };

  it("is 'not a plan' for the ribbon and the pane on both adapters, and exit 2 with one line from the CLI", async () => {
    for (const presenter of ["ribbon", "pane"] as const) {
      expect(await throughWord(notAPlan, presenter, null)).toEqual({ kind: "not-a-plan" });
      expect(await throughDocx(notAPlan, presenter, null)).toEqual({ kind: "not-a-plan" });
    }
    const cli = await throughCli(notAPlan, null);
    expect(cli.exit).toEqual({ check: 2, colour: 2 });
    expect(cli.stderr.trim().split("\n")).toHaveLength(1);
    expect(cli.stderr).toMatch(/^action-plan: No action table found/);
  }, 60_000);
});

describe("a plan whose shared state another tool damaged", () => {
  const model = planModel();

  it("reads with the same finding everywhere, and every colouring refuses with SharedStateInvalid, writing nothing", async () => {
    const expected = { kind: "failed SharedStateInvalid" };
    for (const presenter of ["ribbon", "pane"] as const) {
      expect(await throughWord(model, presenter, "damaged")).toEqual(expected);
      expect(await throughDocx(model, presenter, "damaged")).toEqual(expected);
    }
    const cli = await throughCli(model, "damaged");
    expect(cli.exit).toEqual({ check: 1, colour: 2 });
    expect(cli.stderr).toBe(`action-plan: ${DAMAGED_MESSAGE}\n`);
    const word = await wordRead(model);
    const docx = await (await openDocx(await docxWith(model, "damaged"))).read();
    const unreadable = (findings: { rule: string; message: string }[]) => findings.filter((finding) => finding.rule === "shared-state-unreadable").map((finding) => finding.message);
    expect(unreadable(word.findings)).toEqual([`${DAMAGED_MESSAGE} The add-in will not change colours until this is resolved.`]);
    expect(unreadable(docx.findings)).toEqual(unreadable(word.findings));
  }, 90_000);
});

async function wordRead(model: DocModel) {
  const sim = createSimulatedWord(model);
  const restore = installSimulatedOffice(globalThis, sim);
  try {
    await seedDamagedPart(sim);
    return await new WordDocument().read();
  } finally {
    restore();
  }
}
