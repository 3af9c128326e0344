/**
 * "The item under the cursor" on the Word host simulator, with the actual plan: from a plain document (the row's
 * number cell, or the row above from a status row), from a nested table in a status cell, from a structured
 * document (the control's tag), and nothing outside action tables. Always one round trip, also through
 * WordDocument.itemAtSelection (refused below WordApi 1.3; Office.js failures as DocumentError).
 */
import { cellAt } from "../../../src/document/fingerprint";
import { itemAtSelection, itemOfRow } from "../../../src/document/word/item-at-selection";
import { WordDocument } from "../../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../../../src/simulator";
import { actualPlanModel, itemOf } from "../../support/word-adapter-builders";
import { recognizeModel } from "../../../src/document/recognize";
import type { CellAddress } from "../../../src/domain/document-model";
import type { ItemField } from "../../../src/domain/plan";

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function open(): { sim: SimulatedWord; doc: WordDocument; address: (id: string, field: ItemField) => CellAddress } {
  const model = actualPlanModel();
  const plan = recognizeModel(model).plan;
  const sim = createSimulatedWord(model);
  restore = installSimulatedOffice(globalThis, sim);
  return { sim, doc: new WordDocument(), address: (id, field) => itemOf(plan, id).cells[field]! };
}

/** Puts the cursor in a top-level cell (as a person clicking there would). */
async function clickCell(sim: SimulatedWord, address: CellAddress): Promise<void> {
  await sim.run(async (context) => {
    const tables = context.document.body.tables.load("items/nestingLevel");
    await context.sync();
    tables.items.filter((table) => table.nestingLevel === 1)[address.table]!.getCell(address.row, address.cell).body.paragraphs.getFirst().select("Select");
    await context.sync();
  });
}

async function cursorItem(sim: SimulatedWord): Promise<Awaited<ReturnType<typeof itemAtSelection>>> {
  sim.resetStats();
  const found = await sim.run((context) => itemAtSelection(context));
  expect(sim.stats.syncs).toBe(1);
  return found;
}

test("a plain document: the item row's number, and the row above from its status row", async () => {
  const { sim, address } = open();
  await clickCell(sim, address("22-04", "milestone"));
  expect(await cursorItem(sim)).toEqual({ itemId: "22-04", via: "table" });
  await clickCell(sim, address("47-01", "status"));
  expect(await cursorItem(sim)).toEqual({ itemId: "47-01", via: "table" });
});

test("a table nested in a status cell resolves to the outer item", async () => {
  const { sim, address } = open();
  const status = address("75-02", "status");
  expect(cellAt(actualPlanModel(), status)!.blocks.some((block) => block.kind === "table")).toBe(true);
  await sim.run(async (context) => {
    const tables = context.document.body.tables.load("items/nestingLevel");
    await context.sync();
    const outer = tables.items.filter((table) => table.nestingLevel === 1)[status.table]!;
    outer.getCell(status.row, status.cell).body.tables.getFirst().getCell(0, 0).body.select("Start");
    await context.sync();
  });
  expect(await cursorItem(sim)).toEqual({ itemId: "75-02", via: "table" });
});

test("a structured document: the content control's tag names the item", async () => {
  const { sim, doc, address } = open();
  await doc.structure();
  await clickCell(sim, address("01-04", "milestone"));
  expect(await cursorItem(sim)).toEqual({ itemId: "01-04", via: "control" });
});

test("outside any action table there is no item", async () => {
  const { sim } = open();
  await sim.run(async (context) => {
    context.document.body.paragraphs.getFirst().select("Start");
    await context.sync();
  });
  expect(await cursorItem(sim)).toBeNull();
});

test("a row whose first cell is text but not a number is no item", () => {
  expect(itemOfRow([["Action Item", "Action"], ["01-01", "x"]], 0)).toBeNull();
  expect(itemOfRow([["01-01", "x"], ["", "status"]], 1)).toEqual({ itemId: "01-01", via: "table" });
  expect(itemOfRow([["01-01", "x"]], 5)).toBeNull();
});

describe("WordDocument.itemAtSelection", () => {
  test("one round trip, on a plain and on a structured document", async () => {
    const { sim, doc, address } = open();
    await clickCell(sim, address("22-04", "milestone"));
    sim.resetStats();
    expect(await doc.itemAtSelection()).toEqual({ itemId: "22-04", via: "table" });
    expect(sim.stats.syncs).toBe(1);
    await doc.structure();
    await clickCell(sim, address("01-04", "status"));
    sim.resetStats();
    expect(await doc.itemAtSelection()).toEqual({ itemId: "01-04", via: "control" });
    expect(sim.stats.syncs).toBe(1);
  });

  test("a click placed by the person (the simulator's placeCursor) is found, and is not an add-in's select()", async () => {
    const { sim, doc, address } = open();
    await doc.structure();
    const before = sim.selection().count;
    sim.edit((editor) => editor.placeCursor(address("47-01", "action")));
    expect(sim.selection()).toMatchObject({ cell: address("47-01", "action"), controlTags: ["ap/1/item/47-01/action"], count: before });
    sim.resetStats();
    expect(await doc.itemAtSelection()).toEqual({ itemId: "47-01", via: "control" });
    expect(sim.stats.syncs).toBe(1);
  });

  test("below WordApi 1.3 it is refused before any round trip", async () => {
    const model = actualPlanModel();
    const sim = createSimulatedWord(model, { requirementSets: { WordApi: "1.2" } });
    restore = installSimulatedOffice(globalThis, sim);
    await expect(new WordDocument().itemAtSelection()).rejects.toMatchObject({ code: "Unsupported" });
    expect(sim.stats.syncs).toBe(0);
  });

  test("a failed round trip is a DocumentError", async () => {
    const { sim, doc } = open();
    sim.failNextSync();
    await expect(doc.itemAtSelection()).rejects.toMatchObject({ code: "WordFailed" });
  });
});
