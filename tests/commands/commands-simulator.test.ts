/**
 * @jest-environment jsdom
 *
 * The "Validate plan" ribbon function end to end on the Word host simulator: the function file registers the
 * command, a click reads the person's settings from the local store the pane keeps them in (fake-indexeddb as this
 * computer's IndexedDB, namespaced by Office's partition key), validates the actual plan and colours it with them,
 * keeps the run in the validation history, the outcome dialog opens with the counts, and the command completes when
 * the person closes the dialog.
 */
// First: the IndexedDB globals (indexedDB, IDBKeyRange) must exist before Dexie is loaded. Each test puts its own
// IDBFactory (one computer) in globalThis.indexedDB, or removes it (a host without IndexedDB).
import "fake-indexeddb/auto";
import { deserialize, serialize } from "node:v8";
import { IDBFactory } from "fake-indexeddb";
import { validatePlanCommand } from "../../src/commands/validate-plan";
import { outcomeFromSearch } from "../../src/commands/outcome-dialog";
import { defaultCalendar } from "../../src/domain/calendar";
import { ADDIN_RED } from "../../src/document/colour-plan";
import { WordDocument } from "../../src/document/word/word-document";
import { isRed } from "../../src/domain/colouring";
import { allItems } from "../../src/domain/plan";
import { validatePlan } from "../../src/domain/validate";
import type { DocModel } from "../../src/domain/document-model";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../../src/simulator";
import type { LocalStore } from "../../src/storage/local-store";
import { openLocalStore } from "../../src/storage/open-local-store";
import type { PersonalSettings } from "../../src/storage/settings";
import { actualPlanModel, numberShading, PERSON_RED, withPersonRed } from "../support/word-adapter-builders";
import { paragraphTexts } from "../support/document-text";

// jsdom has no structuredClone (browsers and Node do); the memory store and fake-indexeddb use it.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

/** Office's partition key in these tests: the ribbon must open the pane's database for it. */
const PARTITION = "partition-1";
/** The add-in's document setting the pane used to mirror the opt-in into (ignored now: the opt-in is personal). */
const LEGACY_AUTO_STRUCTURE_KEY = "actionPlanAddin.autoStructure";

const FAKE_ONLY_DATE = ["nextTick", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout", "queueMicrotask", "hrtime", "performance"] as const;

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
  jest.useRealTimers();
});

interface OfficeDouble {
  actions: { associate: jest.Mock };
  context: Record<string, unknown>;
  EventType?: Record<string, string>;
  AsyncResultStatus: { Succeeded: unknown };
}

interface Installed {
  office: OfficeDouble;
  dialogs: string[];
  closeDialog: () => void;
}

/** Word with `sim`, Office's partition key and a dialog double; `legacyOptIn` puts the old opt-in in the document's settings. */
function install(sim: SimulatedWord, options: { legacyOptIn?: boolean } = {}): Installed {
  restore?.();
  restore = installSimulatedOffice(globalThis, sim);
  const office = (globalThis as unknown as { Office: OfficeDouble }).Office;
  office.actions = { associate: jest.fn() };
  office.EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived", ...(office.EventType ?? {}) };
  office.context.partitionKey = PARTITION;
  if (options.legacyOptIn) sim.officeSettings.set(LEGACY_AUTO_STRUCTURE_KEY, true);
  const dialogs: string[] = [];
  let onMessage: (() => void) | null = null;
  office.context.ui = {
    displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
      dialogs.push(url);
      const dialog = {
        addEventHandler: (event: string, handler: () => void) => {
          if (event === office.EventType!.DialogMessageReceived) onMessage = handler;
        },
        close: () => undefined,
      };
      callback({ status: office.AsyncResultStatus.Succeeded, value: dialog });
    },
    messageParent: jest.fn(),
  };
  return { office, dialogs, closeDialog: () => onMessage?.() };
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 2000 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error("timed out");
}

/** This computer's IndexedDB (null: a host without one), as the function file finds it. */
function useComputer(factory: IDBFactory | null): void {
  const globals = globalThis as { indexedDB?: IDBFactory };
  if (factory) globals.indexedDB = factory;
  else delete globals.indexedDB;
}

/** The pane's store on `factory` for the test's partition: where the person's settings and history are. */
function paneStore(factory: IDBFactory): Promise<LocalStore> {
  return openLocalStore({ indexedDB: factory, partitionKey: PARTITION });
}

/** What the person saved in the pane's Settings. */
async function savePersonalSettings(factory: IDBFactory, patch: Partial<PersonalSettings>): Promise<void> {
  const store = await paneStore(factory);
  expect(await store.updateSettings(patch)).toMatchObject({ ok: true });
  store.close();
}

