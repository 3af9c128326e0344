/**
 * "Use the item at the cursor" in the playground, in Debian's Chromium: a click in a cell of the document view puts
 * the simulated cursor there (as a click in Word would, without a round trip), and the Item view's button shows the
 * item of that row in one round trip. Items and their texts come from the domain engine on the same plan.
 */
import type { Page } from "playwright-core";
import type { CellAddress } from "../../src/domain/document-model";
import { strings } from "../../src/taskpane/strings";
import { seriousViolations } from "./playground-axe";
import { cellKey, expectationsAsOf, itemById, type PlanExpectations } from "./playground-expectations";
import { documentView, selectedCells, settledValue, simulatorSelection, taskPane } from "./playground-page";
import { isFocused, openView, structureThroughPane, tabUntil, validateThroughPane } from "./playground-pane";
import { startPlayground, type Playground } from "./playground-session";

const AS_OF = "2022-01-20";
const PANE = "[data-testid=task-pane]";

jest.setTimeout(90_000);

let playground: Playground;
let expected: PlanExpectations;

beforeAll(async () => {
  playground = await startPlayground("playground-cursor-e2e", { axe: true });
  expected = expectationsAsOf(AS_OF);
}, 180_000);

afterAll(async () => {
  await playground?.close();
});

async function syncs(page: Page): Promise<number> {
  return await page.evaluate(() => globalThis.playground!.simulator.stats.syncs);
}

/** Clicks in a top-level cell of the document view and waits until the simulator's cursor is in it. */
async function clickCell(page: Page, address: CellAddress): Promise<void> {
  await documentView(page).locator(`td[data-cell="${cellKey(address)}"]`).click();
  expect(await settledValue(async () => (await simulatorSelection(page)).cell, address)).toEqual(address);
}

/** What the Item view shows: the picker's number and the details' text. */
async function shownItem(page: Page): Promise<{ number: string; details: string }> {
  const pane = taskPane(page);
  const details = pane.getByTestId("item-details");
  return {
    number: await pane.getByTestId("item-picker").inputValue(),
    details: (await details.count()) === 0 ? "" : ((await details.textContent()) ?? ""),
  };
}

async function waitUntilShown(page: Page, id: string): Promise<void> {
  const action = itemById(expected, id).action.slice(0, 40);
  const shown = await settledValue(async () => {
    const { number, details } = await shownItem(page);
    return number === id && details.includes(action);
  }, true);
  expect(shown ? id : await shownItem(page)).toBe(id);
}

describe("the item at the cursor (Debian Chromium, Word host simulator)", () => {
  test("click in an item's row, then 'Use the item at the cursor': the Item view shows that item, for one round trip", async () => {
    const { page, errors } = await playground.open();
    const pane = taskPane(page);
    await validateThroughPane(page, AS_OF);
    await openView(page, "item");
    // Opened with no item chosen, the view asked once by itself: the cursor is at the start of the document.
    await pane.getByText(strings.item.noneSelected).waitFor();
    const button = pane.getByRole("button", { name: strings.item.useCursor });
    await button.waitFor();

    const target = itemById(expected, "22-04");
    const before = await syncs(page);
    await clickCell(page, target.cells.milestone!);
    // A click is the person's, not the add-in's: no round trip, and the view outlines the cell.
    expect(await syncs(page)).toBe(before);
    expect(await settledValue(() => selectedCells(page), [cellKey(target.cells.milestone!)])).toEqual([cellKey(target.cells.milestone!)]);

    await button.click();
    await waitUntilShown(page, "22-04");
    expect(await syncs(page)).toBe(before + 1);
    await expect(page.getByTestId("announcer").textContent()).resolves.toBe(strings.item.cursorShown(strings.findings.item("22-04")));

    // From the status row under another item.
    const other = itemById(expected, "47-01");
    await clickCell(page, other.cells.status!);
    await button.click();
    await waitUntilShown(page, "47-01");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("structured: the Item view opens on the item at the cursor; a nested table's cell counts for its item; outside, a message; keyboard only", async () => {
    const { page, errors } = await playground.open();
    const pane = taskPane(page);
    await structureThroughPane(page);
    await validateThroughPane(page, AS_OF);
    await clickCell(page, itemById(expected, "47-01").cells.action!);
    expect((await simulatorSelection(page)).controlTags).toEqual(["ap/1/item/47-01/action"]);
    await openView(page, "item");
    await waitUntilShown(page, "47-01");

    // A cell of the table nested in 75-02's status cell: the cursor goes to that status cell.
    const nested = itemById(expected, "75-02").cells.status!;
    await documentView(page).locator(`td[data-cell="${cellKey(nested)}"] table td`).first().click();
    expect(await settledValue(async () => (await simulatorSelection(page)).cell, nested)).toEqual(nested);
    const toButton = (): Promise<void> => tabUntil(page, "the 'Use the item at the cursor' button", () => isFocused(pane.getByRole("button", { name: strings.item.useCursor })));
    await toButton();
    await page.keyboard.press("Enter");
    await waitUntilShown(page, "75-02");

    // Section I's summary table holds no action item.
    await clickCell(page, { table: 0, row: 2, cell: 0 });
    await toButton();
    await page.keyboard.press("Enter");
    await pane.getByTestId("cursor-note").filter({ hasText: strings.item.cursorOutside }).waitFor();
    expect(await shownItem(page)).toMatchObject({ number: "75-02" });
    expect(await seriousViolations(page, PANE)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
