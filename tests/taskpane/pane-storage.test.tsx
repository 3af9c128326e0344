/** @jest-environment jsdom */
/**
 * The task pane with its storage (Dexie over fake-indexeddb, CalendarSync over the Word adapter on the simulator):
 * validation runs are recorded under the document's key and survive a fresh pane; the key is created once in the
 * document; a host without IndexedDB gets one dismissible warning and the pane still works; personal settings are
 * applied to validation (as-of date, horizon, red policy, auto-validate).
 */
import "../support/jsdom-layout";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { IDBFactory } from "fake-indexeddb";
import { isDocumentKey } from "../../src/domain/document-key";
import { parseSharedState, STATE_NAMESPACE } from "../../src/document/shared-state";
import type { SimulatedWord } from "../../src/simulator";
import { storageWarning } from "../../src/storage/storage-failure";
import { strings } from "../../src/taskpane/strings";
import { render } from "@testing-library/react";
import { fieldTag } from "../../src/document/tags";
import { unsupportedMessage } from "../../src/document/word/requirements";
import { WordDocument } from "../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice } from "../../src/simulator";
import { App } from "../../src/taskpane/App";
import { AS_OF, quietConsole, simulatedPort, smallPlan, uninstallSimulatedOffice } from "../support/pane-harness";
import { renderStoragePane, reopenPane, storageOn, storeOn, validateAsOf } from "../support/pane-storage-harness";
import { ADDIN_RED } from "../../src/document/colour-plan";
import { numberShading } from "../support/word-adapter-builders";
import { scanDocument } from "../support/axe";

afterEach(uninstallSimulatedOffice);

function documentKeyIn(sim: SimulatedWord): string | null {
  const parts = sim.getCustomXmlParts().filter((part) => part.namespaceUri === STATE_NAMESPACE);
  expect(parts).toHaveLength(1);
  return parseSharedState(parts[0]!.xml).documentKey;
}

/** The markers of one series in the trend chart (the legend has its own, outside the chart). */
function chartPoints(series: "jeopardy" | "attention" | "done"): number {
  return screen.getByTestId("trend-chart").querySelectorAll(`[data-series="${series}"]`).length;
}

async function openSettings(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name: strings.settingsView.open }));
  return screen.findByTestId("personal-settings");
}