/** Loads the function file as Word does, clicks "Validate plan", reads the dialog, closes it: the message. */
async function clickValidatePlan(sim: SimulatedWord, options: { legacyOptIn?: boolean } = {}): Promise<{ title: string; lines: string[] }> {
  const { office, dialogs, closeDialog } = install(sim, options);
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the function file registers on import, as in Word
    require("../../src/commands/index");
  });
  await until(() => office.actions.associate.mock.calls.length === 1);
  expect(office.actions.associate.mock.calls[0]![0]).toBe("validatePlan");
  const handler = office.actions.associate.mock.calls[0]![1] as (event: Office.AddinCommands.Event) => Promise<void>;
  const completed = jest.fn();
  const running = handler({ completed } as unknown as Office.AddinCommands.Event);
  await until(() => dialogs.length === 1);
  expect(completed).not.toHaveBeenCalled();
  const message = outcomeFromSearch(new URL(dialogs[0]!).search)!;
  closeDialog();
  await running;
  expect(completed).toHaveBeenCalledTimes(1);
  return message;
}

/** The document's key as a fresh read finds it (null: it has none). */
async function documentKeyOf(): Promise<string | null> {
  return (await new WordDocument().read()).sharedState.state.documentKey;
}

function redItems(model: DocModel): string[] {
  return [...numberShading(model)].filter(([, shading]) => shading === ADDIN_RED).map(([key]) => key);
}

