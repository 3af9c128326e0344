/** @jest-environment jsdom */
/**
 * The pane's port while the Word adapter's chunk loads (src/taskpane/deferred-port.ts): calls made before it has
 * loaded wait for it and then reach the real adapter with their arguments, cost the same round trips, and a chunk that
 * fails to load fails every call with its error, which the pane shows.
 */
import type { ReadBasis } from "../../src/document/port";
import { emptySharedState } from "../../src/document/shared-state";
import "../support/jsdom-layout";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { deferredPort, type CompletePanePort } from "../../src/taskpane/deferred-port";
import { strings } from "../../src/taskpane/strings";
import { AS_OF, quietConsole, simulatedPort, smallPlan, uninstallSimulatedOffice } from "../support/pane-harness";

afterEach(() => uninstallSimulatedOffice());

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  return { promise, resolve, reject };
}

describe("deferredPort", () => {
  test("a call made before the adapter has loaded waits for it, then gives what the adapter gives, in the same round trips", async () => {
    const { sim, port } = simulatedPort(smallPlan());
    const direct = await port.detect();
    const directSyncs = sim.stats.syncs;
    const loading = deferred<CompletePanePort>();
    const waiting = deferredPort(loading.promise);
    let settled = false;
    const detecting = waiting.detect().then((report) => {
      settled = true;
      return report;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    expect(sim.stats.syncs).toBe(directSyncs);
    loading.resolve(port);
    expect(await detecting).toEqual(direct);
    expect(sim.stats.syncs - directSyncs).toBe(directSyncs);
  });

  test("every operation reaches the adapter with its arguments", async () => {
    const calls: Array<[string, unknown[]]> = [];
    // Every property is an operation that records its call, except "then": the port must not look like a promise.
    const recording = new Proxy({} as CompletePanePort, {
      get: (_target, name) =>
        name === "then"
          ? undefined
          : (...args: unknown[]) => {
              calls.push([String(name), args]);
              return Promise.resolve(name);
            },
    });
    const port = deferredPort(Promise.resolve(recording));
    const basis = [{ itemKey: "1-01", hash: "h" }];
    const readBasis: ReadBasis = { fingerprints: basis, sharedState: { state: emptySharedState(), location: { kind: "session" } } };
    const onItemsChanged = (): void => undefined;
    const answers = await Promise.all([
      port.detect(),
      port.read(),
      port.structure(),
      port.unstructure(),
      port.colour([{ itemKey: "1-01", red: true }], readBasis),
      port.setField("1-01", "milestone", "TSAG 2022", basis),
      port.navigate({ location: { table: 0, row: 1, cell: 0 } }),
      port.itemAtSelection(),
      port.watch({ onItemsChanged }),
    ]);
    expect(answers).toEqual(["detect", "read", "structure", "unstructure", "colour", "setField", "navigate", "itemAtSelection", "watch"]);
    expect(calls).toEqual([
      ["detect", []],
      ["read", []],
      ["structure", []],
      ["unstructure", []],
      ["colour", [[{ itemKey: "1-01", red: true }], readBasis]],
      ["setField", ["1-01", "milestone", "TSAG 2022", basis]],
      ["navigate", [{ location: { table: 0, row: 1, cell: 0 } }]],
      ["itemAtSelection", []],
      ["watch", [{ onItemsChanged }]],
    ]);
  });

  test("the pane on a port still loading shows the Overview's spinner, then the detection once the adapter is there", async () => {
    const { port } = simulatedPort(smallPlan());
    const loading = deferred<CompletePanePort>();
    render(<App port={deferredPort(loading.promise)} today={() => AS_OF} />);
    expect(screen.getByRole("heading", { name: strings.appTitle })).toBeTruthy();
    expect((await screen.findAllByText(strings.loading)).length).toBeGreaterThan(0);
    loading.resolve(port);
    expect(await screen.findByText("2 resolutions, 6 items")).toBeTruthy();
  });

  test("an adapter that fails to load fails every call with its error, and the pane says so", async () => {
    const restore = quietConsole();
    try {
      const failure = new Error("Loading chunk word failed.");
      const port = deferredPort(Promise.reject(failure));
      await expect(port.detect()).rejects.toBe(failure);
      await expect(port.read()).rejects.toBe(failure);
      render(<App port={port} today={() => AS_OF} />);
      expect(await screen.findByTestId("error-bar")).toBeTruthy();
    } finally {
      restore();
    }
  });
});
