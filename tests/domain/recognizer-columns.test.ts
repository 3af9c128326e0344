/**
 * Action tables whose columns are not the plan's five: a column deleted, added or moved. The header row is
 * matched by its texts; the items are read by its columns when Action Item, Action and Milestone are there,
 * and every row is reported otherwise. Never a silent drop.
 */
import { defaultCalendar } from "../../src/domain/calendar";
import { cell, type DocRow, type DocTable } from "../../src/domain/document-model";
import type { Finding } from "../../src/domain/finding";
import { allItems } from "../../src/domain/plan";
import { recognizePlan } from "../../src/domain/recognizer";
import { validatePlan } from "../../src/domain/validate";
import { actionTable, planDoc, resolutionHeading, resolutionSection, statusRow, summaryTable } from "../support/builders/plan-builders";

const SUMMARY = summaryTable([
  { number: 1, title: "Rules of procedure" },
  { number: 2, title: "Study group responsibility" },
]);

/** A table with the given header texts, then for each row its cells' texts, each followed by a status row. */
function tableWith(headers: readonly string[], rows: readonly (readonly string[])[]): DocTable {
  const body: DocRow[] = [];
  for (const row of rows) body.push({ cells: row.map((text) => cell(text)) }, statusRow(`Status of ${row[headers.indexOf("Action Item")] ?? row[0]}`));
  return { kind: "table", rows: [{ cells: headers.map((text) => cell(text)) }, ...body] };
}

function recognizeWith(table: DocTable) {
  return recognizePlan(planDoc(SUMMARY, resolutionSection(1, "Rules of procedure", [{ id: "01-01" }]), resolutionHeading(2, "Study group responsibility"), table));
}

function byRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((finding) => finding.rule === rule);
}

