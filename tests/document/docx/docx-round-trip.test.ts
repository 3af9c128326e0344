/**
 * The whole actual plan through the .docx adapter, saving and re-opening the file between steps:
 * structure → colour (as of 2022-01-20) → uncolour → unstructure gives back the same text everywhere and
 * every zip part but word/document.xml byte for byte; the person's red boxes survive every step.
 */
import { defaultCalendar } from "../../../src/domain/calendar";
import { colourMarks } from "../../../src/domain/colouring";
import { topLevelTables, type DocModel } from "../../../src/domain/document-model";
import { allItems, ITEM_FIELDS } from "../../../src/domain/plan";
import { validatePlan } from "../../../src/domain/validate";
import { openDocx, type DocxDocument } from "../../../src/document/docx/docx-document";
import type { ReadResult } from "../../../src/document/port";
import { parseSharedState } from "../../../src/document/shared-state";
import { fieldTag, fieldTitle } from "../../../src/document/tags";
import { PERSON_RED_NUMBER_CELLS } from "../../../src/fixture/actual-plan-docx";
import { writeDocx } from "../../../src/fixture/docx-writer";
import { recognizePlan } from "../../../src/domain/recognizer";
import { planDocx, planModel } from "../../support/docx/actual-plan";
import { expectRoundTrip, textOutline } from "../../support/document-text";
import { zipEntries, zipText } from "../../support/docx/zip-entries";

const AS_OF = "2022-01-20";

async function step(bytes: Uint8Array, operation: (document: DocxDocument) => Promise<unknown>): Promise<Uint8Array> {
  const document = await openDocx(bytes);
  await operation(document);
  return document.save();
}

async function colourAsOf(document: DocxDocument, asOf: string) {
  const read = await document.read();
  const result = validatePlan(read.plan, defaultCalendar(), asOf, {}, read.findings);
  return document.colour(colourMarks(result), read);
}

async function uncolour(document: DocxDocument) {
  const read = await document.read();
  return document.colour(
    allItems(read.plan).map((item) => ({ itemKey: item.key, red: false })),
    read,
  );
}

/** Each saved file is read once per test file: reading the whole plan takes a second or so. */
const readCache = new WeakMap<Uint8Array, Promise<ReadResult>>();
function readBack(bytes: Uint8Array): Promise<ReadResult> {
  let read = readCache.get(bytes);
  if (!read) {
    read = openDocx(bytes).then((document) => document.read());
    readCache.set(bytes, read);
  }
  return read;
}

async function personRed(bytes: Uint8Array): Promise<Record<string, string | null>> {
  const { plan } = await readBack(bytes);
  const items = allItems(plan);
  return Object.fromEntries(Object.keys(PERSON_RED_NUMBER_CELLS).map((id) => [id, items.find((item) => item.id === id)?.numberCellShading ?? null]));
}

async function outline(bytes: Uint8Array): Promise<string[]> {
  return textOutline((await readBack(bytes)).model);
}

