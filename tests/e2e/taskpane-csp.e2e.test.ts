/**
 * The production task pane in Debian's Chromium, under its own Content-Security-Policy: React and Fluent UI render
 * with Griffel's styles extracted at build time (stylesheets from the host, the lazy views' loaded with them, no
 * style inserted at run time), the lazy office-js-helpers chunk loads on use, and the browser reports no CSP violation. Office.js cannot load here (no Office, no network), so the CDN URL is
 * answered with a minimal Office object whose host supports no Word requirement set: the pane must then say that
 * this Word is too old, naming what it needs (Word JavaScript API 1.3), rather than break.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildProduction, stylesheetSources } from "../../scripts/bundle-size";
import { unsupportedMessage } from "../../src/document/word/requirements";
import { strings } from "../../src/taskpane/strings";
import { collectPageErrors, saveScreenshot, startServedBuild, type ServedBuild } from "./harness";

const OFFICE_OUTSIDE_WORD = `window.Office = {
  context: { requirements: { isSetSupported: function () { return false; } } },
  onReady: function (callback) {
    var info = { host: null, platform: null };
    if (callback) callback(info);
    return Promise.resolve(info);
  }
};`;

let production: ServedBuild;

beforeAll(async () => {
  production = await startServedBuild("addin-e2e-dist", buildProduction);
}, 180_000);

afterAll(async () => {
  await production?.close();
});

test("the production task pane renders under its CSP and says Word is too old when the host lacks WordApi 1.3", async () => {
  const page = await production.browser.newPage({ viewport: { width: 320, height: 600 } });
  const errors = collectPageErrors(page);
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_OUTSIDE_WORD }));

  const helpersChunk = page.waitForResponse((response) => /\/office-helpers\.[0-9a-f]+\.js$/.test(new URL(response.url()).pathname));
  await page.goto(production.url("taskpane.html"));
  await page.getByRole("heading", { name: strings.appTitle }).waitFor();
  const error = page.getByTestId("error-bar");
  await error.waitFor();
  expect(await error.getAttribute("data-code")).toBe("Unsupported");
  const text = await error.innerText();
  expect(text).toContain(strings.errors.unsupportedTitle);
  // The adapter's own sentence names what is needed and which Word versions have it.
  expect(text).toContain(unsupportedMessage({ core: false, customXmlParts: false, dataChangedEvents: false })!);
  expect(text).toContain("Word JavaScript API 1.3");

  // Fluent's styles were applied, from the extracted stylesheet: Griffel inserted no rule at run time (a rule outside
  // the stylesheets' cascade layers would outrank them all), and a lazy view brings its own stylesheet.
  const headingWeight = await page.getByRole("heading", { name: strings.appTitle }).evaluate((element) => getComputedStyle(element).fontWeight);
  expect(Number(headingWeight)).toBeGreaterThanOrEqual(600);
  const inHtml = stylesheetSources(readFileSync(join(production.dir, "taskpane.html"), "utf8")).length;
  expect(inHtml).toBeGreaterThan(0);
  await page.getByRole("tab", { name: strings.tabs.findings }).click();
  await page.locator("#panel-findings").getByRole("button").first().waitFor();
  const loaded = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).sheet !== null));
  expect(loaded.length).toBeGreaterThan(inHtml);
  expect(loaded.every(Boolean)).toBe(true);
  expect(await page.locator("style[data-make-styles-bucket]").count()).toBe(0);
  await page.getByRole("tab", { name: strings.tabs.overview }).click();
  // The error was logged through the lazy office-js-helpers chunk.
  expect((await helpersChunk).status()).toBe(200);
  await page.getByRole("button", { name: strings.detection.retry }).waitFor();

  await saveScreenshot(page, "taskpane-outside-word");
  expect(errors.filter((message) => /Content Security Policy|Refused to/i.test(message))).toEqual([]);
});
