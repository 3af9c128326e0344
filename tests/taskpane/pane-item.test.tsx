/** @jest-environment jsdom */
import "../support/jsdom-layout";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { cellText } from "../../src/domain/document-model";
import { cellAt } from "../../src/document/fingerprint";
import type { ItemField } from "../../src/domain/plan";
import type { SimulatedWord } from "../../src/simulator";
import { App } from "../../src/taskpane/App";
import type { PanePort } from "../../src/taskpane/services/pane-port";
import { strings } from "../../src/taskpane/strings";
import { AS_OF, cellOf, quietConsole, renderSimulatedPane, renderStructuredPane, simulatedPort, smallPlan, uninstallSimulatedOffice, validationOf } from "../support/pane-harness";

afterEach(uninstallSimulatedOffice);

async function validateThenOpenItem(user: UserEvent, number: string): Promise<HTMLElement> {
  await screen.findByText("2 resolutions, 6 items");
  await user.click(screen.getByRole("button", { name: strings.validate.button }));
  await screen.findByTestId("state-counts");
  await user.click(screen.getByRole("tab", { name: strings.tabs.item }));
  const picker = await screen.findByTestId("item-picker");
  await user.type(picker, number);
  await user.click(await screen.findByRole("option", { name: number }));
  return screen.findByTestId("item-details");
}

function documentText(sim: SimulatedWord, itemId: string, field: "milestone" | "periodic" | "completed"): string {
  return cellText(cellAt(sim.exportModel(), cellOf(smallPlan(), itemId, field))!);
}

describe("Item view", () => {
  test("shows the action, the milestone as read with its due date, the state, the findings and the latest status block", async () => {
    const user = userEvent.setup();
    renderSimulatedPane();
    const details = await validateThenOpenItem(user, "01-02");
    expect(within(details).getByText("Report to Council")).toBeTruthy();
    expect(within(details).getByTestId("item-interpretation").textContent).toMatch(/^Council 2021 → due 18 June 2021/);
    expect(within(details).getByText("18 June 2021")).toBeTruthy();
    expect(within(details).getByText(strings.states.jeopardy)).toBeTruthy();
    const overdue = validationOf(smallPlan()).result.items.find((item) => item.itemKey === "01-02")!.findings[0]!;
    expect(overdue.rule).toBe("overdue");
    expect(within(details).getByText(overdue.message)).toBeTruthy();

    await user.clear(screen.getByTestId("item-picker"));
    await user.type(screen.getByTestId("item-picker"), "01-01");
    await user.click(await screen.findByRole("option", { name: "01-01" }));
    const latest = await screen.findByTestId("latest-status");
    expect(within(latest).getByText(strings.item.statusHeader("2021-09-30", "TSAG meeting, September 2021", "On track"))).toBeTruthy();
    expect(within(latest).getByText(`${strings.item.references}: TSAG-TD1187`)).toBeTruthy();
  });

  test("a plain document cannot be edited in place: the editors say to structure first", async () => {
    const user = userEvent.setup();
    renderSimulatedPane();
    await validateThenOpenItem(user, "01-02");
    expect(screen.getByText(strings.item.structureFirst)).toBeTruthy();
    expect((screen.getByTestId("milestone-input") as HTMLTextAreaElement).disabled).toBe(true);
    expect((screen.getByRole("checkbox", { name: strings.item.completed }) as HTMLInputElement).disabled).toBe(true);
  });

  test("milestone edit: empty is refused inline and writes nothing; a new milestone shows how it reads, is saved and re-validated", async () => {
    const user = userEvent.setup();
    const { sim } = await renderStructuredPane();
    await validateThenOpenItem(user, "01-02");
    const input = screen.getByTestId("milestone-input");
    await user.clear(input);
    expect(screen.getByText(strings.item.milestoneEmpty)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: strings.item.saveMilestone }));
    expect(documentText(sim, "01-02", "milestone")).toBe("Council 2021");

    await user.type(input, "WTSA-20");
    expect(screen.queryByText(strings.item.milestoneEmpty)).toBeNull();
    expect(screen.getByText(/^Will read as: WTSA-20 → due 9 March 2022/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: strings.item.saveMilestone }));
    await screen.findByText(strings.item.saved);
    expect(documentText(sim, "01-02", "milestone")).toBe("WTSA-20");
    // Re-validated after the write: the item is no longer overdue.
    await waitFor(() => expect(within(screen.getByTestId("item-details")).getByText(strings.states.ok)).toBeTruthy());
    expect((screen.getByTestId("milestone-input") as HTMLTextAreaElement).value).toBe("WTSA-20");
  });

  test("a document changed since it was read: the edit is refused with a message bar and nothing is written", async () => {
    const restore = quietConsole();
    const user = userEvent.setup();
    const { sim } = await renderStructuredPane();
    await validateThenOpenItem(user, "01-02");
    sim.edit((editor) => editor.setCellText(cellOf(smallPlan(), "01-02", "milestone"), "Council 2022"));
    await user.clear(screen.getByTestId("milestone-input"));
    await user.type(screen.getByTestId("milestone-input"), "WTSA-20");
    await user.click(screen.getByRole("button", { name: strings.item.saveMilestone }));
    const bar = await screen.findByTestId("error-bar");
    expect(within(bar).getByText(strings.errors.byCode.DocumentChanged)).toBeTruthy();
    expect(within(bar).getByText(strings.errors.titles.edit)).toBeTruthy();
    expect(documentText(sim, "01-02", "milestone")).toBe("Council 2022");
    restore();
  });

  test("flags: unticking and ticking write the document's own check mark", async () => {
    const user = userEvent.setup();
    const { sim } = await renderStructuredPane();
    await validateThenOpenItem(user, "01-02");
    const periodic = screen.getByRole("checkbox", { name: strings.item.periodic }) as HTMLInputElement;
    expect(periodic.checked).toBe(true);
    await user.click(periodic);
    await waitFor(() => expect(documentText(sim, "01-02", "periodic")).toBe(""));
    await waitFor(() => expect((screen.getByRole("checkbox", { name: strings.item.periodic }) as HTMLInputElement).checked).toBe(false));
    await user.click(screen.getByRole("checkbox", { name: strings.item.completed }));
    await waitFor(() => expect(documentText(sim, "01-02", "completed")).toBe("√"));
    await waitFor(() => expect(within(screen.getByTestId("item-details")).getByText(strings.states.done)).toBeTruthy());
  });

  test("Select in document selects the item's number", async () => {
    const user = userEvent.setup();
    const { sim } = await renderStructuredPane();
    await validateThenOpenItem(user, "02-02");
    await user.click(screen.getByRole("button", { name: strings.item.select }));
    await waitFor(() => expect(sim.selection().text).toBe("02-02"));
  });
});