describe("structure → colour → uncolour → unstructure on the whole plan", () => {
  let original: Uint8Array;
  let structured: Uint8Array;
  let coloured: Uint8Array;
  let uncoloured: Uint8Array;
  let unstructured: Uint8Array;
  let originalText: string[];

  beforeAll(async () => {
    original = await planDocx();
    originalText = await outline(original);
    structured = await step(original, (document) => document.structure());
    coloured = await step(structured, (document) => colourAsOf(document, AS_OF));
    uncoloured = await step(coloured, uncolour);
    unstructured = await step(uncoloured, (document) => document.unstructure());
  }, 120_000);

  it("leaves every paragraph and cell text (with bookmarks and footnotes) identical at every step", async () => {
    expect(originalText.length).toBeGreaterThan(5000);
    for (const bytes of [structured, coloured, uncoloured, unstructured]) expect(await outline(bytes)).toEqual(originalText);
  });

  it("gives back every zip part except word/document.xml byte for byte at the end", async () => {
    const before = await zipEntries(original);
    const after = await zipEntries(unstructured);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, content] of before) if (name !== "word/document.xml") expect(Buffer.from(after.get(name)!).equals(Buffer.from(content))).toBe(true);
  });

  it("changes only word/document.xml when structuring", async () => {
    const before = await zipEntries(original);
    const after = await zipEntries(structured);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...before].filter(([name, content]) => !Buffer.from(after.get(name)!).equals(Buffer.from(content))).map(([name]) => name);
    expect(changed).toEqual(["word/document.xml"]);
  });

  it("when colouring, changes only word/document.xml and adds the custom XML state part with its relationship and content type", async () => {
    const before = await zipEntries(structured);
    const after = await zipEntries(coloured);
    const added = [...after.keys()].filter((name) => !before.has(name)).sort();
    expect(added).toEqual(["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"]);
    const changed = [...before].filter(([name, content]) => !Buffer.from(after.get(name)!).equals(Buffer.from(content))).map(([name]) => name).sort();
    expect(changed).toEqual(["[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml"]);
    expect(await zipText(coloured, "word/_rels/document.xml.rels")).toContain('Target="../customXml/item1.xml"');
    expect(await zipText(coloured, "[Content_Types].xml")).toContain('PartName="/customXml/itemProps1.xml"');
  });

  it("structures every item's six field cells with the shared tag and title", async () => {
    const document = await openDocx(structured);
    expect(await document.detect()).toMatchObject({ isActionPlan: true, structure: "structured", items: 375, structuredItems: 375, conflictingControls: 0 });
    const { model, plan } = await document.read();
    const item = allItems(plan).find((candidate) => candidate.id === "01-04")!;
    const tables = topLevelTables(model);
    for (const field of ITEM_FIELDS) {
      const address = item.cells[field]!;
      expect(tables[address.table]!.rows[address.row]!.cells[address.cell]!.control).toEqual({ tag: fieldTag("01-04", field), title: fieldTitle("01-04", field) });
    }
    const proposed = allItems(plan).find((candidate) => candidate.id === null && candidate.proposedId === "44-36")!;
    const address = proposed.cells.milestone!;
    expect(tables[address.table]!.rows[address.row]!.cells[address.cell]!.control?.tag).toBe(fieldTag("44-36", "milestone", true));
  });

  it("colours the items the engine puts in attention or jeopardy, records exactly those marks, and keeps the person's red", async () => {
    const document = await openDocx(coloured);
    const read = await document.read();
    const result = validatePlan(read.plan, defaultCalendar(), AS_OF, {}, read.findings);
    const red = colourMarks(result).filter((mark) => mark.red).map((mark) => mark.itemKey);
    const personKeys = new Set(Object.keys(PERSON_RED_NUMBER_CELLS));
    const state = parseSharedState(await zipText(coloured, "customXml/item1.xml"));
    expect(state.redMarks.map((mark) => mark.itemId).sort()).toEqual(red.filter((key) => !personKeys.has(key)).sort());
    expect(state.redMarks.every((mark) => mark.colour === "#FF0000")).toBe(true);
    for (const key of red) expect(allItems(read.plan).find((item) => item.key === key)!.numberCellRed).toBe(true);
    expect(await personRed(coloured)).toEqual(PERSON_RED_NUMBER_CELLS);
  });

  it("keeps the person's red through every step", async () => {
    for (const bytes of [structured, coloured, uncoloured, unstructured]) expect(await personRed(bytes)).toEqual(PERSON_RED_NUMBER_CELLS);
  });

  it("uncolouring removes all the add-in's red and nothing else", async () => {
    const { plan } = await readBack(uncoloured);
    const red = allItems(plan).filter((item) => item.numberCellRed).map((item) => item.id).sort();
    expect(red).toEqual(Object.keys(PERSON_RED_NUMBER_CELLS).sort());
  });
});