describe("action tables with missing or extra columns", () => {
  it("reads a table whose Periodic goals met column was deleted by its header, the missing column as empty, and says so", () => {
    const table = tableWith(["Action Item", "Action", "Milestone", "Completed"], [
      ["02-01", "Allocate work", "Ongoing", ""],
      ["02-02", "Review mandates", "WTSA-20", "√"],
    ]);
    const { plan, findings } = recognizeWith(table);
    const items = plan.resolutions.find((resolution) => resolution.key === "2")!.items;
    expect(items.map((item) => [item.key, item.action, item.milestoneText, item.periodicText, item.completed, item.status])).toEqual([
      ["02-01", "Allocate work", "Ongoing", "", false, "Status of 02-01"],
      ["02-02", "Review mandates", "WTSA-20", "", true, "Status of 02-02"],
    ]);
    expect(items[0]!.cells).toEqual({
      id: { table: 2, row: 1, cell: 0 },
      action: { table: 2, row: 1, cell: 1 },
      milestone: { table: 2, row: 1, cell: 2 },
      completed: { table: 2, row: 1, cell: 3 },
      status: { table: 2, row: 2, cell: 1 },
    });
    expect(findings.map((finding) => finding.rule)).toEqual(["action-table-columns"]);
    expect(findings[0]).toEqual({
      rule: "action-table-columns",
      severity: "warning",
      message:
        'The action table of Resolution 2 (table 3 of the document) has 4 columns instead of 5 (Action Item | Action | Milestone | Completed): "Periodic goals met" is missing; its items are read by the header\'s column names, the missing columns as empty.',
      resolution: "2",
      location: { table: 2, row: 0, cell: 0 },
    });
  });

  it("puts the finding in the plan findings and the resolution keeps its action table", () => {
    const { plan, findings } = recognizeWith(tableWith(["Action Item", "Action", "Milestone", "Completed"], [["02-01", "Allocate work", "WTSA-20", ""]]));
    const result = validatePlan(plan, defaultCalendar(), "2022-01-20", {}, findings);
    expect(result.planFindings.map((finding) => finding.rule)).toEqual(["action-table-columns"]);
    expect(plan.resolutions.find((resolution) => resolution.key === "2")!.tables).toEqual([2]);
  });

  it("reads a table with an added column by the header's names and names the column it does not read", () => {
    const table = tableWith(["Action Item", "Action", "Milestone", "Lead SG", "Periodic goals met", "Completed"], [["02-01", "Allocate work", "Ongoing", "SG2", "√", ""]]);
    const { plan, findings } = recognizeWith(table);
    const item = allItems(plan).find((candidate) => candidate.key === "02-01")!;
    expect([item.action, item.milestoneText, item.periodicMet, item.completed]).toEqual(["Allocate work", "Ongoing", true, false]);
    expect(item.cells.periodic).toEqual({ table: 2, row: 1, cell: 4 });
    expect(byRule(findings, "action-table-columns").map((finding) => finding.message)).toEqual([
      'The action table of Resolution 2 (table 3 of the document) has 6 columns instead of 5 (Action Item | Action | Milestone | Lead SG | Periodic goals met | Completed): "Lead SG" (column 4) is not a column of an action table; its items are read by the header\'s column names, the other columns are not read.',
    ]);
  });

  it("reads moved columns by their names, not their positions", () => {
    const table = tableWith(["Action Item", "Milestone", "Action", "Completed", "Periodic goals met"], [["02-01", "Council 2021", "Allocate work", "√", ""]]);
    const { plan, findings } = recognizeWith(table);
    const item = allItems(plan).find((candidate) => candidate.key === "02-01")!;
    expect([item.action, item.milestoneText, item.completed, item.periodicMet]).toEqual(["Allocate work", "Council 2021", true, false]);
    expect(byRule(findings, "action-table-columns")[0]!.message).toContain("has 5 columns (Action Item | Milestone | Action | Completed | Periodic goals met): they are not in the plan's order;");
  });

  it("reports every row of a table without a Milestone column, naming the table and the column, and reads no item from it", () => {
    const table = tableWith(["Action Item", "Action", "Periodic goals met", "Completed"], [
      ["02-01", "Allocate work", "√", ""],
      ["02-02", "Review mandates", "", ""],
    ]);
    table.rows.push({ cells: ["", "", "", ""].map((text) => cell(text)) });
    const { plan, findings } = recognizeWith(table);
    expect(plan.resolutions.find((resolution) => resolution.key === "2")).toMatchObject({ items: [], tables: [2] });
    expect(findings.map((finding) => [finding.rule, finding.location?.row])).toEqual([
      ["action-table-columns", 0],
      ["uninterpretable-row", 1],
      ["uninterpretable-row", 2],
      ["uninterpretable-row", 3],
      ["uninterpretable-row", 4],
      ["empty-row", 5],
    ]);
    expect(findings[0]!.message).toBe(
      'The action table of Resolution 2 (table 3 of the document) has 4 columns instead of 5 (Action Item | Action | Periodic goals met | Completed): "Milestone" is missing; without "Milestone" its rows cannot be read as items; each is reported.',
    );
    expect(findings[1]!.message).toBe(
      'Resolution 2, action table row 2: a row of 4 cells, not read: the table\'s header has 4 columns instead of 5 (Action Item | Action | Periodic goals met | Completed): "Milestone" is missing.',
    );
    expect(findings[2]!.message).toContain("Resolution 2, action table row 3: a row of 2 cells, not read:");
  });

  it("names several missing columns and an unnamed one", () => {
    const { findings } = recognizeWith(tableWith(["Action Item", "Milestone", "", "Completed"], [["02-01", "WTSA-20", "x", ""]]));
    expect(byRule(findings, "action-table-columns")[0]!.message).toContain(
      '(Action Item | Milestone | — | Completed): "Action", "Periodic goals met" are missing; an unnamed column (column 3) is not a column of an action table; without "Action" its rows',
    );
    expect(byRule(findings, "uninterpretable-row")).toHaveLength(2);
  });

  it("combines a lost first header cell with a deleted column: the blank first cell is the Action Item column", () => {
    const table = tableWith(["", "Action", "Milestone", "Completed"], [["02-01", "Allocate work", "WTSA-20", ""]]);
    const { plan, findings } = recognizeWith(table);
    expect(allItems(plan).find((item) => item.key === "02-01")!.milestoneText).toBe("WTSA-20");
    expect(findings.map((finding) => finding.rule)).toEqual(["header-lost-first-cell", "action-table-columns"]);
    expect(findings[1]!.message).toContain('(— | Action | Milestone | Completed): "Periodic goals met" is missing;');
  });

  it("reports a row whose width does not match its non-standard header, and merges a row split in two", () => {
    const table = tableWith(["Action Item", "Action", "Milestone", "Completed"], [["02-01", "Allocate work", "WTSA-20", ""]]);
    table.rows.push({ cells: ["02-02", "Split"].map((text) => cell(text)) }, { cells: ["WTSA-20", "√"].map((text) => cell(text)) }, { cells: ["02-03", "a", "b", "c", "d"].map((text) => cell(text)) });
    const { plan, findings } = recognizeWith(table);
    const items = plan.resolutions.find((resolution) => resolution.key === "2")!.items;
    expect(items.map((item) => [item.key, item.action, item.milestoneText, item.completed])).toEqual([
      ["02-01", "Allocate work", "WTSA-20", false],
      ["02-02", "Split", "WTSA-20", true],
    ]);
    expect(findings.map((finding) => [finding.rule, finding.location?.row])).toEqual([
      ["action-table-columns", 0],
      ["split-row-merged", 3],
      ["uninterpretable-row", 5],
      ["missing-status-row", 3],
    ]);
    expect(findings[2]!.message).toBe(
      'Resolution 2, action table row 6: a row of 5 cells, not read: the table\'s header has 4 columns instead of 5 (Action Item | Action | Milestone | Completed): "Periodic goals met" is missing.',
    );
  });

  it("keeps the plan's own header forms standard: five cells, or four without Action Item, give no column finding", () => {
    const plain = recognizeWith(actionTable([{ id: "02-01" }]));
    const lost = recognizeWith(actionTable([{ id: "02-01" }], { lostFirstCell: true }));
    expect(plain.findings).toEqual([]);
    expect(lost.findings.map((finding) => finding.rule)).toEqual(["header-lost-first-cell"]);
    expect(allItems(lost.plan).map((item) => item.key)).toEqual(["01-01", "02-01"]);
  });

  it("a column-problem table among good ones: the others read as before", () => {
    const model = planDoc(
      SUMMARY,
      resolutionSection(1, "Rules of procedure", [{ id: "01-01" }, { id: "01-02" }]),
      resolutionHeading(2, "Study group responsibility"),
      tableWith(["Action Item", "Action", "Milestone", "Completed"], [["02-01", "Allocate work", "WTSA-20", ""]]),
    );
    const { plan } = recognizePlan(model);
    expect(allItems(plan).map((item) => [item.key, item.periodicMet])).toEqual([
      ["01-01", true],
      ["01-02", true],
      ["02-01", false],
    ]);
  });
});
