/** @jest-environment jsdom */
/**
 * Auto-validate where the document cannot be watched (below WordApi 1.5): the pane says so — next to the setting in
 * Settings and once in the Overview — instead of silently not re-validating when the person types. On the simulator
 * through the real Word adapter (a Word reporting WordApi 1.4: its watch answers "not available") and with the
 * pane's real storage (Dexie over fake-indexeddb).
 */
import "./support/jsdom-layout";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { IDBFactory } from "fake-indexeddb";
import type { DocModel } from "../src/domain/document-model";
import { WordDocument } from "../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../src/simulator";
import { App } from "../src/taskpane/App";
import type { PaneWatch } from "../src/taskpane/services/pane-port";
import { strings } from "../src/taskpane/strings";
import { AS_OF, smallPlan } from "./pane-harness";
import { storageOn, storeOn } from "./pane-storage-harness";

let restoreOffice: (() => void) | null = null;
afterEach(() => {
  restoreOffice?.();
  restoreOffice = null;
});

interface Pane {
  sim: SimulatedWord;
  /** What each call of the adapter's watch answered. */
  watches: PaneWatch[];
}

/** The pane on a Word that reports `wordApi`, with auto-validate stored as given on this computer. */
async function renderPane(wordApi: "1.4" | "1.5", autoValidate: boolean, model: DocModel = smallPlan()): Promise<Pane> {
  const sim = createSimulatedWord(model, { requirementSets: { WordApi: wordApi } });
  restoreOffice = installSimulatedOffice(globalThis, sim);
  const port = new WordDocument({ random: () => 0.5 });
  await port.structure();
  const watches: PaneWatch[] = [];
  const watch = port.watch.bind(port);
  port.watch = async (options) => {
    const answer = await watch(options);
    watches.push(answer);
    return answer;
  };
  const factory = new IDBFactory();
  const store = await storeOn(factory);
  expect((await store.updateSettings({ autoValidate })).ok).toBe(true);
  render(<App port={port} storage={storageOn(port, factory)} today={() => AS_OF} />);
  return { sim, watches };
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
    expect(within(bar).getByText(strings.settingsView.unwatchedTitle)).toBeTruthy();
    expect(bar.textContent).toContain(strings.settingsView.unwatched);

    const form = await openSettings(user);
    const message = within(form).getByTestId("auto-validate-unwatched");
    expect(message.textContent).toBe(strings.settingsView.unwatched);
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
    await waitFor(() => expect(pane.watches).toEqual([{ available: true, watchedControls: expect.any(Number), stop: expect.any(Function) }]));
    expect(pane.sim.eventHandlerCount()).toBeGreaterThan(0);
    expect(overviewMessage()).toBeNull();
    await openSettings(user);
    expect(within(screen.getByTestId("personal-settings")).getByRole("switch", { name: strings.settingsView.autoValidate })).toHaveProperty("checked", true);
    expect(settingsMessage()).toBeNull();
  });
});
