/**
 * Issue 5: "the pane is usable at 320 px width". The playground in Debian's Chromium with the browser window as narrow
 * as Word's narrowest task pane: the pane column set to 320 CSS px, the document view and the playground's toolbar
 * hidden, and the window exactly as wide as the pane, so dialogs and drop-downs are as narrow as they would be in
 * Word. Every view is visited (Overview before and after validating, with the history, and the structure and Remove
 * structure dialogs, which must fit the window with their buttons in it; Findings as of 2022-01-20;
 * the full report; Item; the status-block form with its errors; Settings, the calendar editor's form and its import preview) and checked:
 * no horizontal scrolling, no element outside the pane, every control visible inside it, no text cut off by
 * `overflow: hidden` (unless a title shows it in full), no placeholder wider than its empty input. A screenshot of each view at 320 px goes to test-artifacts/.
 */
import type { Locator, Page } from "playwright-core";
import { strings } from "../../src/taskpane/strings";
import { saveScreenshot } from "./harness";
import { documentView, taskPane } from "./playground-page";
import { openView, structureThroughPane, validateThroughPane } from "./playground-pane";
import { startPlayground, type Playground } from "./playground-session";

const PANE_WIDTH = 320;
const HEIGHT = 900;
const EARLIER = "2021-06-01";
const AS_OF = "2022-01-20";
const LONG = { timeout: 30_000 };

jest.setTimeout(180_000);

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground("pane-narrow-e2e");
}, 180_000);

afterAll(async () => {
  await playground?.close();
});

/** What is wrong with the pane at its current width, as readable lines (empty when it fits). */
interface FitReport {
  /** The pane's scroll container: content width beyond its visible width, in px. */
  horizontalOverflow: number;
  /** How far the window itself scrolls, either way: the pane column is the scroller, so something escaped it. */
  windowOverflow: number;
  /** Visible elements that reach outside the pane's content box. */
  outside: string[];
  /** Buttons, inputs, tabs… not visible or not entirely inside the pane. */
  controls: string[];
  /** Elements that cut their text off (overflow hidden/clip, scrollWidth > clientWidth) without a title. */
  clipped: string[];
  /** Empty inputs whose placeholder is wider than the input's text box. */
  placeholders: string[];
}

/** Measures the pane's scroll container (the playground's pane column). Runs in the page. */
function measureFit(pane: Element): FitReport {
  const describe = (element: Element): string => {
    const id = element.getAttribute("data-testid") ?? element.id;
    const role = element.getAttribute("role");
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
    const rect = element.getBoundingClientRect();
    return `${element.tagName.toLowerCase()}${id ? `#${id}` : ""}${role ? `[role=${role}]` : ""} "${text}" (${Math.round(rect.left)}–${Math.round(rect.right)})`;
  };
  const shown = (element: Element): boolean => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && element.checkVisibility({ visibilityProperty: true });
  };
  /** The usual "visually hidden" text for screen readers: 1 px, clipped. */
  const visuallyHidden = (element: Element): boolean => {
    const style = getComputedStyle(element);
    return (style.clip !== "auto" && style.clip !== "") || (style.position === "absolute" && element.getBoundingClientRect().width <= 1);
  };
  const titled = (element: Element): boolean => {
    for (let node: Element | null = element; node && node !== pane; node = node.parentElement) if (node.getAttribute("title")) return true;
    return false;
  };

  const box = pane.getBoundingClientRect();
  const left = box.left + pane.clientLeft;
  const right = left + pane.clientWidth;
  const page = document.scrollingElement ?? document.documentElement;
  const report: FitReport = { horizontalOverflow: pane.scrollWidth - pane.clientWidth, windowOverflow: Math.max(page.scrollWidth - page.clientWidth, page.scrollHeight - page.clientHeight), outside: [], controls: [], clipped: [], placeholders: [] };
  const ruler = document.createElement("canvas").getContext("2d");
  /** The width the placeholder's text needs in the input's font, against the input's content box. */
  const placeholderCut = (input: HTMLInputElement | HTMLTextAreaElement): string | null => {
    if (!ruler || input.placeholder === "" || input.value !== "") return null;
    const style = getComputedStyle(input);
    ruler.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const needed = Math.ceil(ruler.measureText(input.placeholder).width);
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return needed > room + 1 ? `"${input.placeholder}" needs ${needed} of ${Math.floor(room)} px` : null;
  };
  /** Visually hidden subtrees (text alternatives for screen readers): laid out at any width, never seen. */
  const unseen: Element[] = [];
  const controlSelector = "button, input:not([type=hidden]), select, textarea, a[href], [role=button], [role=tab], [role=combobox], [role=checkbox], [role=radio], [role=switch], [role=link]";
  for (const element of pane.querySelectorAll("*")) {
    const isControl = element.matches(controlSelector);
    if (!shown(element)) {
      // A control in a view that is not open is fine; one in the open view must be visible.
      if (isControl && element.closest("[hidden]") === null && getComputedStyle(element).display !== "none" && !visuallyHidden(element) && element.getAttribute("type") !== "radio" && element.getAttribute("type") !== "checkbox") {
        report.controls.push(`not visible: ${describe(element)}`);
      }
      continue;
    }
    if (unseen.some((root) => root.contains(element))) continue;
    if (visuallyHidden(element)) {
      unseen.push(element);
      continue;
    }
    const rect = element.getBoundingClientRect();
    const beyond = rect.left < left - 1 || rect.right > right + 1;
    if (beyond) (isControl ? report.controls : report.outside).push(describe(element));
    const style = getComputedStyle(element);
    const clips = ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
    if (clips && element.scrollWidth > element.clientWidth + 1 && (element.textContent ?? "").trim() !== "" && !titled(element)) {
      report.clipped.push(`${describe(element)} shows ${element.clientWidth} of ${element.scrollWidth} px`);
    }
    const cut = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? placeholderCut(element) : null;
    if (cut) report.placeholders.push(`${describe(element)}: ${cut}`);
  }
  return report;
}

