/**
 * The CLI's writing commands on real files: structure, colour, uncolour, unstructure and status write OUT
 * and never touch IN (unless --in-place); bad input of every kind exits 2 with a clear message, writes
 * no output file and leaves the input as it was; odd but usable plans give findings, not crashes.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { allItems } from "../../src/domain/plan";
import { cellText, topLevelTables } from "../../src/domain/document-model";
import { openDocx } from "../../src/document/docx/docx-document";
import type { CheckJson } from "../../src/cli/reports/check-json";
import { writeDocx } from "../../src/fixture/docx-writer";
import { PERSON_RED_NUMBER_CELLS } from "../../src/fixture/actual-plan-docx";
import { planDocx, planModel } from "../support/docx/actual-plan";
import { badInputs, type BadInput } from "../support/docx/bad-inputs";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";
import { scaledPlan } from "../../src/fixture/scaled-plan";
import { recognizePlan } from "../../src/domain/recognizer";

const folder = temporaryFolder();
const planPath = folder.file("plan.docx");
let planBytes: Buffer;

beforeAll(async () => {
  writeFileSync(planPath, await planDocx());
  planBytes = readFileSync(planPath);
});
afterAll(() => folder.remove());

function inputUntouched(): void {
  expect(readFileSync(planPath).equals(planBytes)).toBe(true);
}

function noTemporaryFiles(): void {
  expect(readdirSync(folder.path).filter((name) => name.endsWith(".tmp"))).toEqual([]);
}

describe("structure, colour, uncolour, unstructure through the CLI", () => {
  it("runs the whole chain, each step writing OUT and leaving IN untouched, with the person's red kept", async () => {
    const structured = folder.file("structured.docx");
    const coloured = folder.file("coloured.docx");
    const uncoloured = folder.file("uncoloured.docx");
    const unstructured = folder.file("unstructured.docx");

    const structure = await runCli(["structure", planPath, structured]);
    expect(structure).toEqual({ code: 0, stdout: `Structured ${structured}: 2250 field cells wrapped in content controls, 0 already were (375 items).\n`, stderr: "" });
    inputUntouched();

    const colour = await runCli(["colour", structured, coloured, "--as-of", "2022-01-20"]);
    expect(colour.code).toBe(0);
    expect(colour.stdout).toMatch(new RegExp(`^Coloured ${coloured.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} as of 2022-01-20: \\d+ in jeopardy, \\d+ need attention\\.\\n  \\d+ number cells shaded red by the tool in this run\\n  0 red marks of the tool cleared \\(items recovered\\)\\n  3 red boxes set by a person kept as they are\\n$`));

    const uncolour = await runCli(["uncolour", coloured, uncoloured]);
    expect(uncolour.code).toBe(0);
    expect(uncolour.stdout).toMatch(/^Uncoloured .*\n {2}0 number cells shaded red by the tool in this run\n {2}\d+ red marks of the tool cleared/);

    const unstructure = await runCli(["unstructure", uncoloured, unstructured]);
    expect(unstructure.stdout).toBe(`Unstructured ${unstructured}: 2250 content controls of the add-in removed, their content kept.\n`);

    const { plan } = await (await openDocx(readFileSync(unstructured))).read();
    expect(Object.fromEntries(allItems(plan).filter((item) => item.numberCellRed).map((item) => [item.id, item.numberCellShading]))).toEqual(PERSON_RED_NUMBER_CELLS);
    inputUntouched();
    noTemporaryFiles();
  });

  it("changes the input itself only with --in-place", async () => {
    const copy = folder.file("in-place.docx");
    writeFileSync(copy, planBytes);
    const run = await runCli(["structure", copy, "--in-place"]);
    expect(run.code).toBe(0);
    expect(await (await openDocx(readFileSync(copy))).detect()).toMatchObject({ structure: "structured" });
    noTemporaryFiles();
  });

  it.each([
    [["structure", "IN"], /structure takes an input and an output file/],
    [["colour", "plan.docx", "plan.docx"], /OUT is the same file as IN; to change the input itself, give --in-place/],
    [["unstructure", "a.docx", "b.docx", "--in-place"], /unstructure --in-place takes exactly one file/],
    [["colour", "a.docx", "b.docx", "--red-for", "everything"], /--red-for must be one of attention-and-jeopardy, jeopardy/],
  ])("%j is a usage error (exit 2)", async (argv, message) => {
    const run = await runCli((argv as string[]).map((arg) => (arg === "plan.docx" ? planPath : arg)));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    inputUntouched();
  });
});

describe("status", () => {
  it("inserts a status block at the top of the item's status cell, leaving the narrative after it", async () => {
    const out = folder.file("status.docx");
    const run = await runCli([
      "status", planPath, out, "--item", "01-04", "--date", "2022-01-20", "--event", "TSAG, January 2022", "--state", "On track",
      "--summary", "All lead study groups reported.", "--ref", "TSAG-TD1187", "--ref", "CL-21/3", "--next", "Report to WTSA-20.",
    ]);
    expect(run).toEqual({ code: 0, stdout: `Inserted a status block (2022-01-20, On track) at the top of item 01-04's status cell in ${out}.\n`, stderr: "" });
    const document = await openDocx(readFileSync(out));
    const { model, plan } = await document.read();
    const item = allItems(plan).find((candidate) => candidate.id === "01-04")!;
    const address = item.cells.status!;
    const text = cellText(topLevelTables(model)[address.table]!.rows[address.row]!.cells[address.cell]!);
    const original = allItems(recognizePlan(planModel()).plan).find((candidate) => candidate.id === "01-04")!.status;
    expect(text).toBe(
      ["[Status 2022-01-20 · TSAG, January 2022 · On track]", "Summary: All lead study groups reported.", "References: TSAG-TD1187; CL-21/3", "Next steps: Report to WTSA-20.", "[End of status]", original].join("\n"),
    );
    inputUntouched();
  });

  it.each([
    [["--item", "01-04", "--date", "2022-01-20", "--event", "TSAG", "--state", "Fine", "--summary", "x"], /--state must be one of: On track, Attention, In jeopardy, Completed, No input; got "Fine"/],
    [["--item", "01-04", "--date", "20 Jan", "--event", "TSAG", "--state", "On track", "--summary", "x"], /--date: "20 Jan" is not a date; write it as YYYY-MM-DD/],
    [["--item", "01-04", "--date", "2022-01-20", "--event", "TSAG", "--state", "On track", "--summary", "x", "--ref", "see the minutes"], /--ref "see the minutes"/],
    [["--date", "2022-01-20", "--event", "TSAG", "--state", "On track", "--summary", "x"], /--item is required/],
    [["--item", "77-99", "--date", "2022-01-20", "--event", "TSAG", "--state", "On track", "--summary", "x"], /There is no item 77-99 in the document/],
  ])("refuses %j with exit 2 and writes nothing", async (options, message) => {
    const out = folder.file("status-refused.docx");
    const run = await runCli(["status", planPath, out, ...(options as string[])]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
    inputUntouched();
  });
});

describe("bad input: exit 2, a clear message, no output file, input untouched", () => {
  let cases: BadInput[];
  beforeAll(async () => {
    cases = await badInputs();
  });

  it("covers the whole corpus", () => {
    expect(cases.map((bad) => bad.name)).toEqual([
      "not a zip",
      "an empty file",
      "a zip without word/document.xml",
      "truncated XML in word/document.xml",
      "a truncated zip (download cut short)",
      "a password-protected document",
      "a Word document with no action table",
      "a document whose only action table lost its Milestone column",
      "a zip whose word/document.xml is not WordprocessingML",
    ]);
  });

  it.each(["check", "structure", "colour"])("%s refuses every bad input", async (command) => {
    for (const bad of cases) {
      const input = folder.file(`bad-${command}.docx`);
      const output = folder.file(`bad-${command}-out.docx`);
      writeFileSync(input, bad.bytes);
      const before = statSync(input).mtimeMs;
      const run = await runCli(command === "check" ? ["check", input] : [command, input, output]);
      expect({ name: bad.name, code: run.code, stdout: run.stdout }).toEqual({ name: bad.name, code: 2, stdout: "" });
      expect(run.stderr).toMatch(/^action-plan: /);
      expect(run.stderr).toMatch(bad.message);
      expect(existsSync(output)).toBe(false);
      expect(Buffer.from(readFileSync(input)).equals(Buffer.from(bad.bytes))).toBe(true);
      expect(statSync(input).mtimeMs).toBe(before);
    }
    noTemporaryFiles();
  });
});

describe("odd but usable plans: findings, not crashes", () => {
  it("duplicate item numbers are findings in the report", async () => {
    const model = planModel();
    const items = allItems(recognizePlan(model).plan);
    const address = items.find((item) => item.id === "01-02")!.cells.id!;
    const numberCell = topLevelTables(model)[address.table]!.rows[address.row]!.cells[address.cell]!;
    numberCell.blocks = [{ kind: "paragraph", text: "01-01" }];
    const path = folder.file("duplicates.docx");
    writeFileSync(path, await writeDocx(model));
    const run = await runCli(["check", path, "--as-of", "2022-01-20", "--format", "json"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as CheckJson;
    const duplicates = json.items.filter((item) => item.findings.some((finding) => finding.rule === "duplicate-item-number"));
    expect(duplicates.map((item) => item.id)).toEqual(["01-01"]);
    expect(json.items.filter((item) => item.id === "01-01")).toHaveLength(2);
    const structured = await runCli(["structure", path, folder.file("duplicates-structured.docx")]);
    expect(structured.code).toBe(0);
    expect(structured.stdout).toContain("untaggable-item: Item 01-01, id: not structured because the number 01-01 is used by more than one item.");
  });

  it("an action table with six columns among good ones: its items are read by the header's names, the extra column is named", async () => {
    const model = planModel();
    const items = allItems(recognizePlan(model).plan);
    const resolution2 = items.filter((item) => item.resolution === "2").map((item) => item.id);
    const table = topLevelTables(model)[items.find((item) => item.id === "02-01")!.cells.id!.table]!;
    for (const row of table.rows) {
      const last = row.cells[row.cells.length - 1]!;
      if (row.cells.length === 5) row.cells.push({ blocks: [{ kind: "paragraph", text: "extra" }], shading: null, gridSpan: 1 });
      else last.gridSpan += 1;
    }
    const path = folder.file("six-columns.docx");
    writeFileSync(path, await writeDocx(model));
    const run = await runCli(["check", path, "--as-of", "2022-01-20"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/action-table-columns \(warning\): The action table of Resolution 2 \(table \d+ of the document\) has 6 columns instead of 5 \([^)]*\| extra\): "extra" \(column 6\) is not a column of an action table; its items are read/);
    expect(run.stdout).not.toContain("uninterpretable-row");
    const json = JSON.parse((await runCli(["check", path, "--as-of", "2022-01-20", "--format", "json"])).stdout) as CheckJson;
    expect(json.summary.items).toBe(items.length);
    expect(json.items.filter((item) => item.resolution === "2").map((item) => item.id)).toEqual(resolution2);
  });

  it("an action table whose Periodic goals met column was deleted: its items are read, the column reads as empty, and a finding says which column is missing", async () => {
    const model = planModel();
    const items = allItems(recognizePlan(model).plan);
    const resolution2 = items.filter((item) => item.resolution === "2");
    const table = topLevelTables(model)[resolution2[0]!.cells.id!.table]!;
    for (const row of table.rows) {
      if (row.cells.length === 5) row.cells.splice(3, 1);
      else row.cells[row.cells.length - 1]!.gridSpan -= 1;
    }
    const path = folder.file("four-columns.docx");
    writeFileSync(path, await writeDocx(model));
    const run = await runCli(["check", path, "--as-of", "2022-01-20"]);
    expect(run.stdout).toMatch(/action-table-columns \(warning\): The action table of Resolution 2 \(table \d+ of the document\) has 4 columns instead of 5 \(Action Item \| Action \| Milestone \| Completed\): "Periodic goals met" is missing; its items are read by the header's column names, the missing columns as empty\./);
    expect(run.stdout).not.toContain("resolution-without-action-table (warning): Resolution 2 ");
    const json = JSON.parse((await runCli(["check", path, "--as-of", "2022-01-20", "--format", "json"])).stdout) as CheckJson;
    expect(json.summary.items).toBe(items.length);
    const read = json.items.filter((item) => item.resolution === "2");
    expect(read.map((item) => [item.id, item.milestone, item.completed, item.periodicMet])).toEqual(resolution2.map((item) => [item.id, item.milestoneText, item.completed, false]));
    const structured = await runCli(["structure", path, folder.file("four-columns-structured.docx")]);
    expect(structured.code).toBe(0);
    expect(structured.stdout).toMatch(/action-table-columns: The action table of Resolution 2 .*"Periodic goals met" is missing/);
  });

  it("a plan ten times the size of the actual one is checked and coloured", async () => {
    const path = folder.file("plan-x10.docx");
    const bytes = await writeDocx(scaledPlan(planModel(), 10));
    writeFileSync(path, bytes);
    expect(bytes.length).toBeGreaterThan(planBytes.length * 9);
    const started = Date.now();
    const check = await runCli(["check", path, "--as-of", "2022-01-20", "--format", "json"]);
    const json = JSON.parse(check.stdout) as CheckJson;
    expect(json.summary.items).toBe(3750);
    // The 60 resolutions with action tables, ten times (Opinion 1 has no action items).
    expect(json.summary.resolutions).toBe(10 * 60);
    const colour = await runCli(["colour", path, folder.file("plan-x10-coloured.docx"), "--as-of", "2022-01-20"]);
    expect(colour.code).toBe(0);
    // Generous bound for a shared CI machine; `npm run bench` measures it properly.
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 180_000);
});
