import fc from "fast-check";
import { topLevelTables, type DocModel } from "../../../src/domain/document-model";
import { allItems, type ActionItem, type Plan } from "../../../src/domain/plan";
import { buildSeedDocModel } from "../../../src/fixture/seed-text";
import { cellAt, compareFingerprints, fingerprintItem, fingerprintPlan, hashText } from "../../../src/document/fingerprint";
import { emptySharedState } from "../../../src/document/shared-state";
import { fieldTag } from "../../../src/document/tags";
import { checkAgainstBasis } from "../../../src/document/basis-check";
import { ADDIN_RED, planColours } from "../../../src/document/colour-plan";
import { recognizeModel } from "../../../src/document/recognize";
import { fieldCellStatuses, summarizeStructure } from "../../../src/document/field-cell-status";
import { readSeedText } from "../../../src/fixture/seed-file";

const seedText = readSeedText();
const freshModel = (): DocModel => buildSeedDocModel(seedText);
const recognize = (model: DocModel): Plan => recognizeModel(model).plan;

function itemById(plan: Plan, id: string): ActionItem {
  const item = allItems(plan).find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

/** Wraps every field cell of every item in the control structure would write. */
function structureModel(model: DocModel, plan: Plan): void {
  for (const status of fieldCellStatuses(model, plan)) {
    const cell = cellAt(model, status.address);
    if (cell && status.state === "unwrapped" && status.expectedTag) cell.control = { tag: status.expectedTag, title: "t" };
  }
}

describe("item fingerprints", () => {
  const model = freshModel();
  const plan = recognize(model);

  it("are stable, and distinct across the actual plan's items", () => {
    const first = fingerprintPlan(model, plan);
    expect(fingerprintPlan(freshModel(), recognize(freshModel()))).toEqual(first);
    expect(new Set(first.map((entry) => entry.hash)).size).toBe(first.length);
  });

  it("change when a field's text or tag changes, not when its shading does", () => {
    const item = itemById(plan, "01-04");
    const before = fingerprintItem(model, item).hash;
    const numberCell = cellAt(model, item.cells.id!)!;
    numberCell.shading = "#FF0000";
    expect(fingerprintItem(model, item).hash).toBe(before);
    numberCell.control = { tag: fieldTag("01-04", "id"), title: "" };
    const tagged = fingerprintItem(model, item).hash;
    expect(tagged).not.toBe(before);
    const milestone = cellAt(model, item.cells.milestone!)!;
    const paragraph = milestone.blocks[0]!;
    if (paragraph.kind !== "paragraph") throw new Error("expected a paragraph");
    paragraph.text += " (moved)";
    expect(fingerprintItem(model, item).hash).not.toBe(tagged);
  });

  it("compare by key: unchanged, changed and gone", () => {
    const comparison = compareFingerprints(
      [
        { itemKey: "a", hash: "1" },
        { itemKey: "b", hash: "2" },
        { itemKey: "c", hash: "3" },
      ],
      [
        { itemKey: "a", hash: "1" },
        { itemKey: "b", hash: "9" },
      ],
    );
    expect([...comparison.unchanged]).toEqual(["a"]);
    expect(comparison.changed).toEqual(["b", "c"]);
  });

  it("hash different texts differently (property)", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => a === b || hashText(a) !== hashText(b)));
    expect(hashText("x")).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("basis check before a write", () => {
  it("passes unchanged items and reports edited, deleted, duplicated and unknown ones", () => {
    const model = freshModel();
    const plan = recognize(model);
    const basis = fingerprintPlan(model, plan);
    const edited = itemById(plan, "01-02");
    const milestone = cellAt(model, edited.cells.milestone!)!.blocks[0]!;
    if (milestone.kind === "paragraph") milestone.text = "WTSA-24";
    // A copied row: duplicate 01-03's item row and status row right below them.
    const copied = itemById(plan, "01-03");
    const table = topLevelTables(model)[copied.cells.id!.table]!;
    const rows = table.rows.slice(copied.cells.id!.row, copied.cells.id!.row + 2);
    table.rows.splice(copied.cells.id!.row + 2, 0, ...structuredClone(rows));
    const now = recognize(model);
    const check = checkAgainstBasis(model, now, basis, ["01-01", "01-02", "01-03", "nope"]);
    expect([...check.current.keys()]).toEqual(["01-01"]);
    expect(check.conflicts.map((finding) => finding.itemKey)).toEqual(["01-02", "01-03", "nope"]);
    expect(check.conflicts[0]!.message).toMatch(/edited since it was read/);
    expect(check.conflicts[1]!.message).toMatch(/more than once/);
    expect([...check.notInBasis]).toEqual(["nope"]);
  });
});

describe("structure status", () => {
  it("plain → structured, and a copied structured row is a conflict on both copies", () => {
    const model = freshModel();
    const plan = recognize(model);
    expect(summarizeStructure(plan, fieldCellStatuses(model, plan)).level).toBe("plain");
    structureModel(model, plan);
    const structured = recognize(model);
    const summary = summarizeStructure(structured, fieldCellStatuses(model, structured));
    expect(summary.level).toBe("structured");
    expect(summary.structuredItems).toBe(allItems(structured).length);
    expect(summary.conflictingControls).toBe(0);

    const item = itemById(structured, "01-04");
    const table = topLevelTables(model)[item.cells.id!.table]!;
    table.rows.splice(item.cells.id!.row + 2, 0, ...structuredClone(table.rows.slice(item.cells.id!.row, item.cells.id!.row + 2)));
    const copied = recognize(model);
    const statuses = fieldCellStatuses(model, copied);
    const conflicts = statuses.filter((status) => status.state === "conflict");
    expect(conflicts.length).toBe(2 * 6);
    expect(summarizeStructure(copied, statuses).level).toBe("partial");
  });

  it("a tampered tag is a conflict, and a cell without a control is left for structure", () => {
    const model = freshModel();
    const plan = recognize(model);
    const item = itemById(plan, "01-01");
    cellAt(model, item.cells.milestone!)!.control = { tag: fieldTag("01-02", "milestone"), title: "" };
    const statuses = fieldCellStatuses(model, recognize(model)).filter((status) => status.item.id === "01-01");
    expect(statuses.find((status) => status.field === "milestone")!.state).toBe("conflict");
    expect(statuses.find((status) => status.field === "action")!.state).toBe("unwrapped");
  });
});

describe("colour policy against the document", () => {
  const state = { ...emptySharedState(), redMarks: [{ itemId: "A", colour: ADDIN_RED }] };

  it("marks, keeps a person's red, and clears only its own unchanged red", () => {
    const { decisions, state: next } = planColours(
      [
        { itemKey: "A", shading: ADDIN_RED, wantRed: false },
        { itemKey: "B", shading: "#C00000", wantRed: false },
        { itemKey: "C", shading: null, wantRed: true },
        { itemKey: "D", shading: "#C00000", wantRed: true },
        { itemKey: "E", shading: null, wantRed: false },
      ],
      state,
    );
    expect(decisions).toEqual([
      { itemKey: "A", outcome: "cleared", shading: null },
      { itemKey: "B", outcome: "person-red-kept" },
      { itemKey: "C", outcome: "marked", shading: ADDIN_RED },
      { itemKey: "D", outcome: "person-red-kept" },
      { itemKey: "E", outcome: "unchanged" },
    ]);
    expect(next.redMarks).toEqual([{ itemId: "C", colour: ADDIN_RED }]);
  });

  it("hands a cell back to the person when they re-coloured the add-in's red", () => {
    const { decisions, state: next } = planColours([{ itemKey: "A", shading: "#C00000", wantRed: false }], state);
    expect(decisions).toEqual([{ itemKey: "A", outcome: "person-red-kept" }]);
    expect(next.redMarks).toEqual([]);
  });

  it("records the non-red fill it shades over and puts it back when it clears its red", () => {
    const marked = planColours([{ itemKey: "Y", shading: "#FFFF00", wantRed: true }], emptySharedState());
    expect(marked.decisions).toEqual([{ itemKey: "Y", outcome: "marked", shading: ADDIN_RED }]);
    expect(marked.state.redMarks).toEqual([{ itemId: "Y", colour: ADDIN_RED, previous: "#FFFF00" }]);
    const again = planColours([{ itemKey: "Y", shading: ADDIN_RED, wantRed: true }], marked.state);
    expect(again.decisions).toEqual([{ itemKey: "Y", outcome: "unchanged" }]);
    expect(again.state.redMarks).toEqual(marked.state.redMarks);
    const cleared = planColours([{ itemKey: "Y", shading: ADDIN_RED, wantRed: false }], marked.state);
    expect(cleared.decisions).toEqual([{ itemKey: "Y", outcome: "cleared", shading: "#FFFF00" }]);
    expect(cleared.state.redMarks).toEqual([]);
  });

  it("restores nothing over a person's later colour: a re-coloured cell is theirs, and its old fill is forgotten", () => {
    const state = { ...emptySharedState(), redMarks: [{ itemId: "Y", colour: ADDIN_RED, previous: "#FFFF00" }] };
    const recoloured = planColours([{ itemKey: "Y", shading: "#00B050", wantRed: false }], state);
    expect(recoloured.decisions).toEqual([{ itemKey: "Y", outcome: "unchanged" }]);
    expect(recoloured.state.redMarks).toEqual([]);
    const remarked = planColours([{ itemKey: "Y", shading: "#00B050", wantRed: true }], state);
    expect(remarked.state.redMarks).toEqual([{ itemId: "Y", colour: ADDIN_RED, previous: "#00B050" }]);
  });

  it("is idempotent: applying its own decisions again changes nothing", () => {
    const first = planColours([{ itemKey: "C", shading: null, wantRed: true }], emptySharedState());
    const second = planColours([{ itemKey: "C", shading: ADDIN_RED, wantRed: true }], first.state);
    expect(second.decisions).toEqual([{ itemKey: "C", outcome: "unchanged" }]);
    expect(second.state).toEqual(first.state);
  });
});