const FITS: FitReport = { horizontalOverflow: 0, windowOverflow: 0, outside: [], controls: [], clipped: [], placeholders: [] };

/** The pane column, as the measure sees it. */
function paneColumn(page: Page): Locator {
  return taskPane(page);
}

/**
 * The window as narrow as the pane: the document view and the toolbar out of the way, the pane column 320 px wide
 * and as high as the window, scrolling its content as Word's pane does.
 */
async function narrowToPane(page: Page): Promise<void> {
  await documentView(page).evaluate((view) => view.style.setProperty("display", "none"));
  await page.locator("header").first().evaluate((toolbar) => toolbar.style.setProperty("display", "none"));
  await paneColumn(page).evaluate((pane, width) => {
    pane.style.setProperty("flex", `0 0 ${width}px`);
    pane.style.setProperty("width", `${width}px`);
    pane.style.setProperty("border-left", "none");
    // The playground's grid: toolbar row, then the workspace; with the toolbar gone, the workspace is the only row.
    const grid = pane.parentElement?.parentElement;
    if (!grid) throw new Error("the pane column is not inside the playground's grid");
    grid.style.setProperty("grid-template-rows", "minmax(0, 1fr)");
  }, PANE_WIDTH);
}

/** The fit of the pane now; overflows clamped at 0 (a negative value only means spare room). */
async function fitOf(page: Page): Promise<FitReport> {
  const report = await paneColumn(page).evaluate(measureFit);
  return { ...report, horizontalOverflow: Math.max(0, report.horizontalOverflow), windowOverflow: Math.max(0, report.windowOverflow) };
}

/** The buttons of a dialog that are not entirely inside the window (a person could not see or reach them). */
async function buttonsOutsideWindow(dialog: Locator): Promise<string[]> {
  return await dialog.evaluate((root, size) => {
    const outside: string[] = [];
    for (const button of root.querySelectorAll("button")) {
      const rect = button.getBoundingClientRect();
      if (rect.left < -1 || rect.right > size.width + 1 || rect.top < -1 || rect.bottom > size.height + 1) outside.push(`"${(button.textContent ?? "").trim()}" (${Math.round(rect.left)}–${Math.round(rect.right)} × ${Math.round(rect.top)}–${Math.round(rect.bottom)})`);
    }
    return outside;
  }, { width: PANE_WIDTH, height: HEIGHT });
}

/** Whether a dialog or pop-up (rendered outside the pane, in a portal) fits the window. */
async function fitsWindow(element: Locator): Promise<string[]> {
  return await element.evaluate((root, width) => {
    const outside: string[] = [];
    for (const node of [root, ...root.querySelectorAll("*")]) {
      const rect = node.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < -1 || rect.right > width + 1)) outside.push(`${node.tagName.toLowerCase()} "${(node.textContent ?? "").trim().slice(0, 40)}" (${Math.round(rect.left)}–${Math.round(rect.right)})`);
    }
    return outside;
  }, PANE_WIDTH);
}