describe("colour reports and recovery", () => {
  it("counts what it did: marked, person's red kept; a second run marks nothing new", async () => {
    const structured = await step(await planDocx(), (document) => document.structure());
    const document = await openDocx(structured);
    const first = await colourAsOf(document, AS_OF);
    expect(first.conflicts).toEqual([]);
    expect(first.personRedKept).toBe(3);
    expect(first.marked).toBeGreaterThan(10);
    const again = await openDocx(await document.save());
    const second = await colourAsOf(again, AS_OF);
    expect(second).toEqual({ marked: 0, cleared: 0, personRedKept: 3, conflicts: [] });
  });

  it("clears the add-in's red when items recover (an earlier as-of date), never the person's", async () => {
    const coloured = await step(await planDocx(), (document) => colourAsOf(document, AS_OF));
    const document = await openDocx(coloured);
    const report = await colourAsOf(document, "2016-12-01");
    expect(report.cleared).toBeGreaterThan(10);
    const recovered = await document.save();
    expect(await personRed(recovered)).toEqual(PERSON_RED_NUMBER_CELLS);
    expect(await outline(recovered)).toEqual(await outline(coloured));
  });

  it("puts back a person's yellow when its red recovers: marking records the fill it replaced, clearing restores it", async () => {
    const YELLOW = "#FFFF00";
    const model = planModel();
    const recognized = recognizePlan(model);
    const marksOf = (asOf: string) => colourMarks(validatePlan(recognized.plan, defaultCalendar(), asOf, {}, recognized.findings));
    const recovered = new Set(marksOf("2016-12-01").filter((mark) => mark.red).map((mark) => mark.itemKey));
    const recovering = marksOf(AS_OF).find((mark) => mark.red && !recovered.has(mark.itemKey))!.itemKey;
    const neverRed = marksOf(AS_OF).find((mark) => !mark.red && !recovered.has(mark.itemKey))!.itemKey;
    const items = allItems(recognized.plan);
    for (const key of [recovering, neverRed]) {
      const address = items.find((item) => item.key === key)!.cells.id!;
      topLevelTables(model)[address.table]!.rows[address.row]!.cells[address.cell]!.shading = YELLOW;
    }
    const shadingOf = async (bytes: Uint8Array, key: string) => allItems((await readBack(bytes)).plan).find((item) => item.key === key)!.numberCellShading;

    const coloured = await step(await writeDocx(model), (document) => colourAsOf(document, AS_OF));
    expect(await shadingOf(coloured, recovering)).toBe("#FF0000");
    const marks = parseSharedState(await zipText(coloured, "customXml/item1.xml")).redMarks;
    expect(marks.find((mark) => mark.itemId === recovering)).toEqual({ itemId: recovering, colour: "#FF0000", previous: YELLOW });
    expect(marks.filter((mark) => mark.previous !== undefined).map((mark) => mark.itemId)).toEqual([recovering]);

    const document = await openDocx(coloured);
    expect((await colourAsOf(document, "2016-12-01")).cleared).toBeGreaterThan(10);
    const back = await document.save();
    expect(await shadingOf(back, recovering)).toBe(YELLOW);
    expect(await shadingOf(back, neverRed)).toBe(YELLOW);
    expect(await zipText(back, "word/document.xml")).toContain('<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>');
    expect(await personRed(back)).toEqual(PERSON_RED_NUMBER_CELLS);
    expect(parseSharedState(await zipText(back, "customXml/item1.xml")).redMarks.map((mark) => mark.itemId)).not.toContain(recovering);

    const uncoloured = await step(coloured, uncolour);
    expect(await shadingOf(uncoloured, recovering)).toBe(YELLOW);
  });

  it("writes nothing for an item that changed since the read and reports it", async () => {
    const document = await openDocx(await planDocx());
    const read = await document.read();
    const stale = read.fingerprints.map((entry) => (entry.itemKey === "20-03" ? { ...entry, hash: "0" } : entry));
    const report = await document.colour([{ itemKey: "20-03", red: true }], { ...read, fingerprints: stale });
    expect(report.marked).toBe(0);
    expect(report.conflicts.map((finding) => [finding.rule, finding.itemKey])).toEqual([["document-changed", "20-03"]]);
  });
});

