/**
 * `action-plan check` on the WTSA-24-style plan written as a real .docx (src/fixture/wtsa24-style-plan.ts), as of
 * 2025-06-01: no unparsed-milestone, the overdue and due-soon items of tests/domain/wtsa24-style-plan.test.ts.
 */
import { writeFileSync } from "node:fs";
import type { CheckJson } from "../../src/cli/reports/check-json";
import { wtsa24StylePlanDocx } from "../../src/fixture/wtsa24-style-plan";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";

const folder = temporaryFolder();
const planPath = folder.file("wtsa24-style.docx");

beforeAll(async () => {
  writeFileSync(planPath, await wtsa24StylePlanDocx());
});
afterAll(() => folder.remove());

describe("check of the WTSA-24-style plan as of 2025-06-01", () => {
  let json: CheckJson;
  let jsonStderr: string;

  beforeAll(async () => {
    const run = await runCli(["check", planPath, "--as-of", "2025-06-01", "--format", "json"]);
    jsonStderr = run.stderr;
    json = JSON.parse(run.stdout) as CheckJson;
  });

  const withRule = (rule: string) => json.items.filter((item) => item.findings.some((finding) => finding.rule === rule)).map((item) => item.id);

  it("understands every milestone", () => {
    expect(withRule("unparsed-milestone")).toEqual([]);
    expect(json.summary).toMatchObject({ asOf: "2025-06-01", resolutions: 5, items: 20, states: { done: 1, ok: 12, attention: 2, jeopardy: 5 } });
  });

  it("finds the overdue and the due-soon items, with their due dates", () => {
    expect(withRule("overdue")).toEqual(["01-03", "44-01", "44-03", "54-04"]);
    expect(withRule("due-soon")).toEqual(["02-01", "54-05"]);
    const due = Object.fromEntries(json.items.map((item) => [item.id, item.dueDates]));
    expect(due).toMatchObject({ "01-03": ["2025-05-30"], "44-01": ["2024-10-24"], "02-01": ["2025-06-27"], "54-05": ["2025-06-17"], "22-03": ["2026-11-27"], "01-01": [] });
  });

  const NOTICE = "Notice: The calendar knows no TSAG meeting after 2025-05-30 (TSAG meeting, Geneva, 26–30 May 2025); milestones naming later TSAG meetings are not checked (2 open items: 02-02, 02-03).";

  it("says the calendar has no TSAG meeting after May 2025: under the text report's summary, on stderr for JSON", async () => {
    const text = await runCli(["check", planPath, "--as-of", "2025-06-01"]);
    const lines = text.stdout.split("\n");
    expect(lines[3]).toBe("");
    expect(lines[4]).toContain(NOTICE);
    expect(text.stderr).toBe("");
    expect(jsonStderr).toContain(NOTICE);
    expect(jsonStderr.trim().split("\n")).toHaveLength(1);
  });

  it("says nothing when the calendar's last TSAG meeting is still ahead", async () => {
    const text = await runCli(["check", planPath, "--as-of", "2025-05-20"]);
    expect(text.stdout).not.toContain("Notice:");
    const json = await runCli(["check", planPath, "--as-of", "2025-05-20", "--format", "json"]);
    expect(json.stderr).toBe("");
  });
});
