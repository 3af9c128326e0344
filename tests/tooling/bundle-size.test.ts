/**
 * One production build (webpack into a temporary folder; about a minute on two quiet cores, Griffel's build-time
 * style evaluation being most of it), then: the size budget of what the task pane loads before first render and what
 * stays lazy, what the build holds (one copy of each package, only the icons used), and what a production build must
 * be (CSP on every page, the production manifest, no playground).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XSD_DIR, checkSchema } from "../../scripts/manifest-checks";
import { GZIP_LEVEL, buildProduction, lazyFiles, measurePage, scriptSources, type PageWeight } from "../../scripts/bundle-size";
import { buildScripts, bundledModules, bundledPackages, iconsOf } from "../../scripts/bundle-contents";

/**
 * Gzip budget (at GZIP_LEVEL, as the bench measures) for what taskpane.html loads before its first render: scripts
 * and stylesheets. 120 KB is 0.72× what Microsoft's React task-pane template loads for one button (165.5 KB), for a
 * pane whose first render is its frame (title, tabs, the Overview's spinner). Measured 120,483 bytes when set: React
 * DOM 41 KB, Tabster 15 KB, Fluent's tokens and the other components of the frame, the pane's state (App, hooks,
 * strings) 16.6 KB, the frame's CSS 7 KB. The Word adapter, the domain engine and every view (the Overview included)
 * are chunks loaded on demand, outside this count: see "what the first render does not load" below.
 */
const TASKPANE_INITIAL_GZIP_BUDGET = 120 * 1024;
/**
 * The ribbon's function file has no UI framework (no React, no Fluent): the adapter, the domain engine and the
 * outcome page. Measured 37,612 bytes when set; 40 KB leaves room for the engine to grow, not for a UI library.
 */
const COMMANDS_INITIAL_GZIP_BUDGET = 40 * 1024;

const PUBLIC_URL = "https://addin.example.test/action-plan/";

let dist: string;
let taskpane: PageWeight;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "addin-dist-"));
  buildProduction(dist, PUBLIC_URL);
  taskpane = measurePage(dist, "taskpane.html");
  const lines = [...taskpane.scripts, ...taskpane.stylesheets].map((file) => `  ${file.src}: ${file.bytes} bytes, ${file.gzipBytes} gzip`);
  console.info(`taskpane.html before first render: ${taskpane.gzipBytes} bytes gzip -${GZIP_LEVEL} (${taskpane.bytes} raw)\n${lines.join("\n")}`);
}, 600_000);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** The modules of every script taskpane.html loads before first render. */
function initialModules(page: string): string[] {
  return measurePage(dist, page).scripts.flatMap((script) => bundledModules(dist, script.src));
}

