/**
 * The pane's storage in the playground, in Debian's Chromium with its real IndexedDB: validation history and a
 * status-block draft survive a reload of the page (the simulated document is created afresh; the playground keeps its
 * document key, see src/playground/playground-storage.ts). The counts the history shows are the domain engine's,
 * computed in this process on the same plan. Each test has its own browser context, hence its own IndexedDB.
 */
import type { Page } from "playwright-core";
import { formatLongDate } from "../../src/domain/dates";
import { changesSince, snapshotRun, type ValidationRun } from "../../src/domain/history";
import { strings } from "../../src/taskpane/strings";
import { saveScreenshot } from "./harness";
import { expectationsAsOf, type PlanExpectations } from "./playground-expectations";
import { taskPane } from "./playground-page";
import { openView, validateThroughPane, waitForDetection } from "./playground-pane";
import { startPlayground, type OpenedPlayground, type Playground } from "./playground-session";

const EARLIER = "2021-06-01";
const AS_OF = "2022-01-20";
const LONG = { timeout: 30_000 };

jest.setTimeout(120_000);

let playground: Playground;
let earlier: PlanExpectations;
let later: PlanExpectations;

beforeAll(async () => {
  playground = await startPlayground("playground-storage-e2e");
  earlier = expectationsAsOf(EARLIER);
  later = expectationsAsOf(AS_OF);
}, 180_000);

afterAll(async () => {
  await playground?.close();
});

async function storageReady(page: Page): Promise<void> {
  await taskPane(page).locator("main[data-storage=ready]").waitFor(LONG);
}

/** A page in a browser context of its own (its own IndexedDB), once the pane has detected the plan and opened its storage. */
async function openPlayground(): Promise<OpenedPlayground> {
  const opened = await playground.open({ ownContext: true });
  await storageReady(opened.page);
  return opened;
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await waitForDetection(page, later.plan);
  await storageReady(page);
}

/** The rows of the chart's table (as of, jeopardy, attention, done), oldest first. */
async function historyRows(page: Page): Promise<string[][]> {
  const rows = taskPane(page).getByTestId("trend-table").locator("tbody tr");
  return await rows.evaluateAll((elements) => elements.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? "")));
}

function expectedRow(expectations: PlanExpectations, asOf: string): string[] {
  const states = expectations.result.summary.states;
  return [formatLongDate(asOf), String(states.jeopardy), String(states.attention), String(states.done)];
}

function run(id: number, expectations: PlanExpectations): ValidationRun {
  return { id, ...snapshotRun("k", expectations.result, new Date(Date.UTC(2022, 0, id))) };
}

describe("playground storage (Debian Chromium, real IndexedDB)", () => {
  test("two validations with different as-of dates: after a reload the history chart shows both runs, and what changed", async () => {
    const { page, errors } = await openPlayground();
    const pane = taskPane(page);
    await validateThroughPane(page, EARLIER);
    await validateThroughPane(page, AS_OF);
    const chart = pane.getByTestId("trend-chart");
    await chart.locator('[data-series="jeopardy"]').nth(1).waitFor(LONG);

    await reload(page);
    // The reloaded page has a fresh simulated document and has not validated: the history is from IndexedDB.
    expect(await pane.getByText(strings.validate.validatedAsOf(formatLongDate(AS_OF))).count()).toBe(0);
    await chart.waitFor(LONG);
    expect(await chart.locator('[data-series="jeopardy"]').count()).toBe(2);
    expect(await chart.locator('[data-series="attention"]').count()).toBe(2);
    expect(await chart.locator('[data-series="done"]').count()).toBe(2);
    expect(await historyRows(page)).toEqual([expectedRow(earlier, EARLIER), expectedRow(later, AS_OF)]);
    const last = later.result.summary.states;
    expect(await chart.getAttribute("aria-label")).toBe(strings.history.chartLabel(2, formatLongDate(EARLIER), formatLongDate(AS_OF), last.jeopardy, last.attention, last.done));

    // The items that entered jeopardy between the two dates, as the engine says, each a link to the item.
    const changes = changesSince(run(1, earlier), run(2, later));
    expect(changes.enteredJeopardy.length).toBeGreaterThan(0);
    const entered = pane.getByTestId("entered-jeopardy").getByRole("button");
    expect(await entered.allTextContents()).toEqual(changes.enteredJeopardy.map((change) => strings.history.openItem(change.itemId ?? change.itemKey)));
    await pane.getByTestId("history").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "playground-history");

    // The settings and the calendar editor fit the pane's width (no horizontal scrolling).
    await pane.getByRole("button", { name: strings.settingsView.open }).click();
    await pane.getByTestId("calendar-editor").getByTestId("calendar-source").waitFor(LONG);
    const overflow = await pane.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, "playground-settings");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a status-block draft typed before a reload is restored, and can be discarded", async () => {
    const { page, errors } = await openPlayground();
    const pane = taskPane(page);
    const item = later.items.find((candidate) => candidate.id === "01-02")!;
    const summary = "Draft typed in the playground before reloading the page.";
    await validateThroughPane(page, AS_OF);
    await openView(page, "status");
    await pane.getByTestId("item-picker").click();
    await page.keyboard.type(item.id!);
    await page.getByRole("option", { name: item.id!, exact: true }).click();
    const form = pane.getByTestId("status-block-form");
    await form.getByLabel(strings.statusBlock.summary).fill(summary);
    await form.getByRole("combobox", { name: strings.statusBlock.event }).fill("TSAG meeting, January 2022");
    await pane.getByText(strings.drafts.saved).waitFor(LONG);

    await reload(page);
    await validateThroughPane(page, AS_OF);
    await openView(page, "status");
    await pane.getByTestId("draft-list").getByRole("button", { name: new RegExp(`^Item ${item.id}`) }).click();
    await pane.getByTestId("draft-status").getByText(/^Unfinished draft restored/).waitFor(LONG);
    expect(await form.getByLabel(strings.statusBlock.summary).inputValue()).toBe(summary);
    expect(await form.getByRole("combobox", { name: strings.statusBlock.event }).inputValue()).toBe("TSAG meeting, January 2022");
    await saveScreenshot(page, "playground-draft-restored");

    await pane.getByRole("button", { name: strings.drafts.discard }).click();
    await page.waitForFunction(() => (document.querySelector("[data-testid=status-summary]") as HTMLTextAreaElement | null)?.value === "");
    await reload(page);
    await validateThroughPane(page, AS_OF);
    await openView(page, "status");
    await pane.getByText(strings.statusBlock.noItem).waitFor(LONG);
    expect(await pane.getByTestId("draft-list").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
