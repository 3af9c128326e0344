// Compiles the CLI (src/cli/action-plan.ts and everything it imports) to JavaScript in build/cli/, which
// bin/action-plan runs: no TypeScript compiler at start-up. Run by `npm ci`/`npm install` (the "prepare" script) and
// before the tests (jest's globalSetup), never committed (build/ is in .gitignore).
// ES modules with code splitting: each command is a chunk loaded only when it runs (src/cli/main.ts), so `--help`
// loads a few kilobytes. Node built-ins stay imports; npm packages are bundled in (the chunks need no node_modules).
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_OUT = join(root, "build", "cli");

export async function buildCli() {
  rmSync(CLI_OUT, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { "action-plan": "src/cli/action-plan.ts" },
    outdir: CLI_OUT,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    // Bundled CommonJS packages (@xmldom/xmldom) may call require() for Node built-ins: give ES modules one.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
