/**
 * `action-plan check` on the actual plan as a .docx: the JSON agrees with the domain engine run on the
 * fixture model; the text report is grouped by resolution with the reason for each finding; CSV; exit codes.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { defaultCalendar } from "../../src/domain/calendar";
import { allItems } from "../../src/domain/plan";
import { recognizePlan } from "../../src/domain/recognizer";
import { validatePlan } from "../../src/domain/validate";
import type { CheckJson } from "../../src/cli/reports/check-json";
import { writeDocx } from "../../src/fixture/docx-writer";
import { planDoc, resolutionSection } from "../support/builders/plan-builders";
import { planDocx, planModel } from "../support/docx/actual-plan";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";

const folder = temporaryFolder();
const planPath = folder.file("plan.docx");

beforeAll(async () => {
  writeFileSync(planPath, await planDocx());
});
afterAll(() => folder.remove());

describe("check --format json", () => {
  let json: CheckJson;
  let code: number;

  beforeAll(async () => {
    const run = await runCli(["check", planPath, "--as-of", "2022-01-20", "--format", "json"]);
    code = run.code;
    json = JSON.parse(run.stdout) as CheckJson;
  });

  it("agrees with the domain engine on the fixture model: same counts, same states, same findings", () => {
    const model = planModel();
    const { plan, findings } = recognizePlan(model);
    const expected = validatePlan(plan, defaultCalendar(), "2022-01-20", {}, findings);
    expect(json.summary).toEqual(expected.summary);
    expect(json.items.map((item) => [item.id, item.proposedId, item.resolution, item.state, item.dueDates])).toEqual(
      expected.items.map((item) => [item.itemId, item.proposedId ?? null, item.resolution, item.state, item.dueDates]),
    );
    expect(json.items.map((item) => item.findings.map((finding) => finding.rule))).toEqual(expected.items.map((item) => item.findings.map((finding) => finding.rule)));
    const items = allItems(plan);
    expect(json.items.map((item) => [item.milestone, item.periodicMet, item.completed])).toEqual(items.map((item) => [item.milestoneText, item.periodicMet, item.completed]));
  });

  it("has exactly the documented shape", () => {
    expect(Object.keys(json)).toEqual(["summary", "items"]);
    expect(Object.keys(json.summary).sort()).toEqual(["asOf", "completed", "items", "periodicMet", "resolutions", "states"]);
    expect(Object.keys(json.summary.states)).toEqual(["done", "ok", "attention", "jeopardy"]);
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual(["id", "proposedId", "resolution", "milestone", "periodicMet", "completed", "state", "dueDates", "findings"]);
      for (const finding of item.findings) expect(Object.keys(finding)).toEqual(["rule", "severity", "message"]);
    }
    const unnumbered = json.items.find((item) => item.proposedId === "44-36")!;
    expect(unnumbered.id).toBeNull();
    expect(json.summary.asOf).toBe("2022-01-20");
    expect(json.summary.items).toBe(json.items.length);
  });

  it("exits 1 because items are in jeopardy", () => {
    expect(json.summary.states.jeopardy).toBeGreaterThan(0);
    expect(code).toBe(1);
  });
});

describe("check text report", () => {
  it("groups by resolution, one line per item that needs a look and the reason for each finding", async () => {
    const run = await runCli(["check", planPath, "--as-of", "2022-01-20"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`Action plan check: ${planPath}, as of 2022-01-20`);
    expect(lines[1]).toMatch(/^60 resolutions, 375 items: \d+ in jeopardy, \d+ need attention, \d+ on track, \d+ done$/);
    const heading = lines.indexOf("Resolution 20 – Procedures for allocation and management of international telecommunication numbering, naming, addressing and identification resources");
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toMatch(/^ {2}20-03 {3}IN JEOPARDY {2}milestone "Council 2020", due 2020-11-30$/);
    expect(lines[heading + 2]).toBe('          - overdue (warning): Due 30 November 2020 (milestone "Council 2020") and not marked completed.');
    expect(run.stdout).toContain("(no number; proposed 44-36)");
    expect(run.stdout).toMatch(/Nothing to report for the other \d+ items\./);
  });

  it("defaults the as-of date to today", async () => {
    const run = await runCli(["check", planPath], { today: "2016-11-15" });
    expect(run.stdout.split("\n")[0]).toBe(`Action plan check: ${planPath}, as of 2016-11-15`);
  });
});

describe("check --format csv", () => {
  it("writes one row per finding (one row for an item without findings), then the plan's findings, quoted as RFC 4180 says", async () => {
    const run = await runCli(["check", planPath, "--as-of", "2022-01-20", "--format", "csv"]);
    const json = JSON.parse((await runCli(["check", planPath, "--as-of", "2022-01-20", "--format", "json"])).stdout) as CheckJson;
    const records = parseCsv(run.stdout);
    expect(records[0]).toEqual(["id", "proposedId", "resolution", "state", "milestone", "periodicMet", "completed", "dueDates", "rule", "severity", "message"]);
    const { plan, findings } = recognizePlan(planModel());
    const planFindings = validatePlan(plan, defaultCalendar(), "2022-01-20", {}, findings).planFindings;
    expect(planFindings.length).toBeGreaterThan(0);
    expect(records).toHaveLength(1 + json.items.reduce((sum, item) => sum + Math.max(1, item.findings.length), 0) + planFindings.length);
    const first = planFindings[0]!;
    expect(records).toContainEqual(["", "", first.resolution ?? "", "", "", "", "", "", first.rule, first.severity, first.message]);
    expect(records.every((record) => record.length === 11)).toBe(true);
    expect(records).toContainEqual(["20-03", "", "20", "jeopardy", "Council 2020", "true", "false", "2020-11-30", "overdue", "warning", 'Due 30 November 2020 (milestone "Council 2020") and not marked completed.']);
    expect(records).toContainEqual(["96-09", "", "96", "ok", "Council 2021,\nOngoing", "true", "false", "2021-06-18", "", "", ""]);
    expect(run.stdout).toContain('"Due 30 November 2020 (milestone ""Council 2020"") and not marked completed."');
  });
});

describe("exit codes and usage", () => {
  it("exits 0 when nothing is in jeopardy", async () => {
    const path = folder.file("calm.docx");
    writeFileSync(path, await writeDocx(planDoc(resolutionSection(1, "Rules of procedure", [{ id: "01-01", milestone: "WTSA-20", periodic: true, completed: true, status: "Done: see WTSA-C28." }]))));
    const run = await runCli(["check", path, "--as-of", "2022-01-20", "--format", "json"]);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.summary.states).toEqual({ done: 1, ok: 0, attention: 0, jeopardy: 0 });
    expect(run.code).toBe(0);
  });

  it.each([
    [["check"], /check takes exactly one file/],
    [["check", "a.docx", "b.docx"], /check takes exactly one file/],
    [["check", "a.docx", "--format", "xml"], /--format must be one of text, json, csv; got "xml"/],
    [["check", "a.docx", "--as-of", "20/01/2022"], /--as-of "20\/01\/2022" is not a date written YYYY-MM-DD/],
    [["check", "a.docx", "--bogus"], /Unknown option '--bogus'/],
    [["frobnicate"], /Unknown command "frobnicate"/],
    [["check", "/nonexistent/plan.docx"], /Cannot read \/nonexistent\/plan\.docx: no such file or folder/],
  ])("%j exits 2 with a clear message", async (argv, message) => {
    const run = await runCli(argv as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });

  it("--help lists every command and the exit codes", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["check", "structure", "unstructure", "colour", "uncolour", "status"]) expect(run.stdout).toContain(`action-plan ${command} `);
    expect(run.stdout).toContain("2 unusable input or wrong usage");
    const commandHelp = await runCli(["status", "--help"]);
    expect(commandHelp.stdout.split("\n")[0]).toMatch(/^Usage: action-plan status IN\.docx \(OUT\.docx \| --in-place\) --item/);
  });

  it("shows progress on stderr only when stderr is a terminal", async () => {
    const quiet = await runCli(["check", planPath, "--format", "json"], { tty: false });
    expect(quiet.stderr).toBe("");
    const loud = await runCli(["check", planPath, "--format", "json"], { tty: true });
    expect(loud.stderr).toContain(`Reading ${planPath}…`);
    expect(loud.stderr).toContain("Validating 375 items as of 2022-01-20…");
    expect(loud.stdout).toBe(quiet.stdout);
  });

  it("never writes next to the input when checking", () => {
    expect(readdirSync(folder.path).filter((name) => name.startsWith("."))).toEqual([]);
  });
});

/** A strict RFC 4180 reader, enough to read back what the CLI wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    }
    else if (char === "\r" && text[index + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index += 1;
    } else field += char;
  }
  return records;
}
