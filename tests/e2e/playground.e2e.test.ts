/**
 * The playground in Debian's Chromium: the real task pane on the Word host simulator, next to the document view.
 * Every number asserted is computed in this process by the domain engine on the same plan (the actual plan with the
 * red boxes a person set, tests/e2e/playground-expectations.ts), never written down.
 * The playground is built once (development mode, as `npm run playground` serves it) and served as static files
 * (tests/e2e/playground-session.ts); each test opens a fresh page on it.
 */
import { formatLongDate } from "../../src/domain/dates";
import { blocksText, topLevelTables, type DocBlock } from "../../src/domain/document-model";
import { fieldTag } from "../../src/document/tags";
import { allItems } from "../../src/domain/plan";
import { recognizePlan } from "../../src/domain/recognizer";
import { actualPlanModel, PERSON_RED_NUMBER_CELLS } from "../../src/fixture/actual-plan-docx";
import { scaledPlan } from "../../src/fixture/scaled-plan";
import { playgroundStrings } from "../../src/playground/playground-strings";
import { strings } from "../../src/taskpane/strings";
import { saveScreenshot } from "./harness";
import { seriousViolations } from "./playground-axe";
import { cellKey, expectationsAsOf, itemById, SEED_TEXT, type PlanExpectations } from "./playground-expectations";
import { controlTags, documentModel, documentView, isScrolledIntoView, redCells, selectedCells, settledValue, simulatorSelection, taskPane } from "./playground-page";
import { isFocused, openView, removeStructureThroughPane, shiftTabUntil, structureThroughPane, tabUntil, validatedAsOfText, validateThroughPane, waitForDetection } from "./playground-pane";
import { startPlayground, type Playground } from "./playground-session";

const AS_OF = "2022-01-20";

// Whole flows in a browser on a shared machine: page load, several operations and redraws of a 3,800-cell document.
jest.setTimeout(90_000);

let playground: Playground;
let expected: PlanExpectations;

beforeAll(async () => {
  playground = await startPlayground("playground-e2e", { axe: true });
  expected = expectationsAsOf(AS_OF);
}, 180_000);

afterAll(async () => {
  await playground?.close();
});

/** Field cells structuring wraps: every field cell of every item (the actual plan has no untaggable item). */
function fieldCellCount(): number {
  return expected.items.reduce((sum, item) => sum + Object.keys(item.cells).length, 0);
}

/** Paragraphs with an outline level, in the body and in table cells. */
function headingCount(blocks: readonly DocBlock[]): number {
  return blocks.reduce(
    (sum, block) =>
      sum + (block.kind === "paragraph" ? (block.outlineLevel !== undefined ? 1 : 0) : block.rows.reduce((rows, row) => rows + row.cells.reduce((cells, cell) => cells + headingCount(cell.blocks), 0), 0)),
    0,
  );
}

const PERSON_RED_ONLY = "01-04";
const PANE = "[data-testid=task-pane]";

