/**
 * Proves the browser harness works where the tests run (CI included): Debian's Chromium starts, loads a page
 * from the static server, a click runs the page's script, a screenshot is written. The page carries the
 * add-in's own Content-Security-Policy (from webpack.config.js), and the test checks that the browser
 * enforces it: the external script runs, an inline script is refused.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { collectPageErrors, launchChromium, saveScreenshot, serveStatic, type StaticServer } from "./harness";

const { contentSecurityPolicy } = createRequire(__filename)("../../webpack.config.js") as {
  contentSecurityPolicy(options: { development: boolean; officeJs: boolean }): string;
};

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ development: false, officeJs: false })}" />
    <title>Harness smoke page</title>
    <link rel="icon" href="data:," />
    <script src="smoke.js" defer></script>
    <script>document.documentElement.dataset.inlineRan = "yes";</script>
  </head>
  <body>
    <button id="go" type="button">Count</button>
    <output id="count">0</output>
  </body>
</html>`;

const SCRIPT = `document.getElementById("go").addEventListener("click", () => {
  const output = document.getElementById("count");
  output.textContent = String(Number(output.textContent) + 1);
});`;

describe("e2e harness smoke test (Debian Chromium)", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "e2e-smoke-"));
    writeFileSync(join(dir, "index.html"), PAGE);
    writeFileSync(join(dir, "smoke.js"), SCRIPT);
    server = await serveStatic(dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("clicks a button in a page served by the static server, under the add-in's CSP", async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await page.getByRole("button", { name: "Count" }).click();
    await page.getByRole("button", { name: "Count" }).click();
    expect(await page.locator("#count").textContent()).toBe("2");
    expect(await page.evaluate(() => document.documentElement.dataset.inlineRan)).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Content Security Policy/);
    const screenshot = await saveScreenshot(page, "e2e-smoke");
    expect(existsSync(screenshot)).toBe(true);
  });

  test("the static server answers 404 for a missing file and never serves outside its folder", async () => {
    expect((await fetch(new URL("missing.js", server.url))).status).toBe(404);
    expect((await fetch(new URL("smoke.js", server.url))).headers.get("content-type")).toMatch(/^text\/javascript/);
    const escape = await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`);
    expect([403, 404]).toContain(escape.status);
  });
});