describe("structure is idempotent and completes a partial structure", () => {
  function withControls(model: DocModel, itemIds: Record<string, string>): DocModel {
    const tables = topLevelTables(model);
    const items = allItems(recognizePlan(model).plan);
    for (const [cellOf, tagFor] of Object.entries(itemIds)) {
      const item = items.find((candidate) => candidate.id === cellOf)!;
      for (const field of ITEM_FIELDS) {
        const address = item.cells[field];
        if (address) tables[address.table]!.rows[address.row]!.cells[address.cell]!.control = { tag: fieldTag(tagFor, field), title: fieldTitle(tagFor, field) };
      }
    }
    return model;
  }

  it("running it twice wraps nothing the second time", async () => {
    const structured = await step(await planDocx(), (document) => document.structure());
    const report = await (await openDocx(structured)).structure();
    expect(report.wrapped).toBe(0);
    expect(report.alreadyWrapped).toBe(375 * 6);
  });

  it("completes a partially structured document without duplicating controls", async () => {
    const partial = await writeDocx(withControls(planModel(), { "01-01": "01-01", "93-05": "93-05" }));
    const document = await openDocx(partial);
    expect(await document.detect()).toMatchObject({ structure: "partial", structuredItems: 2 });
    const report = await document.structure();
    expect(report.alreadyWrapped).toBe(12);
    expect(report.wrapped).toBe(375 * 6 - 12);
    expect(await document.detect()).toMatchObject({ structure: "structured", structuredItems: 375, conflictingControls: 0 });
  });

  it("reports a copied row's controls (tags of another item) and leaves them as they are", async () => {
    const copied = await writeDocx(withControls(planModel(), { "01-02": "01-01" }));
    const document = await openDocx(copied);
    expect((await document.detect()).conflictingControls).toBe(6);
    const report = await document.structure();
    const conflicts = report.skipped.filter((finding) => finding.rule === "conflicting-control");
    expect(conflicts).toHaveLength(6);
    expect(conflicts[0]!.message).toBe("Item 01-02, id: not structured because its control is tagged ap/1/item/01-01/id, not as this item's id.");
    expect(conflicts.every((finding) => finding.itemId === "01-02")).toBe(true);
  });

  it("treats a tag found on two rows as a conflict on both copies and wraps neither", async () => {
    const copied = await writeDocx(withControls(planModel(), { "01-01": "01-01", "01-02": "01-01" }));
    const document = await openDocx(copied);
    expect((await document.detect()).conflictingControls).toBe(12);
    const report = await document.structure();
    const conflicts = report.skipped.filter((finding) => finding.rule === "conflicting-control");
    expect(conflicts.map((finding) => finding.itemId).sort()).toEqual([...Array(6).fill("01-01"), ...Array(6).fill("01-02")]);
    expect(conflicts[0]!.message).toContain("is on more than one cell (a copied row?)");
  });
});

describe("the round trips, through the one helper (tests/support/document-text.ts)", () => {
  const textOf = async (bytes: Uint8Array): Promise<string[]> => textOutline((await readBack(bytes)).model);

  it("structure, then unstructure: no text changes, and word/document.xml comes back byte for byte", async () => {
    await expectRoundTrip({
      original: await planDocx(),
      forward: (bytes) => step(bytes, (document) => document.structure()),
      inverse: (bytes) => step(bytes, (document) => document.unstructure()),
      text: textOf,
      restored: (bytes) => zipText(bytes, "word/document.xml"),
    });
  }, 60_000);

  it("colour, then uncolour: no text changes, and the number cells' shading comes back (a person's red included)", async () => {
    await expectRoundTrip({
      original: await planDocx(),
      forward: (bytes) => step(bytes, (document) => colourAsOf(document, "2022-01-20")),
      inverse: (bytes) => step(bytes, uncolour),
      text: textOf,
      restored: async (bytes) => allItems((await readBack(bytes)).plan).map((item) => [item.key, item.numberCellShading]),
    });
  }, 60_000);
});
