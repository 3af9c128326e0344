/** @jest-environment jsdom */
/**
 * The history section: an SVG trend of jeopardy / attention / done over the runs (an image with a text alternative
 * and a visually hidden table), and what changed since the validation before, with links to the items.
 */
import "../support/jsdom-layout";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ValidationRun } from "../../src/domain/history";
import HistorySection from "../../src/taskpane/components/HistorySection";
import { strings } from "../../src/taskpane/strings";
import { AS_OF, uninstallSimulatedOffice } from "../support/pane-harness";
import { renderStoragePane, validateAsOf } from "../support/pane-storage-harness";
import { runWith } from "../support/storage-fixtures";

afterEach(uninstallSimulatedOffice);

const RUNS: ValidationRun[] = [
  runWith(1, "2022-01-10T09:00:00.000Z", [["01-01", "ok"], ["01-02", "ok"], ["01-03", "jeopardy"], ["01-04", "jeopardy"]]),
  runWith(2, "2022-01-15T09:00:00.000Z", [["01-01", "ok"], ["01-02", "attention"], ["01-03", "jeopardy"], ["01-04", "jeopardy"]]),
  runWith(3, "2022-01-20T09:00:00.000Z", [["01-01", "done"], ["01-02", "jeopardy"], ["01-03", "done"], ["01-05", "attention"]]),
];

function renderHistory(runs: readonly ValidationRun[], onOpenItem = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <HistorySection runs={runs} onOpenItem={onOpenItem} />
    </FluentProvider>,
  );
  return onOpenItem;
}

function markers(series: string): Element[] {
  return [...screen.getByTestId("trend-chart").querySelectorAll(`[data-series="${series}"]`)];
}

describe("history chart", () => {
  test("one point per run and series, oldest left, with a text alternative and a table of every count", () => {
    // The store lists runs newest first: the chart orders them by time.
    renderHistory([...RUNS].reverse());
    expect(markers("jeopardy")).toHaveLength(3);
    expect(markers("attention")).toHaveLength(3);
    expect(markers("done")).toHaveLength(3);
    const x = (element: Element): number => Number(element.getAttribute("cx"));
    const [first, second, third] = markers("jeopardy");
    expect(x(first!)).toBeLessThan(x(second!));
    expect(x(second!)).toBeLessThan(x(third!));
    // Higher counts are drawn higher (smaller y): 2 in jeopardy in the first run, 1 in the last.
    expect(Number(first!.getAttribute("cy"))).toBeLessThan(Number(third!.getAttribute("cy")));

    const chart = screen.getByRole("img", { name: strings.history.chartLabel(3, "10 January 2022", "20 January 2022", 1, 1, 2) });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    const table = screen.getByRole("table", { name: strings.history.tableCaption });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["10 January 2022", "2", "0", "0"]);
    expect(within(rows[2]!).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["20 January 2022", "1", "1", "2"]);
  });

  test("the items that entered or left jeopardy since the run before are links to them; an item gone from the plan is not", async () => {
    const user = userEvent.setup({ delay: null });
    const onOpenItem = renderHistory(RUNS);
    const entered = screen.getByTestId("entered-jeopardy");
    const left = screen.getByTestId("left-jeopardy");
    expect(within(entered).getAllByRole("button").map((button) => button.textContent)).toEqual([strings.history.openItem("01-02")]);
    expect(entered.textContent).toContain(strings.history.stateMove(strings.states.attention, strings.states.jeopardy));
    expect(within(left).getAllByRole("button").map((button) => button.textContent)).toEqual([strings.history.openItem("01-03")]);
    expect(left.textContent).toContain(strings.history.goneItem("01-04"));

    await user.click(within(entered).getByRole("button", { name: strings.history.openItem("01-02") }));
    expect(onOpenItem).toHaveBeenCalledWith("01-02");
    // Keyboard: the links are buttons in the tab order.
    await user.tab();
    expect(document.activeElement?.textContent).toBe(strings.history.openItem("01-03"));
    await user.keyboard("{Enter}");
    expect(onOpenItem).toHaveBeenLastCalledWith("01-03");
  });

  test("one run: a single point and no changes yet", () => {
    renderHistory(RUNS.slice(0, 1));
    expect(markers("jeopardy")).toHaveLength(1);
    expect(screen.getByText(strings.history.one)).toBeTruthy();
    expect(screen.queryByTestId("history-changes")).toBeNull();
  });

  test("no jeopardy move between the two runs: says so", () => {
    renderHistory([RUNS[0]!, runWith(9, "2022-01-11T09:00:00.000Z", [["01-01", "attention"], ["01-02", "ok"], ["01-03", "jeopardy"], ["01-04", "jeopardy"]])]);
    expect(screen.getByText(strings.history.noChanges)).toBeTruthy();
  });
});

describe("history in the pane", () => {
  test("after two validations the Overview shows both runs, and a change opens the item and selects it in the document", async () => {
    const user = userEvent.setup({ delay: null });
    const { sim } = renderStoragePane();
    await screen.findByText("2 resolutions, 6 items");
    await validateAsOf(user, "2021-01-01");
    await validateAsOf(user, AS_OF);
    await waitFor(() => expect(markers("jeopardy")).toHaveLength(2));
    // Council 2021 (item 01-02) was months away on 1 January 2021 and is overdue on 20 January 2022.
    const entered = await screen.findByTestId("entered-jeopardy");
    await user.click(within(entered).getByRole("button", { name: strings.history.openItem("01-02") }));
    await waitFor(() => expect(screen.getByRole("tab", { name: strings.tabs.item }).getAttribute("aria-selected")).toBe("true"));
    await waitFor(() => expect(sim.selection().text).toBe("01-02"));
  });
});
