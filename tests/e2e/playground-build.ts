/**
 * Builds the playground (webpack `--env playground`, development mode as `npm run playground` serves it) into a
 * directory of static files, for the end-to-end tests to serve with the harness: no dev server in tests.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../../scripts/manifest-checks";

export function buildPlayground(outDir: string): void {
  try {
    execFileSync(process.execPath, [join(REPO_ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--env", "playground", "--mode", "development", "--output-path", outDir], {
      cwd: REPO_ROOT,
      stdio: "pipe",
      encoding: "utf8",
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`playground build failed:\n${[stderr, stdout].filter(Boolean).join("\n").trim()}`, { cause: error });
  }
}