describe("playground (Debian Chromium, Word host simulator)", () => {
  test("opens on the actual plan: the pane detects it, the document view draws its tables and a person's red boxes", async () => {
    const { page, errors } = await playground.open();
    const model = actualPlanModel(SEED_TEXT);
    const view = documentView(page);

    expect(await view.locator(".pg-page > table").count()).toBe(topLevelTables(model).length);
    expect(await view.locator("h2, h3, h4").count()).toBe(headingCount(model.blocks));
    // Before validation, only the person's red boxes are red.
    const personRed = expected.items.filter((item) => item.numberCellRed).map((item) => cellKey(item.cells.id!));
    expect(personRed.length).toBeGreaterThan(0);
    expect(await redCells(page)).toEqual(personRed.sort());
    // Opening the pane costs two round trips: its detection, and its storage's read of the add-in's shared state
    // (the document key of the history, the calendar changes; nothing is written).
    await page.getByTestId("round-trips").filter({ hasText: playgroundStrings.roundTrips(2, 2) }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test(`structure, then validate as of ${AS_OF}: field controls, red number cells and findings are the engine's`, async () => {
    const { page, errors } = await playground.open();

    const outcome = await structureThroughPane(page);
    expect(outcome).toContain(strings.structure.outcome(fieldCellCount(), 0));
    const itemControls = (await controlTags(page)).filter((tag) => tag.startsWith("ap/1/item/"));
    expect(itemControls).toHaveLength(fieldCellCount());
    expect(itemControls).toContain(fieldTag(PERSON_RED_ONLY, "milestone"));

    await validateThroughPane(page, AS_OF);
    // The items the engine marks red (attention and jeopardy), and 01-04, which only a person marked red.
    expect(expected.personRedOnly).toEqual([PERSON_RED_ONLY]);
    expect(await settledValue(() => redCells(page), expected.redNumberCells)).toEqual(expected.redNumberCells);
    const states = expected.result.summary.states;
    await expect(taskPane(page).getByText(strings.validate.personRedKept(expected.items.filter((item) => item.numberCellRed).length)).count()).resolves.toBe(1);
    // The screenshot shows the first red number cell the add-in set, not the document's first page.
    const firstEngineRed = expected.redNumberCells.find((address) => address !== cellKey(itemById(expected, PERSON_RED_ONLY).cells.id!))!;
    await documentView(page).locator(`td[data-cell="${firstEngineRed}"]`).scrollIntoViewIfNeeded();
    await saveScreenshot(page, "playground-overview");
    expect(states.jeopardy + states.attention).toBe(expected.redNumberCells.length - expected.personRedOnly.length);

    await openView(page, "findings");
    const pane = taskPane(page);
    await expect(pane.getByTestId("findings-count").textContent()).resolves.toBe(strings.findings.count(expected.findings, expected.findings));
    expect(await pane.getByTestId("finding").count()).toBe(expected.findings);
    // With the first item finding selected in the document.
    await pane.getByTestId("finding").filter({ has: page.getByTestId("finding-details") }).first().getByRole("button").first().click();
    await settledValue(async () => (await selectedCells(page)).length, 1);
    await saveScreenshot(page, "playground-findings");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("clicking a finding selects its item: in the simulator, outlined and scrolled into view in the document", async () => {
    const { page, errors } = await playground.open();
    await validateThroughPane(page, AS_OF);
    await openView(page, "findings");
    const target = itemById(expected, "47-01");
    expect(expected.result.items.find((item) => item.itemKey === target.key)?.findings.length).toBeGreaterThan(0);

    const label = strings.findings.item(target.id!);
    await taskPane(page).getByRole("button", { name: strings.findings.select(label) }).first().click();
    await taskPane(page).getByText(strings.findings.selected(label)).waitFor();

    expect((await simulatorSelection(page)).cell).toEqual(target.cells.id);
    expect(await settledValue(() => selectedCells(page), [cellKey(target.cells.id!)])).toEqual([cellKey(target.cells.id!)]);
    const selected = documentView(page).locator("td[data-selected]");
    await expect(selected.textContent()).resolves.toContain(target.id);
    expect(await isScrolledIntoView(page, selected)).toBe(true);
    await expect(page.getByTestId("selection").textContent()).resolves.toContain(
      playgroundStrings.selectionCell(target.cells.id!.table, target.cells.id!.row, target.cells.id!.cell),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a status block inserted through the form appears in the item's status cell, as nested content controls", async () => {
    const { page, errors } = await playground.open();
    await structureThroughPane(page);
    await validateThroughPane(page, AS_OF);
    const target = itemById(expected, "22-04");
    const pane = taskPane(page);

    await openView(page, "findings");
    await pane.getByRole("button", { name: strings.findings.details(strings.findings.item(target.id!)) }).first().click();
    await pane.getByRole("button", { name: strings.item.insertStatus }).click();
    const form = pane.getByTestId("status-block-form");
    const summary = `Playground end-to-end test: status of ${target.id} reported ${formatLongDate(AS_OF)}.`;
    await form.getByLabel(strings.statusBlock.date).fill(AS_OF);
    await form.getByRole("combobox", { name: strings.statusBlock.event }).fill("TSAG meeting, January 2022");
    await form.getByLabel(strings.statusBlock.summary).fill(summary);
    await form.getByRole("button", { name: strings.statusBlock.submit }).click();
    await pane.getByTestId("status-inserted").waitFor({ timeout: 30_000 });

    const blockTag = new RegExp(`^ap/1/status/${target.id}/[0-9]{8}[a-z0-9]+$`);
    const statusCell = documentView(page).locator(`td[data-cell="${cellKey(target.cells.status!)}"]`);
    const blockTags = async (): Promise<number> => (await controlTags(page)).filter((tag) => blockTag.test(tag)).length;
    expect(await settledValue(blockTags, 1)).toBe(1);
    const block = statusCell.locator("[data-control-tag^='ap/1/status/']").first();
    await expect(block.textContent()).resolves.toContain(summary);
    // The block's fields are controls nested inside the block's control.
    const partTags = await block.locator("[data-control-tag]").evaluateAll((parts) => parts.map((part) => part.getAttribute("data-control-tag")!));
    expect(partTags.some((tag) => tag.endsWith("/summary"))).toBe(true);
    await block.scrollIntoViewIfNeeded();
    await block.hover();
    await saveScreenshot(page, "playground-status-block");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("keyboard only: set the as-of date, validate, filter the findings and select an item with Tab, typing, arrows, Enter and Space", async () => {
    const { page, errors } = await playground.open();
    const pane = taskPane(page);

    await tabUntil(page, "the as-of date", () => isFocused(pane.getByLabel(strings.validate.asOf)));
    // Chromium's date field (en-US): month, day and year segments, typed in turn.
    await page.keyboard.type("01202022");
    await expect(pane.getByLabel(strings.validate.asOf).inputValue()).resolves.toBe(AS_OF);
    await tabUntil(page, "the Validate button", () => isFocused(pane.getByRole("button", { name: strings.validate.button, exact: true })));
    await page.keyboard.press("Enter");
    await pane.getByText(validatedAsOfText(AS_OF)).waitFor({ timeout: 30_000 });

    // Back to the views' tab list, right arrow to Findings, Enter to open it.
    await shiftTabUntil(page, "the Overview tab", () => isFocused(pane.getByRole("tab", { name: strings.tabs.overview })));
    await page.keyboard.press("ArrowRight");
    const findingsTab = pane.getByRole("tab", { name: strings.tabs.findings });
    expect(await isFocused(findingsTab)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(findingsTab.getAttribute("aria-selected")).resolves.toBe("true");

    const target = itemById(expected, "47-01");
    const label = strings.findings.item(target.id!);
    await tabUntil(page, "the findings search box", () => isFocused(pane.getByRole("searchbox", { name: strings.findings.search })));
    await page.keyboard.type(target.id!);
    await tabUntil(page, `the first finding of ${target.id}`, () => isFocused(pane.getByRole("button", { name: strings.findings.select(label) }).first()));
    await page.keyboard.press("Space");
    await pane.getByText(strings.findings.selected(label)).waitFor();
    expect((await simulatorSelection(page)).cell).toEqual(target.cells.id);
    expect(await settledValue(() => selectedCells(page), [cellKey(target.cells.id!)])).toEqual([cellKey(target.cells.id!)]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("axe-core finds no serious or critical violation in the pane: overview, structure dialog, findings, status-block form", async () => {
    const { page, errors } = await playground.open();
    const pane = taskPane(page);
    expect(await seriousViolations(page, PANE)).toEqual([]);

    await pane.getByRole("button", { name: strings.structure.button }).click();
    const dialog = page.getByRole("dialog", { name: strings.structure.dialogTitle });
    await dialog.waitFor();
    expect(await seriousViolations(page, "[role=dialog]")).toEqual([]);
    await dialog.getByRole("button", { name: strings.structure.cancel }).click();

    await validateThroughPane(page, AS_OF);
    expect(await seriousViolations(page, PANE)).toEqual([]);
    await openView(page, "findings");
    expect(await seriousViolations(page, PANE)).toEqual([]);
    await openView(page, "status");
    await pane.getByTestId("status-heading").waitFor();
    expect(await seriousViolations(page, PANE)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Remove structure: no serious or critical axe violation in its dialog, Escape gives focus back, then the document is plain with its text as before structuring", async () => {
    const { page, errors } = await playground.open();
    const pane = taskPane(page);
    const addinControls = async (): Promise<number> => (await controlTags(page)).filter((tag) => tag.startsWith("ap/1/")).length;
    const before = await documentModel(page);
    expect(await addinControls()).toBe(0);

    expect(await structureThroughPane(page)).toContain(strings.structure.outcome(fieldCellCount(), 0));
    expect(await settledValue(addinControls, fieldCellCount())).toBe(fieldCellCount());
    // Structuring moves focus to its outcome a frame later: let it land before the dialog takes focus.
    const structured = pane.getByTestId("structure-outcome").locator("xpath=..");
    expect(await settledValue(() => structured.evaluate((box) => box.contains(document.activeElement)), true)).toBe(true);

    const remove = pane.getByRole("button", { name: strings.structure.removeButton });
    await remove.click();
    const dialog = page.getByRole("dialog", { name: strings.structure.removeDialogTitle });
    await dialog.waitFor();
    await expect(dialog.getByText(strings.structure.removeWhat(fieldCellCount(), expected.items.length, expected.items.length)).count()).resolves.toBe(1);
    expect(await seriousViolations(page, "[role=dialog]")).toEqual([]);
    // Escape cancels: nothing removed, and focus is back on the button that opened the dialog.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await settledValue(() => isFocused(remove), true)).toBe(true);
    expect(await addinControls()).toBe(fieldCellCount());

    expect(await removeStructureThroughPane(page)).toContain(strings.structure.removed(fieldCellCount()));
    await pane.getByText(`${strings.detection.structure.plain} — ${strings.detection.structuredItems(0, expected.items.length)}`).waitFor();
    await pane.getByRole("button", { name: strings.structure.button }).waitFor();
    expect(await remove.count()).toBe(0);
    expect(await settledValue(addinControls, 0)).toBe(0);
    const after = await documentModel(page);
    expect(blocksText(after.blocks)).toBe(blocksText(before.blocks));
    // Not only the text: the whole document (styles, the person's red boxes) is as it was before structuring.
    expect(after).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("plan ×4 and reset: the pane and the view follow the reopened document; reset starts the round trips again", async () => {
    const { page, errors } = await playground.open();
    const scaled = recognizePlan(scaledPlan(actualPlanModel(SEED_TEXT), 4)).plan;
    const scaledItems = allItems(scaled);

    await page.getByLabel(playgroundStrings.planSize).selectOption(String(4));
    await waitForDetection(page, scaled);
    const personRed = scaledItems.filter((item) => item.numberCellRed).map((item) => cellKey(item.cells.id!));
    expect(await settledValue(() => redCells(page), personRed.sort())).toEqual(personRed.sort());

    await page.getByRole("checkbox", { name: playgroundStrings.personRed(Object.keys(PERSON_RED_NUMBER_CELLS)) }).uncheck();
    await waitForDetection(page, scaled);
    expect(await settledValue(() => redCells(page), [])).toEqual([]);

    await page.getByLabel(playgroundStrings.planSize).selectOption(String(1));
    await waitForDetection(page, expected.plan);
    await validateThroughPane(page, AS_OF);
    await page.getByRole("button", { name: playgroundStrings.reset }).click();
    await waitForDetection(page, expected.plan);
    await page.getByTestId("round-trips").filter({ hasText: playgroundStrings.roundTrips(2, 2) }).waitFor();
    expect(await taskPane(page).getByText(validatedAsOfText(AS_OF)).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
