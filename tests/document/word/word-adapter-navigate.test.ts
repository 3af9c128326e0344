/**
 * Navigate on the Word host simulator when the document changed between the read and the click: an item whose
 * control is gone is looked up at the read's cell address, and selected there only when that cell still holds
 * this item's number (or, for an item without a number, its number and action texts). Otherwise nothing is selected
 * and the error says to validate again. Round trips: 2 by tag, 3 by address.
 */
import type { DocModel } from "../../../src/domain/document-model";
import { allItems, ITEM_FIELDS, type ActionItem } from "../../../src/domain/plan";
import { fieldTag } from "../../../src/document/tags";
import { isDocumentError, type DocumentErrorCode } from "../../../src/document/document-error";
import { WordDocument } from "../../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../../../src/simulator";
import { actualPlanModel, itemOf } from "../../support/word-adapter-builders";
import { structuredOnSimulator } from "../../support/reliability-support";

let structured: DocModel;
beforeAll(async () => {
  structured = await structuredOnSimulator(actualPlanModel());
}, 30_000);

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function open(model: DocModel): { sim: SimulatedWord; doc: WordDocument } {
  const sim = createSimulatedWord(model);
  restore = installSimulatedOffice(globalThis, sim);
  return { sim, doc: new WordDocument() };
}

async function readItem(doc: WordDocument, id: string): Promise<ActionItem> {
  return itemOf((await doc.read()).plan, id);
}

/** Navigates, expecting a refusal with `code`: nothing selected, nothing written. */
async function expectRefused(sim: SimulatedWord, doc: WordDocument, item: ActionItem, code: DocumentErrorCode): Promise<void> {
  const selection = sim.selection();
  const document = sim.exportModel();
  let caught: unknown = null;
  try {
    await doc.navigate({ item });
  } catch (error) {
    caught = error;
  }
  expect(isDocumentError(caught, code)).toBe(true);
  expect((caught as Error).message).toMatch(/Validate the plan again/);
  expect(sim.selection()).toEqual(selection);
  expect(sim.exportModel()).toEqual(document);
}

async function syncsOf(sim: SimulatedWord, action: () => Promise<unknown>): Promise<number> {
  const before = sim.stats.syncs;
  await action();
  return sim.stats.syncs - before;
}

function removeControls(sim: SimulatedWord, itemId: string): void {
  sim.edit((editor) => {
    for (const field of ITEM_FIELDS) for (const control of editor.controls(fieldTag(itemId, field))) control.remove(true);
  });
}

/** Deletes an item's own rows (its row and its status row), last row first. */
function deleteItemRows(sim: SimulatedWord, item: ActionItem): void {
  const rows = [item.cells.status, item.cells.id].filter((address) => address !== undefined).sort((a, b) => b.row - a.row);
  sim.edit((editor) => {
    for (const address of rows) editor.deleteRow(address);
  });
}

/** The item before `item` in the same action table. */
function previousInTable(items: readonly ActionItem[], item: ActionItem): ActionItem {
  const index = items.findIndex((candidate) => candidate.key === item.key);
  const previous = items[index - 1]!;
  expect(previous.cells.id!.table).toBe(item.cells.id!.table);
  return previous;
}

describe("navigate to an item whose control is gone", () => {
  it("selects a structured item by its tag in two round trips", async () => {
    const { sim, doc } = open(structured);
    const item = await readItem(doc, "44-02");
    expect(await syncsOf(sim, async () => expect(await doc.navigate({ item })).toEqual({ selected: "control" }))).toBe(2);
    expect(sim.selection().controlTags[0]).toBe(fieldTag("44-02", "id"));
  });

  it("refuses when a co-author deleted the item's row: its cell address now holds its status row", async () => {
    const { sim, doc } = open(structured);
    const item = await readItem(doc, "44-02");
    sim.edit((editor) => editor.deleteRow(item.cells.id!));
    await expectRefused(sim, doc, item, "DocumentChanged");
  });

  it("refuses when a co-author removed the item's controls and deleted the rows above it: the address holds the next item", async () => {
    const { sim, doc } = open(structured);
    const read = await doc.read();
    const item = itemOf(read.plan, "44-02");
    removeControls(sim, "44-02");
    deleteItemRows(sim, previousInTable(allItems(read.plan), item));
    expect(sim.exportModel()).not.toEqual(structured);
    await expectRefused(sim, doc, item, "DocumentChanged");
    // The next item's number cell is now where 44-02 was read, and it was not selected.
    expect(sim.selection().cell).not.toEqual(item.cells.id);
  });

  it("refuses with ItemNotFound when the rows of the last item of a table are gone", async () => {
    const { sim, doc } = open(structured);
    const read = await doc.read();
    const items = allItems(read.plan);
    const last = items.find((item, index) => item.cells.status && items[index + 1]?.cells.id?.table !== item.cells.id?.table)!;
    deleteItemRows(sim, last);
    await expectRefused(sim, doc, last, "ItemNotFound");
  });

  it("selects the item's number cell by address, in three round trips, when only its controls were removed", async () => {
    const { sim, doc } = open(structured);
    const item = await readItem(doc, "44-02");
    removeControls(sim, "44-02");
    expect(await syncsOf(sim, async () => expect(await doc.navigate({ item })).toEqual({ selected: "cell" }))).toBe(3);
    expect(sim.selection().cell).toEqual(item.cells.id);
    expect(sim.selection().text).toBe("44-02");
  });
});

describe("navigate in a plain document", () => {
  it("selects an item's number cell by address in three round trips, and refuses once rows above it were deleted", async () => {
    const { sim, doc } = open(actualPlanModel());
    const read = await doc.read();
    const item = itemOf(read.plan, "01-03");
    expect(await syncsOf(sim, async () => expect(await doc.navigate({ item })).toEqual({ selected: "cell" }))).toBe(3);
    expect(sim.selection().cell).toEqual(item.cells.id);

    deleteItemRows(sim, previousInTable(allItems(read.plan), item));
    await expectRefused(sim, doc, item, "DocumentChanged");
  });

  it("checks an item without a number by its number and action texts", async () => {
    const { sim, doc } = open(actualPlanModel());
    const read = await doc.read();
    const items = allItems(read.plan);
    const unnumbered = items.find((item, index) => item.id === null && index > 0 && items[index - 1]!.cells.id?.table === item.cells.id?.table)!;
    expect(unnumbered).toBeDefined();
    expect(await doc.navigate({ item: unnumbered })).toEqual({ selected: "cell" });
    expect(sim.selection().cell).toEqual(unnumbered.cells.id);

    deleteItemRows(sim, previousInTable(items, unnumbered));
    await expectRefused(sim, doc, unnumbered, "DocumentChanged");
  });
});