describe("Validate plan from the ribbon", () => {
  it("registers the function, validates and colours the plan with the person's opt-in to structure, keeps the run, and completes when the dialog closes", async () => {
    jest.useFakeTimers({ doNotFake: [...FAKE_ONLY_DATE], now: new Date(2022, 0, 20, 10, 0) });
    const computer = new IDBFactory();
    useComputer(computer);
    await savePersonalSettings(computer, { autoStructure: true });
    const original = withPersonRed(actualPlanModel(), ["22-04", "01-05"]);
    const sim = createSimulatedWord(original);

    const message = await clickValidatePlan(sim);
    expect(message.title).toBe("Plan validated");
    expect(message.lines).toEqual([
      "375 items checked as of 2022-01-20: 21 items in jeopardy, 2 items needing attention.",
      "Red boxes: 22 added, 0 removed (items that recovered); 2 red boxes set by a person kept as they are.",
      "2250 field cells wrapped in content controls first.",
    ]);

    const model = sim.exportModel();
    expect(paragraphTexts(model)).toEqual(paragraphTexts(original));
    const shading = numberShading(model);
    expect(shading.get("22-04")).toBe(PERSON_RED);
    expect(shading.get("01-05")).toBe(PERSON_RED);
    expect(shading.get("20-03")).toBe(ADDIN_RED);

    // The run is in the pane's history for this document, as a validation from the pane would be.
    const key = await documentKeyOf();
    expect(key).not.toBeNull();
    const store = await paneStore(computer);
    const runs = await store.listRuns(key!);
    store.close();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ documentKey: key, asOf: "2022-01-20", counts: { jeopardy: 21, attention: 2 } });
    expect(runs[0]!.items).toHaveLength(375);
  }, 60_000);

  it("ignores the opt-in a document carries in its settings: without the person's own opt-in nothing is structured", async () => {
    const computer = new IDBFactory();
    useComputer(computer);
    // Another person's opt-in, saved elsewhere (no partition), and the legacy document setting: neither applies.
    const elsewhere = await openLocalStore({ indexedDB: computer, partitionKey: null });
    await elsewhere.updateSettings({ autoStructure: true });
    elsewhere.close();
    const sim = createSimulatedWord(actualPlanModel());

    const message = await clickValidatePlan(sim, { legacyOptIn: true });
    expect(message.lines).toHaveLength(2);
    expect(message.lines.join(" ")).not.toMatch(/wrapped|default settings/);
    expect(await new WordDocument().detect()).toMatchObject({ structure: "plain" });
  }, 60_000);

  it("with a stored as-of date, horizon and red policy, colours and records exactly what the domain engine gives with them", async () => {
    const computer = new IDBFactory();
    useComputer(computer);
    const asOf = "2021-03-01";
    await savePersonalSettings(computer, { asOfOverride: asOf, attentionHorizonDays: 200, redPolicy: "jeopardy" });
    const sim = createSimulatedWord(actualPlanModel());
    install(sim);
    const read = await new WordDocument().read();
    const expected = validatePlan(read.plan, defaultCalendar(), asOf, { horizonDays: 200 }, read.findings);
    const withDefaults = validatePlan(read.plan, defaultCalendar(), asOf, {}, read.findings);
    // The settings matter for this plan: the horizon changes the states, the policy leaves attention uncoloured.
    expect(expected.summary.states.attention).toBeGreaterThan(withDefaults.summary.states.attention);
    const { jeopardy, attention } = expected.summary.states;
    expect(attention).toBeGreaterThan(0);

    const message = await clickValidatePlan(sim);
    expect(message.lines[0]).toBe(`375 items checked as of ${asOf} (your as-of date setting): ${jeopardy} items in jeopardy, ${attention} items needing attention.`);
    const model = sim.exportModel();
    const expectedRed = expected.items.filter((item) => isRed(item.state, "jeopardy")).map((item) => item.itemKey);
    expect(redItems(model).sort()).toEqual(expectedRed.sort());
    expect(expected.items.some((item) => item.state === "attention" && redItems(model).includes(item.itemKey))).toBe(false);

    const store = await paneStore(computer);
    const [run] = await store.listRuns((await documentKeyOf())!);
    store.close();
    expect(run!.asOf).toBe(asOf);
    expect(run!.counts).toEqual(expected.summary.states);
    expect(run!.items.map((item) => [item.itemKey, item.state])).toEqual(expected.items.map((item) => [item.itemKey, item.state]));
    expect(allItems(read.plan)).toHaveLength(375);
  }, 60_000);

  it("without IndexedDB validates with the default settings as of today, says so, and keeps nothing", async () => {
    jest.useFakeTimers({ doNotFake: [...FAKE_ONLY_DATE], now: new Date(2022, 0, 20, 10, 0) });
    useComputer(null);
    const sim = createSimulatedWord(actualPlanModel());

    const message = await clickValidatePlan(sim, { legacyOptIn: true });
    expect(message.title).toBe("Plan validated");
    expect(message.lines).toEqual([
      "375 items checked as of 2022-01-20: 21 items in jeopardy, 2 items needing attention.",
      "Red boxes: 23 added, 0 removed (items that recovered); 0 red boxes set by a person kept as they are.",
      "Using default settings: your settings from the Action plan pane could not be read (this version of Office or this browser mode gives add-ins " +
        "no local storage (IndexedDB)). Checked as of today with a 30-day attention horizon, red for items needing attention or in jeopardy, " +
        "not structured first; this run is not kept in the validation history.",
    ]);
    // No key was given to the document: nothing is kept for it anywhere.
    expect(await documentKeyOf()).toBeNull();
  }, 60_000);

  it("costs no round trip more than the validation itself once the document has its key; a document without one gets it once", async () => {
    const computer = new IDBFactory();
    useComputer(computer);
    await savePersonalSettings(computer, { asOfOverride: "2022-01-20" });
    const sim = createSimulatedWord(actualPlanModel());

    // The validation alone, as the round-trip budget counts it: read (with the add-in's state) 2, colour 2.
    install(sim);
    const reference = new WordDocument();
    await validatePlanCommand({ document: reference, autoStructure: false, asOf: "2022-01-20" });
    sim.resetStats();
    await validatePlanCommand({ document: reference, autoStructure: false, asOf: "2022-01-20" });
    const validationAlone = [...sim.stats.syncsPerRun];
    expect(validationAlone).toEqual([2, 2]);

    // No key yet: the first click gives the document its key after colouring (shared-state read and update).
    expect(await documentKeyOf()).toBeNull();
    sim.resetStats();
    await clickValidatePlan(sim);
    expect(sim.stats.syncsPerRun.slice(0, 2)).toEqual(validationAlone);
    expect(sim.stats.syncsPerRun.length).toBeGreaterThan(2);
    const key = await documentKeyOf();
    expect(key).not.toBeNull();

    sim.resetStats();
    await clickValidatePlan(sim);
    expect(sim.stats.syncsPerRun).toEqual(validationAlone);
    expect(await documentKeyOf()).toBe(key);
    const store = await paneStore(computer);
    expect(await store.listRuns(key!)).toHaveLength(2);
    store.close();
  }, 60_000);

  it("without the opt-in it validates a plain document without structuring it", async () => {
    const sim = createSimulatedWord(actualPlanModel());
    install(sim);
    const document = new WordDocument();
    const outcome = await validatePlanCommand({ document, autoStructure: false, asOf: "2022-01-20" });
    expect(outcome).toMatchObject({ kind: "validated", structured: null, colour: { marked: 23, cleared: 0, personRedKept: 0, conflicts: [] } });
    expect(outcome.kind === "validated" && outcome.result.summary).toMatchObject({ items: 375, states: { jeopardy: 21, attention: 2 } });
    expect(await document.detect()).toMatchObject({ structure: "plain" });
    expect(sim.stats.syncsPerRun.slice(0, 2)).toEqual([1, 2]);
  }, 30_000);

  it("says when the document is not an action plan, and changes nothing", async () => {
    const blank = { blocks: [{ kind: "paragraph" as const, text: "Minutes" }] };
    const sim = createSimulatedWord(blank);
    install(sim);
    const outcome = await validatePlanCommand({ document: new WordDocument(), autoStructure: true, asOf: "2022-01-20" });
    expect(outcome).toMatchObject({ kind: "not-a-plan", findings: [{ rule: "no-action-table" }] });
    expect(sim.exportModel()).toEqual(blank);
  });

  it("reports an unsupported Word instead of failing", async () => {
    const sim = createSimulatedWord(actualPlanModel(), { requirementSets: { WordApi: "1.1" } });
    install(sim);
    const outcome = await validatePlanCommand({ document: new WordDocument(), autoStructure: false, asOf: "2022-01-20" });
    expect(outcome).toMatchObject({ kind: "failed", code: "Unsupported" });
    expect(sim.stats.syncs).toBe(0);
  });
});
