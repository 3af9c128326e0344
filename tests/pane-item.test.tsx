/** @jest-environment jsdom */
import "./support/jsdom-layout";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { cellText } from "../src/domain/document-model";
import { cellAt } from "../src/document/fingerprint";
import type { SimulatedWord } from "../src/simulator";
import { strings } from "../src/taskpane/strings";
import { cellOf, quietConsole, renderSimulatedPane, renderStructuredPane, smallPlan, uninstallSimulatedOffice, validationOf } from "./pane-harness";

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
