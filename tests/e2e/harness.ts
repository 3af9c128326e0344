/**
 * Browser end-to-end harness: Debian's Chromium driven by playwright-core (never a downloaded browser),
 * a static file server on 127.0.0.1 with a random port, and screenshots into test-artifacts/.
 * End-to-end tests live in tests/*.e2e.test.ts (jest ignores tests/e2e/ as a test path: this folder holds helpers).
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS_DIR = resolve(__dirname, "..", "..", "test-artifacts");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Debian's Chromium headless; fails with the install command when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's package with "apt-get install -y chromium" (.ci/run does it in CI).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  close(): Promise<void>;
}

/** Serves the files under `dir` (GET/HEAD only; "/" is index.html) on 127.0.0.1 at a random free port. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, pathname.endsWith("/") ? `${pathname}index.html` : pathname));
    const inside = file === root || file.startsWith(root + sep);
    if ((request.method !== "GET" && request.method !== "HEAD") || !inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(inside ? 404 : 403).end();
      return;
    }
    response.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(0, "127.0.0.1", () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolveClose, rejectClose) => server.close((error) => (error ? rejectClose(error) : resolveClose()))),
  };
}

export interface ServedBuild {
  browser: Browser;
  /** The directory the build was written to and is served from. */
  dir: string;
  /** The address of one of the build's files ("playground.html"). */
  url(file: string): string;
  /** Closes the browser and the server and removes the build. */
  close(): Promise<void>;
}

/**
 * The start of every end-to-end file: builds with `build` into a fresh temporary directory (named after `name`),
 * serves it and launches Chromium. When a step fails, what was started before it is undone.
 */
export async function startServedBuild(name: string, build: (dir: string) => void): Promise<ServedBuild> {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  let server: StaticServer | undefined;
  try {
    build(dir);
    server = await serveStatic(dir);
    const browser = await launchChromium();
    const served = server;
    return {
      browser,
      dir,
      url: (file) => new URL(file, served.url).toString(),
      close: async () => {
        try {
          await browser.close();
          await served.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Saves a full-page screenshot as test-artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name.replace(/[^a-z0-9._-]+/gi, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Collects console errors and uncaught page errors (CSP violations show up here), for asserting a clean run. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