describe("Use the item at the cursor", () => {
  const useCursor = (): HTMLElement => screen.getByRole("button", { name: strings.item.useCursor });
  const placeCursor = (sim: SimulatedWord, itemId: string, field: ItemField): void => sim.edit((editor) => editor.placeCursor(cellOf(smallPlan(), itemId, field)));
  const announced = (): string => screen.getByTestId("announcer").textContent ?? "";

  test("offered only when the port can tell where the cursor is", async () => {
    const user = userEvent.setup();
    renderSimulatedPane();
    await validateThenOpenItem(user, "01-01");
    expect(useCursor()).toBeTruthy();
    uninstallSimulatedOffice();
    cleanup();

    const { port } = simulatedPort(smallPlan());
    // The same adapter with no itemAtSelection, as a port without a selection (a .docx file) would be.
    const withoutCursor = Object.create(port, { itemAtSelection: { value: undefined } }) as PanePort;
    render(<App port={withoutCursor} today={() => AS_OF} />);
    await validateThenOpenItem(user, "01-01");
    expect(screen.queryByRole("button", { name: strings.item.useCursor })).toBeNull();
  });

  test("shows the item whose row holds the cursor, from any of its cells, and announces it", async () => {
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await validateThenOpenItem(user, "01-01");
    placeCursor(sim, "02-02", "milestone");
    await user.click(useCursor());
    await waitFor(() => expect(within(screen.getByTestId("item-details")).getByText("Study something")).toBeTruthy());
    expect((screen.getByTestId("item-picker") as HTMLInputElement).value).toBe("02-02");
    expect(announced()).toBe(strings.item.cursorShown(strings.findings.item("02-02")));
    // From the status row under the item, with the keyboard.
    placeCursor(sim, "01-02", "status");
    useCursor().focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(within(screen.getByTestId("item-details")).getByText("Report to Council")).toBeTruthy());
    expect(screen.queryByTestId("cursor-note")).toBeNull();
  });

  test("a structured document: the item is found by its control, an unnumbered one by its proposed number", async () => {
    const user = userEvent.setup();
    const { sim } = await renderStructuredPane();
    await validateThenOpenItem(user, "01-01");
    placeCursor(sim, "02-03", "action");
    await user.click(useCursor());
    await waitFor(() => expect(within(screen.getByTestId("item-details")).getByText("An unnumbered action")).toBeTruthy());
    expect(announced()).toBe(strings.item.cursorShown(strings.findings.item("02-03")));
  });

  test("the cursor outside any item: an informative message, not an error, and the item shown stays", async () => {
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await validateThenOpenItem(user, "01-01");
    sim.edit((editor) => editor.placeCursor({ table: 0, row: 2, cell: 0 }));
    await user.click(useCursor());
    const note = await screen.findByTestId("cursor-note");
    expect(note.textContent).toContain(strings.item.cursorOutside);
    expect(screen.queryByTestId("error-bar")).toBeNull();
    expect(screen.queryByText(strings.errors.titles.cursor)).toBeNull();
    expect(within(screen.getByTestId("item-details")).getByText("Revise the rules")).toBeTruthy();
    // Choosing another item clears it.
    await user.clear(screen.getByTestId("item-picker"));
    await user.type(screen.getByTestId("item-picker"), "01-03");
    await user.click(await screen.findByRole("option", { name: "01-03" }));
    await waitFor(() => expect(screen.queryByTestId("cursor-note")).toBeNull());
  });

  test("an item the last validation does not know (the document changed): says to validate again", async () => {
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await validateThenOpenItem(user, "01-01");
    sim.edit((editor) => editor.setCellText(cellOf(smallPlan(), "01-02", "id"), "01-09"));
    placeCursor(sim, "01-02", "action");
    await user.click(useCursor());
    const note = await screen.findByTestId("cursor-note");
    expect(note.textContent).toContain(strings.item.cursorNotValidated("01-09"));
    expect(within(screen.getByTestId("item-details")).getByText("Revise the rules")).toBeTruthy();
  });

  test("Word failing: an error bar that says what failed, dismissible", async () => {
    const restore = quietConsole();
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await validateThenOpenItem(user, "01-01");
    sim.failNextSync();
    await user.click(useCursor());
    const bar = await screen.findByTestId("error-bar");
    expect(within(bar).getByText(strings.errors.titles.cursor)).toBeTruthy();
    expect(within(bar).getByText(strings.errors.byCode.WordFailed)).toBeTruthy();
    await user.click(within(bar).getByRole("button", { name: strings.errors.dismiss }));
    expect(screen.queryByTestId("error-bar")).toBeNull();
    restore();
  });

  test("disabled while a long operation runs, and usable again after it", async () => {
    const user = userEvent.setup();
    const { port } = simulatedPort(smallPlan());
    await port.structure();
    let release: () => void = () => undefined;
    // A field edit that waits until the test lets it through: the pane is busy meanwhile.
    const slow = Object.create(port, {
      setField: { value: (...args: Parameters<typeof port.setField>) => new Promise<void>((resolve) => (release = resolve)).then(() => port.setField(...args)) },
    }) as PanePort;
    render(<App port={slow} today={() => AS_OF} />);
    await validateThenOpenItem(user, "01-02");
    expect(useCursor().getAttribute("aria-disabled")).not.toBe("true");
    await user.click(screen.getByRole("checkbox", { name: strings.item.completed }));
    await waitFor(() => expect(useCursor().getAttribute("aria-disabled")).toBe("true"));
    release();
    await waitFor(() => expect(useCursor().getAttribute("aria-disabled")).not.toBe("true"));
  });

  test("opening the Item view with no item chosen shows the item at the cursor by itself", async () => {
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await screen.findByText("2 resolutions, 6 items");
    placeCursor(sim, "02-01", "status");
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByTestId("state-counts");
    await user.click(screen.getByRole("tab", { name: strings.tabs.item }));
    await waitFor(() => expect(within(screen.getByTestId("item-details")).getByText("Keep mandates current")).toBeTruthy());
    expect(announced()).toBe(strings.item.cursorShown(strings.findings.item("02-01")));
  });

  test("opening the Item view with the cursor outside any item says nothing, waits for a choice, and does not ask again", async () => {
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await screen.findByText("2 resolutions, 6 items");
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByTestId("state-counts");
    const before = sim.stats.syncs;
    await user.click(screen.getByRole("tab", { name: strings.tabs.item }));
    await screen.findByTestId("item-picker");
    // One round trip, answered "no item": nothing shown but the invitation to choose.
    await waitFor(() => expect(sim.stats.syncs).toBe(before + 1));
    await waitFor(() => expect(useCursor().getAttribute("aria-disabled")).not.toBe("true"));
    expect(screen.getByText(strings.item.noneSelected)).toBeTruthy();
    expect(screen.queryByTestId("cursor-note")).toBeNull();
    expect(screen.queryByTestId("error-bar")).toBeNull();
    // Back to the Item view later: the person asks with the button from now on.
    await user.click(screen.getByRole("tab", { name: strings.tabs.overview }));
    await user.click(screen.getByRole("tab", { name: strings.tabs.item }));
    expect(sim.stats.syncs).toBe(before + 1);
  });
});
