/** @jest-environment jsdom */
import "../support/jsdom-layout";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { strings } from "../../src/taskpane/strings";
import { renderSimulatedPane, uninstallSimulatedOffice } from "../support/pane-harness";

afterEach(uninstallSimulatedOffice);

/** The pane on the small plan, validated as of 2022-01-20, showing the Findings view. */
async function findingsOfSmallPlan(user: UserEvent) {
  const pane = renderSimulatedPane();
  await screen.findByText("2 resolutions, 6 items");
  await user.click(screen.getByRole("button", { name: strings.validate.button }));
  await screen.findByTestId("state-counts");
  await user.click(screen.getByRole("tab", { name: strings.tabs.findings }));
  await screen.findByText(strings.findings.count(4, 4));
  return pane;
}

/** The rows as shown: item key, or the rule for a finding without an item. */
function shownRows(): string[] {
  return screen.queryAllByTestId("finding").map((row) => row.getAttribute("data-item-key") ?? row.getAttribute("data-rule") ?? "");
}

/** Picks an option of a Fluent Dropdown (a multiselect Dropdown's options are menu item check boxes). */
async function choose(user: UserEvent, testId: string, option: string, role: "option" | "menuitemcheckbox" = "option"): Promise<void> {
  await user.click(screen.getByTestId(testId));
  await user.click(await screen.findByRole(role, { name: option }));
}

describe("Findings view", () => {
  test("before a validation it offers to validate", async () => {
    const user = userEvent.setup();
    renderSimulatedPane();
    await screen.findByText("2 resolutions, 6 items");
    await user.click(screen.getByRole("tab", { name: strings.tabs.findings }));
    // The view is a chunk of its own: it may still be loading right after the click.
    expect(await screen.findByText(strings.needsValidation.message)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: strings.needsValidation.button }));
    await screen.findByText(strings.findings.count(4, 4));
  });

  test("grouped by resolution in document order, with severity badges and the rule's reason", async () => {
    const user = userEvent.setup();
    await findingsOfSmallPlan(user);
    expect(shownRows()).toEqual(["01-02", "uninterpretable-row", "02-02", "02-03"]);
    const groups = screen.getAllByRole("region").filter((region) => /^(Resolution|Opinion) /.test(region.getAttribute("aria-label") ?? ""));
    expect(groups.map((group) => group.getAttribute("aria-label"))).toEqual(["Resolution 1", "Resolution 2"]);
    const overdue = screen.getAllByTestId("finding")[0]!;
    expect(within(overdue).getByText(strings.states.jeopardy)).toBeTruthy();
    expect(within(overdue).getByText(strings.severities.warning)).toBeTruthy();
    expect(within(overdue).getByText(strings.findings.due("18 June 2021"))).toBeTruthy();
  });

  test("filters by text, state and severity; clearing the filters shows everything again", async () => {
    const user = userEvent.setup();
    await findingsOfSmallPlan(user);
    await user.type(screen.getByTestId("findings-search"), "council");
    expect(shownRows()).toEqual(["01-02"]);
    expect(screen.getByTestId("findings-count").textContent).toBe(strings.findings.count(1, 4));
    await user.click(screen.getByRole("button", { name: strings.findings.clearFilters }));
    expect(shownRows()).toHaveLength(4);

    await choose(user, "state-filter", strings.states.attention, "menuitemcheckbox");
    await user.keyboard("{Escape}");
    expect(shownRows()).toEqual(["02-02", "02-03"]);
    await choose(user, "severity-filter", strings.severities.error, "menuitemcheckbox");
    await user.keyboard("{Escape}");
    expect(shownRows()).toEqual(["02-03"]);
    await user.type(screen.getByTestId("findings-search"), "nothing like this");
    expect(screen.getByText(strings.findings.noneMatch)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: strings.findings.clearFilters }));
    expect(shownRows()).toHaveLength(4);
  });

  test("sorts by a column in both directions, then goes back to document order", async () => {
    const user = userEvent.setup();
    await findingsOfSmallPlan(user);
    await choose(user, "sort-by", strings.findings.sortKeys.number);
    expect(shownRows()).toEqual(["01-02", "02-02", "02-03", "uninterpretable-row"]);
    await user.click(screen.getByRole("button", { name: strings.findings.ascending }));
    expect(shownRows()).toEqual(["02-03", "02-02", "01-02", "uninterpretable-row"]);
    await choose(user, "sort-by", strings.findings.sortKeys.state);
    expect(shownRows()).toEqual(["02-02", "02-03", "01-02", "uninterpretable-row"]);
    await user.click(screen.getByRole("button", { name: strings.findings.documentOrder }));
    expect(shownRows()).toEqual(["01-02", "uninterpretable-row", "02-02", "02-03"]);
    expect(screen.queryByRole("button", { name: strings.findings.documentOrder })).toBeNull();
  });

  test("Enter on a finding (keyboard only) selects its item in the document", async () => {
    const user = userEvent.setup();
    const { sim } = await findingsOfSmallPlan(user);
    const before = sim.selection().count;
    const row = screen.getAllByTestId("finding")[2]!;
    const button = within(row).getByRole("button", { name: strings.findings.select(strings.findings.item("02-02")) });
    button.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(sim.selection().count).toBe(before + 1));
    expect(sim.selection().text).toBe("02-02");
    expect(screen.getByTestId("announcer").textContent).toBe(strings.findings.selected(strings.findings.item("02-02")));
  });

  test("clicking a finding without an item selects its row; Details opens the item view with focus on its heading", async () => {
    const user = userEvent.setup();
    const { sim } = await findingsOfSmallPlan(user);
    await user.click(within(screen.getAllByTestId("finding")[1]!).getAllByRole("button")[0]!);
    await waitFor(() => expect(sim.selection().text).toBe("stray"));

    await user.click(screen.getByRole("button", { name: strings.findings.details(strings.findings.item("01-02")) }));
    const heading = await screen.findByTestId("item-heading");
    expect(heading.textContent).toBe(`${strings.findings.item("01-02")} — Resolution 1`);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole("tab", { name: strings.tabs.item }).getAttribute("aria-selected")).toBe("true");
  });

  test("filters survive a visit to another view", async () => {
    const user = userEvent.setup();
    await findingsOfSmallPlan(user);
    await user.type(screen.getByTestId("findings-search"), "council");
    await user.click(screen.getByRole("tab", { name: strings.tabs.overview }));
    await user.click(screen.getByRole("tab", { name: strings.tabs.findings }));
    expect(shownRows()).toEqual(["01-02"]);
  });

  test("the full report lists every item with its state and returns to the findings", async () => {
    const user = userEvent.setup();
    await findingsOfSmallPlan(user);
    await user.click(screen.getByRole("button", { name: strings.findings.openReport }));
    const report = await screen.findByTestId("full-report");
    expect(within(report).getAllByRole("row")).toHaveLength(2 * 4);
    expect(within(report).getByText("02-03")).toBeTruthy();
    await user.click(within(report).getByRole("button", { name: strings.report.back }));
    expect(screen.queryByTestId("full-report")).toBeNull();
    expect(shownRows()).toHaveLength(4);
  });
});
