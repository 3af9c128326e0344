/** @jest-environment jsdom */
/**
 * A run the ribbon's Validate plan records while the pane is open shows in the pane's history without reopening it:
 * at once where BroadcastChannel exists (the ribbon says so), else when the person comes back to the pane (focus).
 */
import "../support/jsdom-layout";
import { BroadcastChannel as NodeBroadcastChannel } from "node:worker_threads";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { recordRibbonRun } from "../../src/commands/record-ribbon-run";
import { defaultCalendar } from "../../src/domain/calendar";
import { validatePlan } from "../../src/domain/validate";
import { STATE_NAMESPACE, parseSharedState } from "../../src/document/shared-state";
import { WordDocument } from "../../src/document/word/word-document";
import { announceRunRecorded, listenForRecordedRuns } from "../../src/storage/history-broadcast";
import type { DocumentStorage } from "../../src/storage/open-document-storage";
import { uninstallSimulatedOffice } from "../support/pane-harness";
import { renderStoragePane, storeOn, validateAsOf, type StoragePane } from "../support/pane-storage-harness";

const globals = globalThis as { BroadcastChannel?: unknown };
const jsdomBroadcastChannel = globals.BroadcastChannel;

afterEach(() => {
  globals.BroadcastChannel = jsdomBroadcastChannel;
  uninstallSimulatedOffice();
});

function chartPoints(): number {
  return screen.getByTestId("trend-chart").querySelectorAll('[data-series="jeopardy"]').length;
}

function documentKeyOf(pane: StoragePane): string {
  const part = pane.sim.getCustomXmlParts().find((candidate) => candidate.namespaceUri === STATE_NAMESPACE);
  const key = part ? parseSharedState(part.xml).documentKey : null;
  if (!key) throw new Error("the document has no key");
  return key;
}

/** What the ribbon does after validating: the run recorded in this computer's store under the document's key. */
async function ribbonRecordsRun(pane: StoragePane, asOf: string): Promise<void> {
  const read = await new WordDocument().read();
  const result = validatePlan(read.plan, defaultCalendar(), asOf, {}, read.findings);
  const store = await storeOn(pane.factory);
  const calendar = { ensureDocumentKey: () => Promise.reject(new Error("the document already has a key")) } as unknown as DocumentStorage["calendar"];
  try {
    const recording = await recordRibbonRun({ store, calendar }, documentKeyOf(pane), result, new Date("2022-01-21T10:00:00Z"));
    expect(recording.kind).toBe("recorded");
  } finally {
    store.close();
  }
}

describe("the pane's history follows runs the ribbon records", () => {
  test("with BroadcastChannel: the run shows at once", async () => {
    globals.BroadcastChannel = NodeBroadcastChannel;
    const user = userEvent.setup({ delay: null });
    const pane = renderStoragePane();
    await validateAsOf(user, "2022-01-20");
    await waitFor(() => expect(chartPoints()).toBe(1));

    await ribbonRecordsRun(pane, "2021-01-01");
    await waitFor(() => expect(chartPoints()).toBe(2));
    pane.unmount(); // closes the pane's channel
  });

  test("without BroadcastChannel: the run shows when the pane regains focus, not before", async () => {
    delete globals.BroadcastChannel;
    const user = userEvent.setup({ delay: null });
    const pane = renderStoragePane();
    await validateAsOf(user, "2022-01-20");
    await waitFor(() => expect(chartPoints()).toBe(1));

    await ribbonRecordsRun(pane, "2021-01-01");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chartPoints()).toBe(1);
    window.dispatchEvent(new Event("focus"));
    await waitFor(() => expect(chartPoints()).toBe(2));
    pane.unmount();
  });
});

describe("history broadcast", () => {
  test("announces a recorded run to listeners, and ignores other messages", async () => {
    globals.BroadcastChannel = NodeBroadcastChannel;
    const heard: string[] = [];
    const stop = listenForRecordedRuns((key) => heard.push(key));
    const stranger = new NodeBroadcastChannel("action-plan-addin/history");
    stranger.postMessage({ kind: "something-else", documentKey: "x" });
    stranger.postMessage("run-recorded");
    stranger.close();
    announceRunRecorded("doc-key-1");
    await waitFor(() => expect(heard).toEqual(["doc-key-1"]));
    stop();
  });

  test("without BroadcastChannel nothing is said and nothing throws", () => {
    delete globals.BroadcastChannel;
    expect(() => announceRunRecorded("doc-key-1")).not.toThrow();
    const stop = listenForRecordedRuns(() => {
      throw new Error("never called");
    });
    expect(() => stop()).not.toThrow();
  });
});
