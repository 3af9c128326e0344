/** @jest-environment jsdom */
import "../support/jsdom-layout";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultCalendar } from "../../src/domain/calendar";
import { colourMarks } from "../../src/domain/colouring";
import { topLevelTables } from "../../src/domain/document-model";
import { recognizePlan } from "../../src/domain/recognizer";
import { validatePlan } from "../../src/domain/validate";
import { App } from "../../src/taskpane/App";
import { strings } from "../../src/taskpane/strings";
import type { PanePort } from "../../src/taskpane/services/pane-port";
import { AS_OF, quietConsole, renderSimulatedPane, simulatedPort, smallPlan, uninstallSimulatedOffice } from "../support/pane-harness";

afterEach(uninstallSimulatedOffice);

/**
 * In jsdom, Tabster's modalizer marks an open Fluent dialog aria-hidden a moment after it opens (no real focus), so
 * role queries of a dialog and its buttons include hidden elements; Chromium (tests/e2e/playground.e2e.test.ts) checks it.
 */
const IN_DIALOG = { hidden: true } as const;

/** A promise resolved from outside: holds an operation "running" while the test looks at the pane. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("Overview on the simulated document (real Word adapter)", () => {
  test("validating as of a date shows counts by state and one bar per resolution, and colours the document", async () => {
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    expect(await screen.findByText("2 resolutions, 6 items")).toBeTruthy();
    const asOf = screen.getByLabelText(strings.validate.asOf) as HTMLInputElement;
    expect(asOf.value).toBe(AS_OF);

    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByTestId("state-counts");
    const count = (state: string): string => screen.getByTestId(`count-${state}`).textContent ?? "";
    expect([count("jeopardy"), count("attention"), count("ok"), count("done")]).toEqual(["1", "2", "2", "1"]);
    expect(screen.getByRole("img", { name: strings.progress.bar("Resolution 1", 1, 1, 0, 1, 3) })).toBeTruthy();
    expect(screen.getByRole("img", { name: strings.progress.bar("Resolution 2", 0, 1, 2, 0, 3) })).toBeTruthy();
    expect(screen.getByText(strings.validate.validatedAsOf("20 January 2022"))).toBeTruthy();
    expect(screen.getByTestId("announcer").textContent).toBe(strings.validate.announce(1, 2));

    // The document now has red number cells exactly where the domain says (attention and jeopardy).
    const { plan, findings } = recognizePlan(smallPlan());
    const expected = colourMarks(validatePlan(plan, defaultCalendar(), AS_OF, {}, findings)).filter((mark) => mark.red).length;
    const red = topLevelTables(sim.exportModel()).flatMap((table) => table.rows.map((row) => row.cells[0]?.shading)).filter((shading) => shading === "#FF0000");
    expect(red).toHaveLength(expected);
    expect(expected).toBe(3);
  });

  test("a different as-of date changes the result; an empty date disables Validate with an inline message", async () => {
    const user = userEvent.setup();
    renderSimulatedPane();
    await screen.findByText("2 resolutions, 6 items");
    const asOf = screen.getByLabelText(strings.validate.asOf);
    await user.clear(asOf);
    expect(screen.getByText(strings.validate.asOfInvalid)).toBeTruthy();
    expect(screen.getByRole("button", { name: strings.validate.button }).getAttribute("aria-disabled")).toBe("true");
    await user.type(asOf, "2021-01-20");
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByText(strings.validate.validatedAsOf("20 January 2021"));
    // Before Council 2021 and before any overdue date: nothing is in jeopardy.
    expect(screen.getByTestId("count-jeopardy").textContent).toBe("0");
  });
});

describe("Validate button", () => {
  test("is disabled while validation runs, shows progress, and cannot be started twice", async () => {
    const user = userEvent.setup();
    const { port } = simulatedPort(smallPlan());
    const reading = deferred<void>();
    let reads = 0;
    const slowPort: PanePort = {
      detect: () => port.detect(),
      read: async () => {
        reads += 1;
        await reading.promise;
        return port.read();
      },
      structure: () => port.structure(),
      unstructure: () => port.unstructure(),
      colour: (marks, basis) => port.colour(marks, basis),
      insertStatusBlock: (request, basis) => port.insertStatusBlock(request, basis),
      setField: (itemKey, field, value, basis) => port.setField(itemKey, field, value, basis),
    };
    render(<App port={slowPort} today={() => AS_OF} />);
    await screen.findByText("2 resolutions, 6 items");
    const button = screen.getByRole("button", { name: strings.validate.button });
    await user.click(button);
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText(strings.validate.steps.reading)).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: strings.validate.progressLabel })).toBeTruthy();
    await user.click(button);
    expect(reads).toBe(1);
    await act(async () => reading.resolve());
    await screen.findByTestId("state-counts");
    expect(button.getAttribute("aria-disabled")).toBeNull();
    expect(screen.queryByRole("progressbar", { name: strings.validate.progressLabel })).toBeNull();
    expect(reads).toBe(1);
  });

  test("a failure is a MessageBar a user understands (by the error's code), and validating again clears it", async () => {
    const restore = quietConsole();
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await screen.findByText("2 resolutions, 6 items");
    sim.failNextSync();
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    const bar = await screen.findByTestId("error-bar");
    expect(within(bar).getByText(strings.errors.titles.validate)).toBeTruthy();
    expect(bar.getAttribute("data-code")).toBe("WordFailed");
    expect(within(bar).getByText(strings.errors.byCode.WordFailed, { exact: false })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByTestId("state-counts");
    expect(screen.queryByTestId("error-bar")).toBeNull();
    restore();
  });
});

describe("Structure this document", () => {
  test("preview → confirmation → outcome: what will be wrapped per resolution, the skipped row, then the document is structured", async () => {
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await screen.findByText(`${strings.detection.structure.plain} — 0 of 6 items structured`);
    await user.click(screen.getByRole("button", { name: strings.structure.button }));
    const dialog = await screen.findByRole("dialog", IN_DIALOG);
    expect(within(dialog).getByText(strings.structure.willWrap(36, 6))).toBeTruthy();
    expect(within(dialog).getByText(strings.structure.resolutionLine("Resolution 1", 3, 18))).toBeTruthy();
    expect(within(dialog).getByText(strings.structure.resolutionLine("Resolution 2", 3, 18))).toBeTruthy();
    expect(within(within(dialog).getByTestId("structure-preview-skipped")).getByText(/neither an item, a status row nor a header/)).toBeTruthy();
    expect(sim.exportModel()).toEqual(smallPlan());

    await user.click(within(dialog).getByRole("button", { name: strings.structure.confirm, ...IN_DIALOG }));
    const outcome = await screen.findByTestId("structure-outcome");
    expect(within(outcome).getByText(strings.structure.outcome(36, 0), { exact: false })).toBeTruthy();
    expect(within(outcome).getByText(/neither an item, a status row nor a header/)).toBeTruthy();
    await screen.findByText(`${strings.detection.structure.structured} — 6 of 6 items structured`);
    expect(screen.queryByRole("button", { name: strings.structure.button })).toBeNull();
    const controls = topLevelTables(sim.exportModel()).flatMap((table) => table.rows.flatMap((row) => row.cells.filter((c) => c.control)));
    expect(controls).toHaveLength(36);
  });

  test("cancelling the confirmation writes nothing", async () => {
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await screen.findByText("2 resolutions, 6 items");
    await user.click(screen.getByRole("button", { name: strings.structure.button }));
    const dialog = await screen.findByRole("dialog", IN_DIALOG);
    await user.click(within(dialog).getByRole("button", { name: strings.structure.cancel, ...IN_DIALOG }));
    await waitFor(() => expect(screen.queryByRole("dialog", IN_DIALOG)).toBeNull());
    expect(sim.exportModel()).toEqual(smallPlan());
    expect(screen.queryByTestId("structure-outcome")).toBeNull();
  });

  test("a failed structure run shows its error and the document is unchanged", async () => {
    const restore = quietConsole();
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await screen.findByText("2 resolutions, 6 items");
    await user.click(screen.getByRole("button", { name: strings.structure.button }));
    const dialog = await screen.findByRole("dialog", IN_DIALOG);
    sim.failNextSync();
    await user.click(within(dialog).getByRole("button", { name: strings.structure.confirm, ...IN_DIALOG }));
    const bar = await screen.findByTestId("error-bar");
    expect(within(bar).getByText(strings.errors.titles.structure)).toBeTruthy();
    expect(sim.exportModel()).toEqual(smallPlan());
    restore();
  });
});