describe("the pane at 320 px (Debian Chromium, playground)", () => {
  test("every view fits: no horizontal scrolling, every control inside the pane, no text cut off", async () => {
    const { page, errors } = await playground.open({ viewport: { width: PANE_WIDTH, height: HEIGHT } });
    await narrowToPane(page);
    const pane = taskPane(page);
    await pane.locator("main[data-storage=ready]").waitFor(LONG);
    expect(await paneColumn(page).evaluate((column) => [column.getBoundingClientRect().width, column.getBoundingClientRect().height])).toEqual([PANE_WIDTH, HEIGHT]);

    const fits: Record<string, FitReport> = {};
    const check = async (view: string, scrollTo?: Locator): Promise<void> => {
      fits[view] = await fitOf(page);
      if (scrollTo) await scrollTo.scrollIntoViewIfNeeded();
      else await paneColumn(page).evaluate((column) => column.scrollTo(0, 0));
      await saveScreenshot(page, `pane-320-${view}`);
    };

    await check("overview");

    // The structure dialog is as narrow as the window.
    await pane.getByRole("button", { name: strings.structure.button }).click();
    const dialog = page.getByRole("dialog", { name: strings.structure.dialogTitle });
    await dialog.getByRole("button", { name: strings.structure.confirm, exact: true }).waitFor(LONG);
    expect(await fitsWindow(dialog)).toEqual([]);
    expect(await buttonsOutsideWindow(dialog)).toEqual([]);
    await saveScreenshot(page, "pane-320-structure-dialog");
    await dialog.getByRole("button", { name: strings.structure.cancel }).click();
    await structureThroughPane(page);

    // So is Remove structure's (offered once structured), whose text is longer.
    await pane.getByRole("button", { name: strings.structure.removeButton }).click();
    const removal = page.getByRole("dialog", { name: strings.structure.removeDialogTitle });
    await removal.getByRole("button", { name: strings.structure.removeConfirm, exact: true }).waitFor(LONG);
    expect(await fitsWindow(removal)).toEqual([]);
    expect(await buttonsOutsideWindow(removal)).toEqual([]);
    await saveScreenshot(page, "pane-320-remove-structure-dialog");
    await removal.getByRole("button", { name: strings.structure.cancel }).click();
    await removal.waitFor({ state: "hidden", ...LONG });

    // Two validations: the history shows a trend and what changed between them.
    await validateThroughPane(page, EARLIER);
    await validateThroughPane(page, AS_OF);
    await pane.getByTestId("trend-chart").locator('[data-series="jeopardy"]').nth(1).waitFor(LONG);
    await check("overview-validated");
    await check("history", pane.getByTestId("history"));

    await openView(page, "findings");
    await pane.getByTestId("findings-count").waitFor(LONG);
    await check("findings");
    // A drop-down's list opens outside the pane (a portal): it must fit the window too.
    await pane.getByTestId("sort-by").click();
    const options = page.getByRole("listbox");
    await options.waitFor(LONG);
    expect(await fitsWindow(options)).toEqual([]);
    await saveScreenshot(page, "pane-320-sort-options");
    await page.keyboard.press("Escape");
    await options.waitFor({ state: "hidden", ...LONG });
    await pane.getByTestId("open-report").click();
    await pane.getByTestId("full-report").waitFor(LONG);
    await check("full-report");
    await pane.getByRole("button", { name: strings.report.back }).click();

    await pane.getByRole("button", { name: strings.findings.details(strings.findings.item("22-04")) }).first().click();
    await pane.getByTestId("item-heading").waitFor(LONG);
    await pane.getByTestId("milestone-input").fill("3 months before the last TSAG meeting before WTSA-24, and each Council");
    await check("item");

    await pane.getByRole("button", { name: strings.item.insertStatus }).click();
    const form = pane.getByTestId("status-block-form");
    await form.waitFor(LONG);
    await form.getByTestId("status-date").fill("20 January");
    await form.getByRole("button", { name: strings.statusBlock.submit }).click();
    await form.getByText(strings.statusBlock.fixErrors).waitFor(LONG);
    await check("status-block");

    await pane.getByRole("button", { name: strings.settingsView.open }).click();
    await pane.getByTestId("calendar-source").waitFor(LONG);
    await check("settings");
    await pane.getByTestId("add-event").click();
    await pane.getByTestId("calendar-event-form").waitFor(LONG);
    await check("calendar-event-form", pane.getByTestId("calendar-event-form"));

    // The calendar import's preview, with long names, a change and a left-out event.
    const ics = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
      "BEGIN:VEVENT", "UID:a@test", "SUMMARY:Telecommunication Standardization Advisory Group (TSAG), second meeting of the study period", "LOCATION:Geneva, Switzerland, and online", "DTSTART;VALUE=DATE:20260119", "DTEND;VALUE=DATE:20260124", "END:VEVENT",
      "BEGIN:VEVENT", "X-ACTION-PLAN-ID:TSAG-2025-05", "X-ACTION-PLAN-SERIES:TSAG", "X-ACTION-PLAN-SOURCE:ITU", "SUMMARY:TSAG meeting, Geneva, 26–30 May 2025", "DTSTART;VALUE=DATE:20250526", "DTEND;VALUE=DATE:20250530", "END:VEVENT",
      "BEGIN:VEVENT", "UID:c@test", "SUMMARY:Workshop on quantum information technologies for networks, with a long title", "DTSTART;VALUE=DATE:20260210", "END:VEVENT",
      "END:VCALENDAR", "",
    ].join("\r\n");
    await pane.getByTestId("calendar-file-input").setInputFiles({ name: "itu-calendar-2026-with-a-long-file-name.ics", mimeType: "text/calendar", buffer: Buffer.from(ics) });
    await pane.getByTestId("calendar-import-preview").waitFor(LONG);
    await check("calendar-import-preview", pane.getByTestId("calendar-import-preview"));

    expect(fits).toEqual(Object.fromEntries(Object.keys(fits).map((view) => [view, FITS])));
    expect(errors).toEqual([]);
    await page.close();
  });
});
