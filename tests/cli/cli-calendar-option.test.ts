/**
 * `--calendar FILE.ics|FILE.json` for check and colour (docs/cli.md): the file's events go over the shipped calendar,
 * so the WTSA-24-style plan's WTSA-28 items get their due date and the calendar-past-end notice goes once a later TSAG
 * meeting is known; a file that cannot be used stops the command (exit 2) with the line, and nothing is checked.
 */
import { existsSync, writeFileSync } from "node:fs";
import type { CheckJson } from "../../src/cli/reports/check-json";
import { writeCalendarFile } from "../../src/calendar-file/calendar-file";
import type { CalendarEvent } from "../../src/domain/calendar";
import { wtsa24StylePlanDocx } from "../../src/fixture/wtsa24-style-plan";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";

const folder = temporaryFolder();
const planPath = folder.file("plan.docx");
const NOW = new Date("2026-01-15T10:00:00Z");

const LATER: CalendarEvent[] = [
  { id: "TSAG-2026-01", series: "TSAG", name: "TSAG meeting, January 2026", start: "2026-01-19", end: "2026-01-23", precision: "day", source: "test calendar" },
  { id: "WTSA-28", series: "WTSA", name: "WTSA-28", start: "2028-10-09", end: "2028-10-19", precision: "day", source: "test calendar" },
];

beforeAll(async () => {
  writeFileSync(planPath, await wtsa24StylePlanDocx());
  writeFileSync(folder.file("later.ics"), writeCalendarFile(LATER, "ics", NOW));
  writeFileSync(folder.file("later.json"), writeCalendarFile(LATER, "json", NOW));
  writeFileSync(folder.file("bad.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:TSAG meeting\r\nDTSTART;VALUE=DATE:20261345\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  writeFileSync(folder.file("notes.txt"), "TSAG in January\n");
});
afterAll(() => folder.remove());

async function checkJson(...extra: string[]): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const run = await runCli(["check", planPath, "--as-of", "2025-06-01", "--format", "json", ...extra]);
  return { code: run.code, json: JSON.parse(run.stdout) as CheckJson, stderr: run.stderr };
}

describe("check --calendar", () => {
  test.each(["later.ics", "later.json"])("%s: WTSA-28 items are due at its end, and the calendar no longer ends before the as-of date", async (file) => {
    const without = await checkJson();
    expect(without.stderr).toContain("Notice: The calendar knows no TSAG meeting after 2025-05-30");
    const withFile = await checkJson("--calendar", folder.file(file));
    expect(withFile.stderr).toBe("");
    const due = Object.fromEntries(withFile.json.items.map((item) => [item.id, item.dueDates]));
    expect(due).toMatchObject({ "01-01": ["2028-10-19"], "01-02": ["2028-10-09"], "22-01": ["2028-10-19"], "01-03": ["2025-05-30"] });
    expect(withFile.json.summary.states).toEqual(without.json.summary.states);
  });

  test("a file that cannot be used: exit 2, the line on stderr, nothing on stdout", async () => {
    const bad = await runCli(["check", planPath, "--calendar", folder.file("bad.ics")]);
    expect(bad).toEqual({ code: 2, stdout: "", stderr: `action-plan: The calendar file ${folder.file("bad.ics")} cannot be used, so nothing was checked: Line 4: DTSTART "20261345" is not a date (YYYYMMDD).\n` });
    const text = await runCli(["check", planPath, "--calendar", folder.file("notes.txt")]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("Line 1: This is neither an iCalendar file");
    const missing = await runCli(["check", planPath, "--calendar", folder.file("missing.ics")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^action-plan: check: the calendar file .*missing\.ics cannot be read/);
  });

  test("colour takes it too; a bad file writes nothing", async () => {
    const out = folder.file("coloured.docx");
    const run = await runCli(["colour", planPath, out, "--as-of", "2025-06-01", "--calendar", folder.file("later.ics")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const refusedOut = folder.file("refused.docx");
    expect((await runCli(["colour", planPath, refusedOut, "--calendar", folder.file("bad.ics")])).code).toBe(2);
    expect(existsSync(refusedOut)).toBe(false);
  });

  test("the usage names it", async () => {
    expect((await runCli(["check", "--help"])).stdout).toContain("[--calendar FILE.ics|FILE.json]");
  });
});
