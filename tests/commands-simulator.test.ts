/**
 * @jest-environment jsdom
 *
 * The "Validate plan" ribbon function end to end on the Word host simulator: the function file registers the
 * command, a click validates the actual plan (as of 2022-01-20) and colours it, the outcome dialog opens with
 * the counts, and the command completes when the person closes the dialog.
 */
import { validatePlanCommand } from "../src/commands/validate-plan";
import { outcomeFromSearch } from "../src/commands/outcome-dialog";
import { calendarForDocument } from "../src/commands/calendar-for-document";
import { AUTO_STRUCTURE_KEY } from "../src/document/word/addin-settings";
import { ADDIN_RED } from "../src/document/colour-plan";
import { WordDocument } from "../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../src/simulator";
import { actualPlanModel, documentTexts, numberShading, PERSON_RED, withPersonRed } from "./word-adapter-builders";

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

function install(sim: SimulatedWord, autoStructure: boolean): { office: OfficeDouble; dialogs: string[]; closeDialog: () => void } {
  restore = installSimulatedOffice(globalThis, sim);
  const office = (globalThis as unknown as { Office: OfficeDouble }).Office;
  office.actions = { associate: jest.fn() };
  office.EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived", ...(office.EventType ?? {}) };
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
  office.context.document = {
    settings: { get: (key: string) => (key === AUTO_STRUCTURE_KEY ? autoStructure : null), set: () => undefined, saveAsync: () => undefined },
  };
  return { office, dialogs, closeDialog: () => onMessage?.() };
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 2000 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error("timed out");
}

describe("Validate plan from the ribbon", () => {
  it("registers the function, validates and colours the plan, shows the counts, and completes when the dialog closes", async () => {
    jest.useFakeTimers({ doNotFake: [...FAKE_ONLY_DATE], now: new Date(2022, 0, 20, 10, 0) });
    const original = withPersonRed(actualPlanModel(), ["22-04", "01-05"]);
    const sim = createSimulatedWord(original);
    const { office, dialogs, closeDialog } = install(sim, true);

    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the function file registers on import, as in Word
      require("../src/commands/index");
    });
    await until(() => office.actions.associate.mock.calls.length === 1);
    expect(office.actions.associate.mock.calls[0]![0]).toBe("validatePlan");
    const handler = office.actions.associate.mock.calls[0]![1] as (event: Office.AddinCommands.Event) => Promise<void>;

    const completed = jest.fn();
    const running = handler({ completed } as unknown as Office.AddinCommands.Event);
    await until(() => dialogs.length === 1);
    expect(completed).not.toHaveBeenCalled();
    const message = outcomeFromSearch(new URL(dialogs[0]!).search)!;
    expect(message.title).toBe("Plan validated");
    expect(message.lines).toEqual([
      "375 items checked as of 2022-01-20: 21 items in jeopardy, 2 items needing attention.",
      "Red boxes: 22 added, 0 removed (items that recovered); 2 red boxes set by a person kept as they are.",
      "2250 field cells wrapped in content controls first.",
    ]);
    closeDialog();
    await running;
    expect(completed).toHaveBeenCalledTimes(1);

    const model = sim.exportModel();
    expect(documentTexts(model)).toEqual(documentTexts(original));
    const shading = numberShading(model);
    expect(shading.get("22-04")).toBe(PERSON_RED);
    expect(shading.get("01-05")).toBe(PERSON_RED);
    expect(shading.get("20-03")).toBe(ADDIN_RED);
  }, 60_000);

  it("without the opt-in it validates a plain document without structuring it", async () => {
    const sim = createSimulatedWord(actualPlanModel());
    install(sim, false);
    const document = new WordDocument();
    const outcome = await validatePlanCommand({ document, autoStructure: false, calendar: () => calendarForDocument(document.sharedState()), asOf: "2022-01-20" });
    expect(outcome).toMatchObject({ kind: "validated", items: 375, jeopardy: 21, attention: 2, structured: null, colour: { marked: 23, cleared: 0, personRedKept: 0, conflicts: [] } });
    expect(await document.detect()).toMatchObject({ structure: "plain" });
    expect(sim.stats.syncsPerRun.slice(0, 2)).toEqual([1, 2]);
  }, 30_000);

  it("says when the document is not an action plan, and changes nothing", async () => {
    const blank = { blocks: [{ kind: "paragraph" as const, text: "Minutes" }] };
    const sim = createSimulatedWord(blank);
    install(sim, true);
    const outcome = await validatePlanCommand({ document: new WordDocument(), autoStructure: true, calendar: () => calendarForDocument(null), asOf: "2022-01-20" });
    expect(outcome).toEqual({ kind: "not-a-plan" });
    expect(sim.exportModel()).toEqual(blank);
  });

  it("reports an unsupported Word instead of failing", async () => {
    const sim = createSimulatedWord(actualPlanModel(), { requirementSets: { WordApi: "1.1" } });
    install(sim, false);
    const outcome = await validatePlanCommand({ document: new WordDocument(), autoStructure: false, calendar: () => calendarForDocument(null), asOf: "2022-01-20" });
    expect(outcome).toMatchObject({ kind: "failed", code: "Unsupported" });
    expect(sim.stats.syncs).toBe(0);
  });
});
