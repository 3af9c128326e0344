import { cell, paragraph, type DocRow, type DocTable } from "../../src/domain/document-model";
import type { Finding } from "../../src/domain/finding";
import { allItems } from "../../src/domain/plan";
import { recognizePlan, type ControlField } from "../../src/domain/recognizer";
import { actionTable, headerRow, itemRow, planDoc, resolutionHeading, resolutionSection, statusRow, summaryTable } from "../support/builders/plan-builders";

const SUMMARY = summaryTable([
  { number: 1, title: "Rules of procedure" },
  { number: 34, title: "Voluntary contributions" },
  { number: 1, title: "Practical application", kind: "Opinion" },
]);

function rules(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}${f.itemKey ? `:${f.itemKey}` : ""}`);
}

describe("recognizePlan — regular plan", () => {
  const model = planDoc(
    paragraph("Section I", { outlineLevel: 1 }),
    SUMMARY,
    paragraph("Section II", { outlineLevel: 1 }),
    resolutionSection(1, "Rules of procedure", [
      { id: "01-01", milestone: "WTSA-20", periodic: true, completed: true, status: "Done." },
      { id: "01-02", milestone: "Each TSAG meeting", periodic: false, completed: false, status: "Reported." },
    ]),
    resolutionSection(1, "Practical application", [], "Opinion"),
  );
  const { plan, findings } = recognizePlan(model);

  it("reads the summary, the resolutions and their items with every field and cell address", () => {
    expect(plan.summary.map((s) => [s.key, s.kind, s.number, s.title])).toEqual([
      ["1", "Resolution", 1, "Rules of procedure"],
      ["34", "Resolution", 34, "Voluntary contributions"],
      ["OP1", "Opinion", 1, "Practical application"],
    ]);
    expect(plan.summary[0]!.cells).toHaveLength(12);
    expect(plan.resolutions.map((r) => [r.key, r.title, r.titleSource, r.tables, r.items.length])).toEqual([
      ["1", "Rules of procedure", "heading", [1], 2],
      ["OP1", "Practical application", "heading", [], 0],
    ]);
    const [first, second] = plan.resolutions[0]!.items;
    expect(first).toEqual({
      key: "01-01",
      id: "01-01",
      altIds: [],
      rawId: "01-01",
      resolution: "1",
      action: "Action of 01-01",
      milestoneText: "WTSA-20",
      periodicMet: true,
      periodicText: "√",
      completed: true,
      completedText: "√",
      status: "Done.",
      numberCellRed: false,
      numberCellShading: null,
      cells: {
        id: { table: 1, row: 1, cell: 0 },
        action: { table: 1, row: 1, cell: 1 },
        milestone: { table: 1, row: 1, cell: 2 },
        periodic: { table: 1, row: 1, cell: 3 },
        completed: { table: 1, row: 1, cell: 4 },
        status: { table: 1, row: 2, cell: 1 },
      },
    });
    expect(second).toMatchObject({ key: "01-02", periodicMet: false, completed: false, status: "Reported.", cells: { status: { table: 1, row: 4, cell: 1 } } });
  });

  it("reports nothing on a regular plan", () => {
    expect(findings).toEqual([]);
  });
});

describe("recognizePlan — irregularities of the actual plan", () => {
  it("reads a header row that lost its first cell (four cells, or an empty first cell)", () => {
    const four = actionTable([{ id: "22-01" }], { lostFirstCell: true });
    const emptyFirst: DocTable = { kind: "table", rows: [{ cells: [cell(""), ...headerRow({ lostFirstCell: true }).cells] }, ...actionTable([{ id: "70-01" }], { header: false }).rows] };
    const { plan, findings } = recognizePlan(planDoc(resolutionHeading(22, "TSAG"), four, resolutionHeading(70, "Accessibility"), emptyFirst));
    expect(allItems(plan).map((i) => i.key)).toEqual(["22-01", "70-01"]);
    expect(rules(findings)).toEqual(["header-lost-first-cell", "header-lost-first-cell"]);
    expect(findings[0]!.severity).toBe("info");
  });

  it("counts an item with an empty number cell and proposes the next free number of the sequence", () => {
    const { plan, findings } = recognizePlan(
      planDoc(resolutionSection(22, "TSAG", [{ id: "22-09" }, { id: "", milestone: "Completed", completed: true }, { id: "22-11" }, { id: "22-10" }, { id: "" }])),
    );
    const items = plan.resolutions[0]!.items;
    expect(items.map((i) => [i.key, i.id, i.proposedId])).toEqual([
      ["22-09", "22-09", undefined],
      ["22-12", null, "22-12"], // 22-10 and 22-11 are taken further down
      ["22-11", "22-11", undefined],
      ["22-10", "22-10", undefined],
      ["22-13", null, "22-13"],
    ]);
    const missing = findings.filter((f) => f.rule === "missing-item-number");
    expect(missing.map((f) => [f.severity, f.itemKey, f.itemId, f.location])).toEqual([
      ["error", "22-12", null, { table: 0, row: 3, cell: 0 }],
      ["error", "22-13", null, { table: 0, row: 9, cell: 0 }],
    ]);
    expect(missing[0]!.message).toBe("Resolution 22, action table row 4: the item has no number; the sequence suggests 22-12.");
  });

  it("reads a row that lost its number cell (four cells) as an item without number", () => {
    const fourCells: DocRow = { cells: [cell("TSB Director to report"), cell("WTSA-20\nPP-18"), cell("√"), cell("")] };
    const { plan, findings } = recognizePlan(planDoc(resolutionSection(44, "Bridging", [{ id: "44-35" }, fourCells, statusRow("Reported")])));
    const item = plan.resolutions[0]!.items[1]!;
    expect(item).toMatchObject({ key: "44-36", id: null, proposedId: "44-36", rawId: "", action: "TSB Director to report", milestoneText: "WTSA-20\nPP-18", status: "Reported" });
    expect(item.cells.id).toBeUndefined();
    expect(item.cells.action).toEqual({ table: 0, row: 3, cell: 0 });
    expect(rules(findings)).toEqual(["number-cell-missing", "missing-item-number:44-36"]);
  });

  it("merges a row split in two by a footnote, keeping each field's real cell address", () => {
    const split = [{ cells: [cell("22-13"), cell("WTSA-16 requested TSAG")] }, { cells: [cell("Ongoing"), cell("√"), cell("")] }, statusRow("With revised A.13")];
    const { plan, findings } = recognizePlan(planDoc(resolutionSection(22, "TSAG", [{ id: "22-12" }, ...split])));
    const item = plan.resolutions[0]!.items[1]!;
    expect(item).toMatchObject({ key: "22-13", action: "WTSA-16 requested TSAG", milestoneText: "Ongoing", periodicMet: true, completed: false, status: "With revised A.13" });
    expect(item.cells).toEqual({
      id: { table: 0, row: 3, cell: 0 },
      action: { table: 0, row: 3, cell: 1 },
      milestone: { table: 0, row: 4, cell: 0 },
      periodic: { table: 0, row: 4, cell: 1 },
      completed: { table: 0, row: 4, cell: 2 },
      status: { table: 0, row: 5, cell: 1 },
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["split-row-merged", "info"]]);
  });

  it("keeps a second number of the number cell as an alternative id", () => {
    const { plan, findings } = recognizePlan(planDoc(resolutionSection(54, "Regional groups", [{ id: "54-03\n(44-25)" }])));
    expect(plan.resolutions[0]!.items[0]).toMatchObject({ key: "54-03", id: "54-03", altIds: ["44-25"], rawId: "54-03\n(44-25)" });
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([["alternate-item-number", "info", "Item 54-03 also carries the number 44-25 in its number cell."]]);
  });

  it("reads a Completed cell with a check mark plus text as completed, with a note", () => {
    const { plan, findings } = recognizePlan(planDoc(resolutionSection(48, "IDN", [{ id: "48-01", completed: "√\nSee comment below." }])));
    expect(plan.resolutions[0]!.items[0]).toMatchObject({ completed: true, completedText: "√\nSee comment below." });
    expect(findings.map((f) => [f.rule, f.itemKey, f.location])).toEqual([["completed-with-remark", "48-01", { table: 0, row: 1, cell: 4 }]]);
  });

  it("notes milestones that say Completed, and warns when the item is not ticked completed", () => {
    const { findings } = recognizePlan(
      planDoc(resolutionSection(67, "Languages", [{ id: "67-08", milestone: "Completed 2017", completed: true }, { id: "67-09", milestone: "Completed", completed: false }])),
    );
    expect(findings.map((f) => [f.rule, f.severity, f.itemKey])).toEqual([
      ["milestone-says-completed", "info", "67-08"],
      ["milestone-completed-not-ticked", "warning", "67-09"],
    ]);
  });

  it("reads a status cell holding a nested table as text", () => {
    const nested: DocTable = { kind: "table", rows: [{ cells: [cell("SDG"), cell("1")] }, { cells: [cell("Count"), cell("7")] }] };
    const status: DocRow = { cells: [cell(""), { blocks: [paragraph("Before"), nested, paragraph("After")], shading: null, gridSpan: 4 }] };
    const { plan, findings } = recognizePlan(planDoc(resolutionSection(75, "WSIS", [itemRow("75-02", "Provide summary", "Council 2021", true), status])));
    expect(plan.resolutions[0]!.items[0]!.status).toBe("Before\nSDG\t1\nCount\t7\nAfter");
    expect(findings).toEqual([]);
  });

  it("takes the title of a heading without one from Section I, and warns when neither has it", () => {
    const { plan, findings } = recognizePlan(planDoc(SUMMARY, resolutionHeading(34), actionTable([{ id: "34-01" }]), resolutionHeading(35), actionTable([{ id: "35-01" }])));
    expect(plan.resolutions.map((r) => [r.key, r.title, r.titleSource])).toEqual([
      ["34", "Voluntary contributions", "summary"],
      ["35", "", "none"],
    ]);
    expect(findings.map((f) => [f.rule, f.severity, f.resolution])).toEqual([
      ["title-from-summary", "info", "34"],
      ["resolution-title-missing", "warning", "35"],
    ]);
  });

  it("takes the shading of the number cell, red or not", () => {
    const { plan } = recognizePlan(planDoc(resolutionSection(1, "Rules", [{ id: "01-01", shading: "#FF0000" }, { id: "01-02", shading: "#FFFF00" }])));
    expect(plan.resolutions[0]!.items.map((i) => [i.numberCellShading, i.numberCellRed])).toEqual([
      ["#FF0000", true],
      ["#FFFF00", false],
    ]);
  });
});

describe("recognizePlan — number problems and rows it cannot read", () => {
  it("reports numbers of another resolution and duplicates as errors, and keeps keys unique", () => {
    const { plan, findings } = recognizePlan(planDoc(resolutionSection(44, "Bridging", [{ id: "44-13" }, { id: "45-02" }, { id: "44-13" }])));
    expect(plan.resolutions[0]!.items.map((i) => i.key)).toEqual(["44-13", "45-02", "44-13#2"]);
    expect(findings.map((f) => [f.rule, f.severity, f.itemKey])).toEqual([
      ["item-number-other-resolution", "error", "45-02"],
      ["duplicate-item-number", "error", "44-13#2"],
    ]);
    expect(findings[1]!.message).toBe("Item number 44-13 is used twice: Resolution 44, action table row 2 and Resolution 44, action table row 6.");
  });

  it("reports a number cell that is not a number, and proposes one", () => {
    const { plan, findings } = recognizePlan(planDoc(resolutionSection(1, "Rules", [{ id: "01-01" }, { id: "see above" }])));
    expect(plan.resolutions[0]!.items[1]).toMatchObject({ key: "01-02", id: null, proposedId: "01-02", rawId: "see above" });
    expect(rules(findings)).toEqual(["malformed-item-number:01-02"]);
  });

  it("never drops a row silently: odd rows, empty rows, status rows without item and items without status all yield findings", () => {
    const odd: DocRow = { cells: ["a", "b", "c", "d", "e", "f", "g"].map((t) => cell(t)) };
    const empty: DocRow = { cells: ["", "", "", "", ""].map((t) => cell(t)) };
    const table = actionTable([statusRow("lost status"), { id: "01-01", status: null }, odd, empty, { id: "01-02" }]);
    const { plan, findings } = recognizePlan(planDoc(resolutionHeading(1, "Rules"), table));
    expect(plan.resolutions[0]!.items.map((i) => i.key)).toEqual(["01-01", "01-02"]);
    expect(findings.map((f) => [f.rule, f.location?.row])).toEqual([
      ["orphan-status-row", 1],
      ["uninterpretable-row", 3],
      ["empty-row", 4],
      ["missing-status-row", 2],
    ]);
  });

  it("places an action table without a heading under the resolution its numbers name", () => {
    const { plan, findings } = recognizePlan(planDoc(actionTable([{ id: "43-02" }])));
    expect(plan.resolutions.map((r) => [r.key, r.items.length, r.titleSource])).toEqual([["43", 1, "none"]]);
    expect(rules(findings)).toEqual(["action-table-without-heading", "resolution-title-missing"]);
  });

  it("reads a continuation table without header as more items of the same resolution", () => {
    const { plan, findings } = recognizePlan(planDoc(resolutionSection(43, "Regional preparations", [{ id: "43-01" }]), paragraph("Other meetings"), actionTable([{ id: "43-02" }], { header: false })));
    expect(plan.resolutions[0]!.items.map((i) => i.key)).toEqual(["43-01", "43-02"]);
    expect(plan.resolutions[0]!.tables).toEqual([0, 1]);
    expect(rules(findings)).toEqual(["action-table-without-header"]);
  });

  it("reports a document without action tables", () => {
    const { plan, findings } = recognizePlan(planDoc(paragraph("Just a letter.")));
    expect(plan).toEqual({ resolutions: [], summary: [] });
    expect(rules(findings)).toEqual(["no-action-table"]);
  });
});

describe("recognizePlan — structured documents (content controls)", () => {
  // A tag format of the test's own: the recognizer only knows the hook, not the codec.
  const fieldForControl = (tag: string): ControlField | null => {
    const match = /^t\/(.+)\/(id|action|milestone|periodic|completed|status)$/.exec(tag);
    return match ? { itemId: match[1]!, field: match[2] as ControlField["field"] } : null;
  };
  const tagged = (row: DocRow, itemId: string, fields = ["id", "action", "milestone", "periodic", "completed"]): DocRow => ({
    cells: row.cells.map((c, i) => ({ ...c, control: { tag: `t/${itemId}/${fields[i]}`, title: "" } })),
  });

  it("accepts controls whose tags match their item and field", () => {
    const table = actionTable([tagged(itemRow("01-01", "a", "Ongoing", true), "01-01"), tagged(statusRow("s"), "01-01", ["x", "status"])]);
    const { findings } = recognizePlan(planDoc(resolutionHeading(1, "Rules"), table), { fieldForControl });
    expect(findings).toEqual([]);
  });

  it("reports a copied row whose controls name another item", () => {
    const table = actionTable([tagged(itemRow("01-01", "a", "Ongoing", true), "01-01"), statusRow("s"), tagged(itemRow("01-02", "copy", "Ongoing", true), "01-01"), statusRow("s")]);
    const { findings } = recognizePlan(planDoc(resolutionHeading(1, "Rules"), table), { fieldForControl });
    expect(findings.map((f) => [f.rule, f.itemKey, f.location?.cell])).toEqual([0, 1, 2, 3, 4].map((c) => ["control-tag-mismatch", "01-02", c]));
    expect(findings[0]!.message).toBe("Item 01-02: its id cell carries the control of item 01-01 (id) — a copied row or an edited tag.");
  });

  it("keeps the number a structured document proposed for an empty number cell, rather than the sequence's", () => {
    const table = actionTable([itemRow("22-09", "a", "Ongoing"), statusRow("s"), tagged(itemRow("", "b", "Completed", true, true), "22-14"), statusRow("s")]);
    const { plan, findings } = recognizePlan(planDoc(resolutionHeading(22, "TSAG"), table), { fieldForControl });
    expect(plan.resolutions[0]!.items[1]).toMatchObject({ key: "22-14", id: null, proposedId: "22-14" });
    expect(rules(findings)).toEqual(["missing-item-number:22-14", "milestone-says-completed:22-14"]);
  });
});
