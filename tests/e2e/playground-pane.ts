/**
 * Driving the task pane inside the playground as a person would, by accessible roles and names (the pane's own
 * strings): wait for detection, structure the document and remove the structure, validate as of a date, switch views.
 */
import type { Locator, Page } from "playwright-core";
import { formatLongDate } from "../../src/domain/dates";
import { allItems, resolutionsWithActionTables, type Plan } from "../../src/domain/plan";
import { strings } from "../../src/taskpane/strings";
import { taskPane } from "./playground-page";

const LONG_OPERATION = { timeout: 30_000 };

/** Waits until the pane's detection summary gives the plan's size as the engine counts it (resolutions with an action table). */
export async function waitForDetection(page: Page, plan: Plan): Promise<void> {
  const summary = strings.detection.summary(resolutionsWithActionTables(plan).length, allItems(plan).length);
  await taskPane(page).getByText(summary).waitFor(LONG_OPERATION);
}

/** Clicks `button`, confirms in the dialog it opens, waits for the outcome; returns the outcome message's text. */
async function confirmThroughPane(page: Page, button: string, dialogTitle: string, confirm: string, outcomeTestId: string): Promise<string> {
  const pane = taskPane(page);
  await pane.getByRole("button", { name: button }).click();
  const dialog = page.getByRole("dialog", { name: dialogTitle });
  await dialog.getByRole("button", { name: confirm, exact: true }).click(LONG_OPERATION);
  const outcome = pane.getByTestId(outcomeTestId);
  await outcome.waitFor(LONG_OPERATION);
  return (await outcome.textContent()) ?? "";
}

/** "Structure this document", confirm in the dialog; returns the outcome message's text. */
export function structureThroughPane(page: Page): Promise<string> {
  return confirmThroughPane(page, strings.structure.button, strings.structure.dialogTitle, strings.structure.confirm, "structure-outcome");
}

/** "Remove structure", confirm in the dialog; returns the outcome message's text. */
export function removeStructureThroughPane(page: Page): Promise<string> {
  return confirmThroughPane(page, strings.structure.removeButton, strings.structure.removeDialogTitle, strings.structure.removeConfirm, "unstructure-outcome");
}

export function validatedAsOfText(asOf: string): string {
  return strings.validate.validatedAsOf(formatLongDate(asOf));
}

/** Sets the as-of date, clicks Validate and waits until the pane says it validated as of that date. */
export async function validateThroughPane(page: Page, asOf: string): Promise<void> {
  const pane = taskPane(page);
  await pane.getByLabel(strings.validate.asOf).fill(asOf);
  await pane.getByRole("button", { name: strings.validate.button, exact: true }).click();
  await pane.getByText(validatedAsOfText(asOf)).waitFor(LONG_OPERATION);
}

export async function openView(page: Page, view: "overview" | "findings" | "item" | "status"): Promise<void> {
  await taskPane(page).getByRole("tab", { name: strings.tabs[view] }).click();
}

/** True when the element (the first match) has the keyboard focus; false when there is no such element yet. */
export async function isFocused(element: Locator): Promise<boolean> {
  if ((await element.count()) === 0) return false;
  return await element.first().evaluate((node) => node === document.activeElement);
}

/** Presses Tab until `isTarget` holds for the focused element; fails after `limit` presses. */
export async function tabUntil(page: Page, describe: string, isTarget: () => Promise<boolean>, limit = 60): Promise<void> {
  await pressUntil(page, "Tab", describe, isTarget, limit);
}

/** Presses Shift+Tab until `isTarget` holds for the focused element; fails after `limit` presses. */
export async function shiftTabUntil(page: Page, describe: string, isTarget: () => Promise<boolean>, limit = 60): Promise<void> {
  await pressUntil(page, "Shift+Tab", describe, isTarget, limit);
}

async function pressUntil(page: Page, key: string, describe: string, isTarget: () => Promise<boolean>, limit: number): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isTarget()) return;
    await page.keyboard.press(key);
  }
  if (await isTarget()) return;
  throw new Error(`${key} never reached ${describe} in ${limit} presses`);
}