describe("bundle size", () => {
  test("the task pane's initial JavaScript and CSS are within their gzip budget", () => {
    expect(taskpane.scripts.length).toBeGreaterThan(0);
    // Griffel's extracted CSS is counted: the frame's stylesheet is there, and its weight is part of the total.
    expect(taskpane.stylesheets.length).toBeGreaterThan(0);
    expect(taskpane.gzipBytes).toBe([...taskpane.scripts, ...taskpane.stylesheets].reduce((sum, file) => sum + file.gzipBytes, 0));
    expect(taskpane.gzipBytes).toBeLessThanOrEqual(TASKPANE_INITIAL_GZIP_BUDGET);
  });

  test("office.js is loaded from Microsoft's CDN and not counted", () => {
    expect(taskpane.external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  test("the ribbon's function file (commands.html's scripts) is within its gzip budget", () => {
    const commands = measurePage(dist, "commands.html");
    expect(commands.scripts.length).toBeGreaterThan(0);
    expect(commands.gzipBytes).toBeLessThanOrEqual(COMMANDS_INITIAL_GZIP_BUDGET);
  });

  test("named lazy chunks exist and no page loads them before first use", () => {
    const lazy = lazyFiles(dist, ["taskpane.html", "commands.html"]).map((file) => file.src);
    for (const name of ["office-helpers", "storage", "ribbon-storage", "word", "overview", "findings", "item", "status-block-form", "settings", "history", "full-report", "structure-dialog"]) {
      expect({ name, chunk: lazy.some((file) => new RegExp(`^${name}\\.[0-9a-f]+\\.js$`).test(file)) }).toEqual({ name, chunk: true });
    }
  });

  test("what the task pane's first render does not load: the Word adapter, the domain engine, every view, dialogs, storage", () => {
    const initial = initialModules("taskpane.html");
    const later = [
      /^src\/document\/word\//, // the Office.js adapter
      /^src\/domain\/(validate|rules\/|recognizer|milestone|calendar-data)/, // the domain engine and the shipped calendar
      /^src\/taskpane\/components\/(OverviewView|FindingsView|ItemView|StatusBlockView|StatusBlockPanel|SettingsView|CalendarEditor|HistorySection|FullReport|ConfirmDialog|StructureConfirmDialog|RemoveStructureDialog)\.tsx$/,
      /^src\/taskpane\/services\/(status-drafts|open-pane-storage)\.ts$/,
      /^node_modules\/(dexie|@fluentui\/react-dialog|@fluentui\/react-combobox|@fluentui\/react-input|@microsoft\/office-js-helpers)\//,
    ];
    expect(initial.filter((module) => later.some((pattern) => pattern.test(module)))).toEqual([]);
    // Not vacuous: each of them is in the build, in chunks loaded on demand.
    const everywhere = buildScripts(dist).flatMap((script) => bundledModules(dist, script));
    for (const pattern of later) expect({ pattern: String(pattern), bundled: everywhere.some((module) => pattern.test(module)) }).toEqual({ pattern: String(pattern), bundled: true });
  });

  test("Dexie is not in what the task pane or the ribbon's function file load before first use", () => {
    const isDexie = (module: string): boolean => /^node_modules\/dexie\//.test(module);
    expect(buildScripts(dist).some((script) => bundledModules(dist, script).some(isDexie))).toBe(true);
    for (const page of ["taskpane.html", "commands.html"]) expect({ page, dexie: initialModules(page).filter(isDexie) }).toEqual({ page, dexie: [] });
  });
});

describe("what the build holds", () => {
  test("one copy of each npm package (no two versions, no two installs of one version)", () => {
    const packages = bundledPackages(dist);
    expect(packages.has("react-dom")).toBe(true);
    const copies = [...packages].filter(([, folders]) => folders.size > 1).map(([name, folders]) => ({ name, folders: [...folders] }));
    expect(copies).toEqual([]);
  });

  test("only the icons that bundled modules import, each from its atomic module", () => {
    const icons = buildScripts(dist).map((script) => ({ script, ...iconsOf(dist, script) }));
    expect(icons.flatMap((script) => script.barrelModules)).toEqual([]);
    const imported = new Set(icons.flatMap((script) => [...script.imported]));
    const shipped = new Set(icons.flatMap((script) => [...script.shipped]));
    // Ours (e.g. the settings button's gear) and Fluent's own (e.g. the message bar's intents).
    for (const name of ["SettingsRegular", "DismissRegular", "WarningFilled"]) expect(shipped.has(name)).toBe(true);
    // An atomic module holds the variants of one icon; a variant nobody imports may come along only if it is that
    // small: every shipped icon shares its atomic module (its name less size and style) with an imported one.
    const group = (name: string): string => name.replace(/\d*(Regular|Filled|Light|Color)$/, "");
    const importedGroups = new Set([...imported].map(group));
    expect([...shipped].filter((name) => !importedGroups.has(group(name)))).toEqual([]);
  });
});

describe("production build", () => {
  const pages = ["taskpane.html", "commands.html"];

  test.each(pages)("%s starts with a Content-Security-Policy that allows no eval and no inline script", (page) => {
    const html = readFileSync(join(dist, page), "utf8");
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)">/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!;
    expect(policy).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(/script-src[^;]*unsafe-inline/.test(policy)).toBe(false);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    expect(scriptSources(html)[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  test("the manifest points at the production URL only, and every file it names is in the build", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    const urls = Array.from(manifest.matchAll(/"(https:\/\/[^"]+)"/g), (match) => match[1]!).filter((url) => url.startsWith(PUBLIC_URL));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(existsSync(join(dist, url.slice(PUBLIC_URL.length)))).toBe(true);
  });

  (existsSync(XSD_DIR) ? test : test.skip)("the production manifest is schema-valid", () => {
    expect(checkSchema(readFileSync(join(dist, "manifest.xml"), "utf8"))).toEqual({ kind: "valid" });
  });

  test("the playground is not part of a production build", () => {
    expect(readdirSync(dist).filter((file) => /playground/i.test(file))).toEqual([]);
  });

  test("a production build without ADDIN_PUBLIC_URL stops with a message", () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    delete process.env.ADDIN_PUBLIC_URL;
    try {
      expect(() => buildProduction(join(dist, "unused"), "")).toThrow(/ADDIN_PUBLIC_URL is not set/);
    } finally {
      if (saved !== undefined) process.env.ADDIN_PUBLIC_URL = saved;
    }
  });
});
