/** @jest-environment jsdom */
/**
 * Auto-validate where edits in the document are not noticed — below WordApi 1.5, or on a plain (unstructured)
 * document, where the Word adapter has no content control to listen to: the pane says which — next to the setting in
 * Settings and once in the Overview — instead of silently not re-validating when the person types. On the simulator
 * through the real Word adapter (a Word reporting WordApi 1.4: its watch answers "not available"; 1.5: it answers how
 * many controls it watches) and with the pane's real storage (Dexie over fake-indexeddb).
 */
import "../support/jsdom-layout";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { IDBFactory } from "fake-indexeddb";
import type { DocModel } from "../../src/domain/document-model";
import { fieldTag } from "../../src/document/tags";
import { WordDocument } from "../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../../src/simulator";
import { App } from "../../src/taskpane/App";
import type { WatchStart as PaneWatch } from "../../src/document/port";
import { strings } from "../../src/taskpane/strings";
import { AS_OF, smallPlan } from "../support/pane-harness";
import { storageOn, storeOn } from "../support/pane-storage-harness";

let restoreOffice: (() => void) | null = null;
afterEach(() => {
  restoreOffice?.();
  restoreOffice = null;
});

interface Pane {
  sim: SimulatedWord;
  /** What each call of the adapter's watch answered. */
  watches: PaneWatch[];
  /** How many times the pane read the plan (once per validation). */
  reads: () => number;
}

/**
 * The pane on a Word that reports `wordApi`, with auto-validate stored as given on this computer, on the document
 * structured first unless `structured` is false.
 */
async function renderPane(wordApi: "1.4" | "1.5", autoValidate: boolean, { structured = true, model = smallPlan() }: { structured?: boolean; model?: DocModel } = {}): Promise<Pane> {
  const sim = createSimulatedWord(model, { requirementSets: { WordApi: wordApi } });
  restoreOffice = installSimulatedOffice(globalThis, sim);
  const port = new WordDocument({ random: () => 0.5 });
  if (structured) await port.structure();
  const watches: PaneWatch[] = [];
  const watch = port.watch.bind(port);
  port.watch = async (options) => {
    const answer = await watch(options);
    watches.push(answer);
    return answer;
  };
  let reads = 0;
  const read = port.read.bind(port);
  port.read = async () => {
    reads += 1;
    return await read();
  };
  const factory = new IDBFactory();
  const store = await storeOn(factory);
  expect((await store.updateSettings({ autoValidate })).ok).toBe(true);
  render(<App port={port} storage={storageOn(port, factory)} today={() => AS_OF} />);
  return { sim, watches, reads: () => reads };
}

const overviewMessage = (): HTMLElement | null => screen.queryByTestId("overview-auto-validate-unwatched");
const settingsMessage = (): HTMLElement | null => screen.queryByTestId("auto-validate-unwatched");

async function openSettings(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name: strings.settingsView.open }));
  return await screen.findByTestId("personal-settings");
}

describe("auto-validate on a Word that cannot watch the document (WordApi 1.4)", () => {
  test("setting on: the Overview says it once (dismissible), Settings says it under the switch, described by it", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = await renderPane("1.4", true);
    // Auto-validate still validates when the pane opens.
    await screen.findByTestId("state-counts");
    const bar = await screen.findByTestId("overview-auto-validate-unwatched");
    expect(pane.watches).toEqual([{ available: false, reason: expect.any(String) }]);
    expect(within(bar).getByText(strings.settingsView.unwatched.unsupported.title)).toBeTruthy();
    expect(bar.textContent).toContain(strings.settingsView.unwatched.unsupported.text);

    const form = await openSettings(user);
    const message = within(form).getByTestId("auto-validate-unwatched");
    expect(message.textContent).toBe(strings.settingsView.unwatched.unsupported.text);
    const toggle = within(form).getByRole("switch", { name: strings.settingsView.autoValidate });
    expect(toggle.getAttribute("aria-describedby")).toBe(message.id);
    // Turning the switch off (not yet saved) takes the message away; on again brings it back.
    await user.click(toggle);
    expect(settingsMessage()).toBeNull();
    await user.click(toggle);
    expect(settingsMessage()).toBeTruthy();

    await user.click(screen.getByRole("button", { name: strings.settingsView.back }));
    await user.click(within(overviewMessage()!).getByRole("button", { name: strings.errors.dismiss }));
    expect(overviewMessage()).toBeNull();
  });

  test("setting off: no message, also after validating by hand; turned on and saved, the message appears", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = await renderPane("1.4", false);
    await screen.findByText("2 resolutions, 6 items");
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByTestId("state-counts");
    expect(overviewMessage()).toBeNull();
    const form = await openSettings(user);
    expect(settingsMessage()).toBeNull();
    expect(pane.watches).toEqual([]);

    await user.click(within(form).getByRole("switch", { name: strings.settingsView.autoValidate }));
    await user.click(within(form).getByTestId("save-settings"));
    await within(form).findByText(strings.settingsView.savedRevalidated);
    await within(form).findByTestId("auto-validate-unwatched");
    await user.click(screen.getByRole("button", { name: strings.settingsView.back }));
    expect(overviewMessage()).toBeTruthy();

    // Off and saved again: the Overview no longer says it, and neither does the form.
    await openSettings(user);
    await user.click(within(form).getByRole("switch", { name: strings.settingsView.autoValidate }));
    await user.click(within(form).getByTestId("save-settings"));
    await within(form).findByText(strings.settingsView.savedRevalidated);
    expect(settingsMessage()).toBeNull();
    await user.click(screen.getByRole("button", { name: strings.settingsView.back }));
    expect(overviewMessage()).toBeNull();
  });
});

