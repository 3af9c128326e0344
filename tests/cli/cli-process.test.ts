/**
 * The real entry points as a user runs them: bin/action-plan (the compiled CLI in build/cli, rebuilt by jest's global setup when the source is newer) and `npm run demo`'s script,
 * in child processes with real stdout/stderr (not a terminal) and exit codes.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { CheckJson } from "../../src/cli/reports/check-json";
import { openDocx } from "../../src/document/docx/docx-document";
import { planDocx } from "../support/docx/actual-plan";
import { temporaryFolder } from "../support/docx/cli-harness";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "action-plan");
const folder = temporaryFolder();
afterAll(() => folder.remove());

async function run(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

describe("bin/action-plan", () => {
  it("--help prints the usage and exits 0", async () => {
    const result = await run(process.execPath, [BIN, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage:\n  action-plan check FILE.docx");
  });

  it("checks the actual plan: JSON on stdout, nothing on stderr when it is not a terminal, exit 1 (items in jeopardy)", async () => {
    const path = folder.file("plan.docx");
    writeFileSync(path, await planDocx());
    const result = await run(process.execPath, [BIN, "check", path, "--as-of", "2022-01-20", "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json.summary.items).toBe(375);
  });

  it("exits 2 with the message on stderr for an empty file", async () => {
    const path = folder.file("empty.docx");
    writeFileSync(path, new Uint8Array(0));
    const result = await run(process.execPath, [BIN, "colour", path, folder.file("never.docx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("action-plan: The file is empty (0 bytes): it is not a Word document.\n");
    expect(existsSync(folder.file("never.docx"))).toBe(false);
  });
});

describe("npm run demo (src/cli/demo.ts)", () => {
  it("writes the plan, its structured and coloured copy and a report, and says where they are", async () => {
    const out = folder.file("demo");
    const result = await run(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "src", "cli", "demo.ts"), "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const name of ["wtsa16-action-plan.docx", "wtsa16-action-plan.structured-coloured.docx", "report.md"]) {
      expect(existsSync(join(out, name))).toBe(true);
      expect(result.stdout).toContain(name);
    }
    expect(result.stdout).toMatch(/60 resolutions, 375 items: \d+ in jeopardy/);
    const coloured = await openDocx(readFileSync(join(out, "wtsa16-action-plan.structured-coloured.docx")));
    expect(await coloured.detect()).toMatchObject({ structure: "structured", items: 375 });
    const report = readFileSync(join(out, "report.md"), "utf8");
    expect(report).toContain("## In jeopardy (");
    expect(report).toContain('| 20-03 | Council 2020 | 2020-11-30 | **overdue**: Due 30 November 2020 (milestone "Council 2020") and not marked completed. |');
  }, 120_000);
});