describe("pane storage", () => {
  test("the document gets its key at the first validation, once; each validation is recorded under it and a fresh pane shows the history", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = renderStoragePane();
    await screen.findByText("2 resolutions, 6 items");
    // Opening the pane reads the document and changes nothing in it.
    await waitFor(() => expect(pane.container.querySelector("main")?.dataset.storage).toBe("ready"));
    expect(pane.sim.getCustomXmlParts()).toEqual([]);
    expect(await screen.findByText(strings.history.none)).toBeTruthy();

    await validateAsOf(user, "2021-01-01");
    const key = documentKeyIn(pane.sim);
    expect(isDocumentKey(key)).toBe(true);
    await validateAsOf(user, AS_OF);
    expect(documentKeyIn(pane.sim)).toBe(key);
    await waitFor(() => expect(chartPoints("jeopardy")).toBe(2));
    const store = await storeOn(pane.factory);
    const runs = await store.listRuns(key!);
    expect(runs.map((run) => run.asOf)).toEqual([AS_OF, "2021-01-01"]);
    expect(runs[0]!.counts).toEqual({ done: 1, ok: 2, attention: 2, jeopardy: 1 });

    // A fresh pane on the same document (same computer): same key, the history is there before validating.
    const fresh = reopenPane(pane);
    await waitFor(() => expect(screen.getByTestId("trend-chart")).toBeTruthy());
    expect(chartPoints("jeopardy")).toBe(2);
    expect(documentKeyIn(fresh.sim)).toBe(key);
    expect(screen.queryByTestId("notice-storage")).toBeNull();
  });

  test("without IndexedDB the pane says once, dismissibly, that history and drafts are not kept, and still validates", async () => {
    const user = userEvent.setup({ delay: null });
    renderStoragePane(undefined, { factory: null });
    const notice = await screen.findByTestId("notice-storage");
    expect(notice.textContent).toContain(storageWarning({ kind: "unavailable" }));
    expect(notice.textContent).toContain("History and drafts will not be kept on this computer");
    await user.click(within(notice).getByRole("button", { name: strings.storage.dismiss }));
    expect(screen.queryByTestId("notice-storage")).toBeNull();

    await validateAsOf(user, AS_OF);
    expect(screen.getByTestId("count-jeopardy").textContent).toBe("1");
    // The session still has its history (in memory), and the warning does not come back.
    await waitFor(() => expect(chartPoints("jeopardy")).toBe(1));
    expect(screen.queryByTestId("notice-storage")).toBeNull();
  });

  test("the personal as-of date replaces today's, and a longer horizon turns a near milestone into attention", async () => {
    const user = userEvent.setup({ delay: null });
    const factory = new IDBFactory();
    const store = await storeOn(factory);
    expect((await store.updateSettings({ asOfOverride: "2021-01-01" })).ok).toBe(true);
    renderStoragePane(undefined, { factory });
    await waitFor(() => expect((screen.getByTestId("as-of") as HTMLInputElement).value).toBe("2021-01-01"));

    await validateAsOf(user, AS_OF);
    expect(screen.getByTestId("count-attention").textContent).toBe("2");
    const form = await openSettings(user);
    // WTSA-20 ends on 9 March 2022, 48 days after 2022-01-20: with a 60-day horizon item 01-01 needs attention.
    const horizon = within(form).getByTestId("setting-horizon");
    await user.clear(horizon);
    await user.type(horizon, "400");
    expect(within(form).getByText(/whole number of days from 0 to 366/)).toBeTruthy();
    await user.clear(horizon);
    await user.type(horizon, "60");
    const asOf = within(form).getByTestId("setting-as-of");
    await user.clear(asOf);
    await user.type(asOf, AS_OF);
    await user.click(within(form).getByRole("button", { name: strings.settingsView.save }));
    expect((await screen.findByTestId("settings-outcome")).textContent).toBe(strings.settingsView.savedRevalidated);
    expect(screen.getByTestId("count-attention").textContent).toBe("3");
    expect(await store.getSettings()).toMatchObject({ asOfOverride: AS_OF, attentionHorizonDays: 60 });
  });

  test("red policy 'jeopardy only' leaves items needing attention unshaded", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = renderStoragePane();
    await validateAsOf(user, AS_OF);
    expect(numberShading(pane.sim.exportModel()).get("02-02")).toBe(ADDIN_RED);

    const form = await openSettings(user);
    await user.click(within(form).getByRole("radio", { name: strings.settingsView.redPolicies.jeopardy }));
    await user.click(within(form).getByRole("button", { name: strings.settingsView.save }));
    await screen.findByText(strings.settingsView.savedRevalidated);
    const shading = numberShading(pane.sim.exportModel());
    expect(shading.get("02-02")).toBeNull();
    expect(shading.get("01-02")).toBe(ADDIN_RED);
  });

  test("auto-validate: the pane validates on its own when it opens, and records the run", async () => {
    const factory = new IDBFactory();
    const store = await storeOn(factory);
    expect((await store.updateSettings({ autoValidate: true })).ok).toBe(true);
    const pane = renderStoragePane(undefined, { factory });
    await screen.findByTestId("state-counts");
    expect(screen.getByTestId("count-jeopardy").textContent).toBe("1");
    await waitFor(() => expect(chartPoints("jeopardy")).toBe(1));
    expect(await store.listRuns(documentKeyIn(pane.sim)!)).toHaveLength(1);
  });

  test("a Word without WordApi 1.3: the pane says Word is too old, naming what it needs; no history, no storage notice", async () => {
    const sim = createSimulatedWord(smallPlan(), { requirementSets: { WordApi: "1.2" } });
    const restore = installSimulatedOffice(globalThis, sim);
    const loud = quietConsole();
    try {
      const port = new WordDocument();
      render(<App port={port} storage={storageOn(port, new IDBFactory())} today={() => AS_OF} />);
      const error = await screen.findByTestId("error-bar");
      expect(error.getAttribute("data-code")).toBe("Unsupported");
      expect(error.textContent).toContain(`${strings.errors.unsupportedTitle}${unsupportedMessage({ core: false, customXmlParts: false, dataChangedEvents: false })}`);
      await settle();
      expect(screen.queryByTestId("history")).toBeNull();
      expect(screen.queryByTestId(/^notice-/)).toBeNull();
      // Nothing was written into the document (its key lives in this session only).
      expect(sim.getCustomXmlParts()).toEqual([]);
      expect(sim.stats.syncs).toBe(0);
    } finally {
      loud();
      restore();
    }
  });

  test("auto-validate on a structured plan: a co-author's milestone change is validated again without a click", async () => {
    const factory = new IDBFactory();
    const store = await storeOn(factory);
    expect((await store.updateSettings({ autoValidate: true })).ok).toBe(true);
    const { sim, port } = simulatedPort(smallPlan());
    await port.structure();
    render(<App port={port} storage={storageOn(port, factory)} today={() => AS_OF} />);
    await screen.findByTestId("state-counts");
    expect(screen.getByTestId("count-jeopardy").textContent).toBe("1");
    // 01-01 (WTSA-20, on track) now says Council 2021: overdue.
    sim.edit((editor) => editor.controls(fieldTag("01-01", "milestone"))[0]!.setText("Council 2021"));
    await waitFor(() => expect(screen.getByTestId("count-jeopardy").textContent).toBe("2"));
  });

  test("axe-core: no serious or critical violation in the history, the settings and calendar editor, and the draft bar", async () => {
    const user = userEvent.setup({ delay: null });
    renderStoragePane();
    await screen.findByText("2 resolutions, 6 items");
    await validateAsOf(user, "2021-01-01");
    await validateAsOf(user, AS_OF);
    await screen.findByTestId("entered-jeopardy");
    expect(await scanDocument()).toEqual([]);

    await openSettings(user);
    const editor = await screen.findByTestId("calendar-editor");
    await within(editor).findByTestId("calendar-source");
    await user.click(within(editor).getByRole("button", { name: strings.calendarEditor.add }));
    await user.click(within(editor).getByRole("button", { name: strings.calendarEditor.save }));
    await within(editor).findByText(strings.calendarEditor.fixErrors);
    expect(await scanDocument()).toEqual([]);

    await user.click(screen.getByRole("tab", { name: strings.tabs.status }));
    const heading = await screen.findByTestId("status-heading");
    await user.type(within(heading.parentElement!).getByTestId("item-picker"), "01-02");
    await user.click(await screen.findByRole("option", { name: "01-02" }));
    const form = await screen.findByTestId("status-block-form");
    await user.type(within(form).getByTestId("status-summary"), "Draft");
    await screen.findByTestId("discard-draft");
    expect(await scanDocument()).toEqual([]);
  }, 90_000);
});

/** Lets the storage finish opening (it runs after the first render). */
async function settle(): Promise<void> {
  await waitFor(() => expect(screen.getByRole("button", { name: strings.settingsView.open })).toBeTruthy());
  await new Promise((resolve) => setTimeout(resolve, 50));
}