describe("auto-validate on a Word that can watch the document (WordApi 1.5)", () => {
  test("setting on: the document is watched and no message is shown", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = await renderPane("1.5", true);
    await screen.findByTestId("state-counts");
    // 6 items × 4 watched fields.
    await waitFor(() => expect(pane.watches).toEqual([{ available: true, watchedControls: 24, stop: expect.any(Function) }]));
    expect(pane.sim.eventHandlerCount()).toBeGreaterThan(0);
    expect(overviewMessage()).toBeNull();
    await openSettings(user);
    expect(within(screen.getByTestId("personal-settings")).getByRole("switch", { name: strings.settingsView.autoValidate })).toHaveProperty("checked", true);
    expect(settingsMessage()).toBeNull();
  });
});

describe("auto-validate on a plain document (WordApi 1.5: watching works, but there is no control to watch)", () => {
  const IN_DIALOG = { hidden: true } as const;
  const unstructured = strings.settingsView.unwatched.unstructured;

  test("setting on: the Overview says edits are noticed only in a structured document, and so does Settings", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = await renderPane("1.5", true, { structured: false });
    await screen.findByTestId("state-counts");
    const bar = await screen.findByTestId("overview-auto-validate-unwatched");
    expect(pane.watches).toEqual([{ available: true, watchedControls: 0, stop: expect.any(Function) }]);
    expect(pane.sim.eventHandlerCount()).toBe(0);
    expect(within(bar).getByText(unstructured.title)).toBeTruthy();
    expect(bar.textContent).toContain(unstructured.text);

    const form = await openSettings(user);
    const message = within(form).getByTestId("auto-validate-unwatched");
    expect(message.textContent).toBe(unstructured.text);
    expect(within(form).getByRole("switch", { name: strings.settingsView.autoValidate }).getAttribute("aria-describedby")).toBe(message.id);
  });

  test("setting off: no message on the plain document", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = await renderPane("1.5", false, { structured: false });
    await screen.findByText("2 resolutions, 6 items");
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByTestId("state-counts");
    expect(overviewMessage()).toBeNull();
    await openSettings(user);
    expect(settingsMessage()).toBeNull();
    expect(pane.watches).toEqual([]);
  });

  test("structured from the pane while on: watching restarts on the controls and the message goes; removed again: it is back", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = await renderPane("1.5", true, { structured: false });
    await screen.findByTestId("overview-auto-validate-unwatched");

    await user.click(screen.getByRole("button", { name: strings.structure.button }));
    await user.click(within(await screen.findByRole("dialog", IN_DIALOG)).getByRole("button", { name: strings.structure.confirm, ...IN_DIALOG }));
    await screen.findByTestId("structure-outcome");
    await waitFor(() => expect(overviewMessage()).toBeNull());
    await waitFor(() => expect(pane.watches.map((answer) => answer.available && answer.watchedControls)).toEqual([0, 24]));
    expect(pane.sim.eventHandlerCount()).toBe(24);
    const form = await openSettings(user);
    expect(within(form).queryByTestId("auto-validate-unwatched")).toBeNull();
    await user.click(screen.getByRole("button", { name: strings.settingsView.back }));

    // Edits are noticed now: a milestone typed in the document validates again on its own.
    const reads = pane.reads();
    pane.sim.edit((editor) => editor.controls(fieldTag("01-01", "milestone"))[0]!.setText("WTSA-24"));
    await pane.sim.flushEvents();
    await waitFor(() => expect(pane.reads()).toBe(reads + 1), { timeout: 3_000 });
    const remove = screen.getByRole("button", { name: strings.structure.removeButton });
    await waitFor(() => expect(remove.getAttribute("aria-disabled")).not.toBe("true"));

    await user.click(remove);
    await user.click(within(await screen.findByRole("dialog", IN_DIALOG)).getByRole("button", { name: strings.structure.removeConfirm, ...IN_DIALOG }));
    await screen.findByTestId("unstructure-outcome");
    const bar = await screen.findByTestId("overview-auto-validate-unwatched");
    expect(bar.textContent).toContain(unstructured.text);
    await waitFor(() => expect(pane.sim.eventHandlerCount()).toBe(0));
    expect(pane.watches.map((answer) => answer.available && answer.watchedControls)).toEqual([0, 24, 0]);
  });
});
