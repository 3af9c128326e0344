// Jest globalSetup: the tests that run bin/action-plan as a user does need build/cli/ compiled from the source as it
// is now, not as it was at `npm ci` time. Rebuilt only when a source file is newer than the build (a few ms otherwise).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildCli, CLI_OUT } from "../../scripts/build-cli.mjs";

const root = join(import.meta.dirname, "..", "..");

function newestSource(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestSource(join(path, name))), stat.mtimeMs);
}

export default async function buildCliIfStale() {
  const entry = join(CLI_OUT, "action-plan.mjs");
  const built = existsSync(entry) ? statSync(entry).mtimeMs : -1;
  const sources = Math.max(newestSource(join(root, "src")), newestSource(join(root, "package.json")), newestSource(join(root, "scripts", "build-cli.mjs")));
  if (sources >= built) await buildCli();
}
