/**
 * Reading the playground page in the end-to-end tests: its two regions (the task pane, the document view), the
 * cells and content controls the document view draws, and the simulator behind it (exposed as `playground`).
 */
import type { Locator, Page } from "playwright-core";
import type { DocModel } from "../../src/domain/document-model";
import type { SimulatedSelection } from "../../src/simulator";
import { playgroundStrings } from "../../src/playground/playground-strings";
import { isRedShading } from "../../src/domain/shading";

export function documentView(page: Page): Locator {
  return page.getByRole("region", { name: playgroundStrings.documentRegion });
}

export function taskPane(page: Page): Locator {
  return page.getByTestId("task-pane");
}

/** Addresses ("table.row.cell") of the top-level cells the document view draws with a red fill, sorted. */
export async function redCells(page: Page): Promise<string[]> {
  const shaded = await documentView(page)
    .locator("td[data-cell][data-shading]")
    .evaluateAll((cells) => cells.map((cell) => ({ address: cell.getAttribute("data-cell")!, shading: cell.getAttribute("data-shading")! })));
  return shaded
    .filter((cell) => isRedShading(cell.shading))
    .map((cell) => cell.address)
    .sort();
}

/** Tags of the content controls the document view draws, in document order. */
export async function controlTags(page: Page): Promise<string[]> {
  return await documentView(page)
    .locator("[data-control-tag]")
    .evaluateAll((controls) => controls.map((control) => control.getAttribute("data-control-tag")!));
}

/** The simulator's own account of the selection (not the view's). */
export async function simulatorSelection(page: Page): Promise<SimulatedSelection> {
  return await page.evaluate(() => {
    const { playground } = globalThis;
    if (!playground) throw new Error("the playground exposes no simulator");
    return playground.simulator.selection();
  });
}

/** The simulator's document as it is now (its export: text, styles, shading, content controls), for comparing states. */
export async function documentModel(page: Page): Promise<DocModel> {
  return await page.evaluate(() => {
    const { playground } = globalThis;
    if (!playground) throw new Error("the playground exposes no simulator");
    return playground.simulator.exportModel();
  });
}

/** Addresses of the cells the document view outlines as selected. */
export async function selectedCells(page: Page): Promise<string[]> {
  return await documentView(page)
    .locator("td[data-cell][data-selected]")
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-cell")!));
}

/** True when the element is inside the visible part of the document view's scrolling area. */
export async function isScrolledIntoView(page: Page, element: Locator): Promise<boolean> {
  const [box, viewport] = await Promise.all([element.boundingBox(), documentView(page).boundingBox()]);
  return box !== null && viewport !== null && box.y >= viewport.y && box.y + Math.min(box.height, 40) <= viewport.y + viewport.height;
}

/**
 * Reads `read()` until it gives `expected` (deep equality through JSON) or `timeoutMs` passes, and returns the last
 * value read, for the test to assert with a readable difference. The document view redraws once per animation
 * frame after the simulator's round trips, so it may lag the pane's message by a frame.
 */
export async function settledValue<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
