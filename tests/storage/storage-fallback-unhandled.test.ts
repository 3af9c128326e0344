/** No way of falling back to memory leaves a promise rejection unhandled (checked in a plain Node process with a real listener). */
import { spawnSync } from "node:child_process";
import path from "node:path";

it("falls back in every scenario with a warning and no unhandled promise rejection", () => {
  const script = path.join(__dirname, "..", "support", "storage-unhandled-scenarios.ts");
  const child = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: path.join(__dirname, "..", ".."), encoding: "utf8", timeout: 60_000 });
  expect(child.status).toBe(0);
  const report = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as {
    outcomes?: Record<string, { persistent: boolean; warning: string | null }>;
    unhandled: string[];
    failed?: string;
  };
  expect(report.failed).toBeUndefined();
  expect(report.unhandled).toEqual([]);
  expect(Object.keys(report.outcomes!)).toEqual(["unavailable", "openThrows", "timeout", "blocked", "quota"]);
  for (const outcome of Object.values(report.outcomes!)) {
    expect(outcome.persistent).toBe(false);
    expect(outcome.warning).toMatch(/^History and drafts will not be kept on this computer: /);
  }
  expect(report.outcomes!.quota!.warning).toMatch(/is full/);
});
