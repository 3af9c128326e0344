/**
 * The Word adapter on the Word host simulator, with the actual plan: every operation, the text it must not
 * change, the red a person set, round trips, idempotency, partial structure, and documents edited between
 * a read and a write.
 */
import { defaultCalendar } from "../../../src/domain/calendar";
import { colourMarks } from "../../../src/domain/colouring";
import type { DocModel } from "../../../src/domain/document-model";
import { allItems, type Plan } from "../../../src/domain/plan";
import { scanStatusBlocks, type StatusBlock } from "../../../src/domain/status-block";
import { validatePlan } from "../../../src/domain/validate";
import { cellAt } from "../../../src/document/fingerprint";
import type { ReadResult } from "../../../src/document/port";
import { emptySharedState, parseSharedState, STATE_NAMESPACE } from "../../../src/document/shared-state";
import { fieldTag, isOurTag, parseTag } from "../../../src/document/tags";
import { ADDIN_RED } from "../../../src/document/colour-plan";
import { isDocumentError, type DocumentErrorCode } from "../../../src/document/document-error";
import { recognizeModel } from "../../../src/document/recognize";
import { WordDocument } from "../../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord, type SimulatorOptions } from "../../../src/simulator";
import { actualPlanModel, documentTexts, itemOf, numberShading, PERSON_RED, withPersonRed } from "../../support/word-adapter-builders";

/** 22-04 is late as of 2022-01-20 and recovers as of 2019-01-01; 01-05 is never late. Both were shaded by a person. */
const PERSON_RED_ITEMS = ["22-04", "01-05"];
const AS_OF = "2022-01-20";
const RECOVERED_AS_OF = "2019-01-01";
const ITEMS = 375;
/** A person's non-red highlight on a number cell. */
const YELLOW = "#FFFF00";
const FIELD_CELLS = ITEMS * 6;

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function open(model: DocModel, options: SimulatorOptions = {}): { sim: SimulatedWord; doc: WordDocument } {
  const sim = createSimulatedWord(model, options);
  restore = installSimulatedOffice(globalThis, sim);
  let seed = 7;
  const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return { sim, doc: new WordDocument({ random }) };
}

function marksFor(read: ReadResult, asOf: string): ReturnType<typeof colourMarks> {
  return colourMarks(validatePlan(read.plan, defaultCalendar(), asOf, {}, read.findings));
}

function redKeys(read: ReadResult, asOf: string): string[] {
  return marksFor(read, asOf)
    .filter((mark) => mark.red)
    .map((mark) => mark.itemKey);
}

function sharedRedMarks(sim: SimulatedWord): string[] {
  const parts = sim.getCustomXmlParts().filter((part) => part.namespaceUri === STATE_NAMESPACE);
  expect(parts.length).toBeLessThanOrEqual(1);
  return parts[0] ? parseSharedState(parts[0].xml).redMarks.map((mark) => mark.itemId).sort() : [];
}

function ourTags(model: DocModel): string[] {
  const tags: string[] = [];
  const visit = (blocks: DocModel["blocks"]): void => {
    for (const block of blocks) {
      if (block.kind === "paragraph") tags.push(...(block.controls ?? []).map((control) => control.tag));
      else
        for (const row of block.rows)
          for (const cell of row.cells) {
            if (cell.control) tags.push(cell.control.tag);
            visit(cell.blocks);
          }
    }
  };
  visit(model.blocks);
  return tags.filter((tag) => isOurTag(tag));
}

async function controlColours(sim: SimulatedWord, tag: string): Promise<string[]> {
  return await sim.run(async (context) => {
    const controls = context.document.body.contentControls.getByTag(tag).load("items/color");
    await context.sync();
    return controls.items.map((control) => control.color);
  });
}

async function expectAdapterError(promise: Promise<unknown>, code: DocumentErrorCode): Promise<void> {
  let caught: unknown = null;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(isDocumentError(caught, code)).toBe(true);
}

function planOf(sim: SimulatedWord): Plan {
  return recognizeModel(sim.exportModel()).plan;
}

describe("the actual plan, end to end", () => {
  it("detect → structure → read → validate → colour → recover → unstructure: no text changes, a person's red stays", async () => {
    const original = withPersonRed(actualPlanModel(), PERSON_RED_ITEMS);
    const originalTexts = documentTexts(original);
    const { sim, doc } = open(original);

    const plain = await doc.detect();
    expect(plain).toEqual({ isActionPlan: true, structure: "plain", resolutions: 60, items: ITEMS, structuredItems: 0, conflictingControls: 0, addinControls: 0 });

    const structured = await doc.structure();
    expect(structured).toEqual({ wrapped: FIELD_CELLS, alreadyWrapped: 0, skipped: [] });
    expect(documentTexts(sim.exportModel())).toEqual(originalTexts);
    expect(await doc.detect()).toMatchObject({ structure: "structured", structuredItems: ITEMS, conflictingControls: 0, addinControls: FIELD_CELLS });

    const read = await doc.read();
    expect(read.structure).toBe("structured");
    expect(read.fingerprints).toHaveLength(ITEMS);
    const red = redKeys(read, AS_OF);
    expect(red).toContain("22-04");
    const coloured = await doc.colour(marksFor(read, AS_OF), read);
    expect(coloured).toEqual({ marked: red.length - 1, cleared: 0, personRedKept: 2, conflicts: [] });
    expect(documentTexts(sim.exportModel())).toEqual(originalTexts);

    const shading = numberShading(sim.exportModel());
    for (const key of red) expect(shading.get(key)).toBe(key === "22-04" ? PERSON_RED : ADDIN_RED);
    expect(shading.get("01-05")).toBe(PERSON_RED);
    expect(sharedRedMarks(sim)).toEqual(red.filter((key) => key !== "22-04").sort());
    expect(await controlColours(sim, fieldTag("22-04", "milestone"))).toEqual(["#C00000"]);
    expect(await controlColours(sim, fieldTag("01-05", "milestone"))).toEqual(["#7F7F7F"]);

    const earlier = await doc.read();
    const stillRed = redKeys(earlier, RECOVERED_AS_OF);
    const recovered = await doc.colour(marksFor(earlier, RECOVERED_AS_OF), earlier);
    const ownRed = red.filter((key) => key !== "22-04");
    expect(recovered).toEqual({ marked: stillRed.filter((key) => !red.includes(key)).length, cleared: ownRed.filter((key) => !stillRed.includes(key)).length, personRedKept: 2, conflicts: [] });
    expect(recovered.cleared).toBeGreaterThan(5);
    const after = numberShading(sim.exportModel());
    for (const key of ownRed) expect(after.get(key)).toBe(stillRed.includes(key) ? ADDIN_RED : null);
    expect(after.get("22-04")).toBe(PERSON_RED);
    expect(after.get("01-05")).toBe(PERSON_RED);
    expect(sharedRedMarks(sim)).toEqual([...stillRed].sort());
    expect(documentTexts(sim.exportModel())).toEqual(originalTexts);

    expect(await doc.unstructure()).toEqual({ removed: FIELD_CELLS });
    const final = sim.exportModel();
    expect(documentTexts(final)).toEqual(originalTexts);
    expect(ourTags(final)).toEqual([]);
    expect(numberShading(final).get("22-04")).toBe(PERSON_RED);
    expect(numberShading(final).get("01-05")).toBe(PERSON_RED);
    expect(await doc.detect()).toMatchObject({ structure: "plain", items: ITEMS });
  }, 60_000);

  it("colours a plain document too, and colouring twice changes nothing", async () => {
    const { sim, doc } = open(actualPlanModel());
    const read = await doc.read();
    const first = await doc.colour(marksFor(read, AS_OF), read);
    expect(first.marked).toBe(redKeys(read, AS_OF).length);
    const before = sim.exportModel();
    const again = await doc.read();
    expect(again.fingerprints).toEqual(read.fingerprints);
    expect(await doc.colour(marksFor(again, AS_OF), again)).toEqual({ marked: 0, cleared: 0, personRedKept: 0, conflicts: [] });
    expect(sim.exportModel()).toEqual(before);
  }, 30_000);

  it("puts back a person's yellow when its red recovers: marking records the fill it replaced, clearing restores it", async () => {
    const model = actualPlanModel();
    const recognized = recognizeModel(model);
    const marksOf = (asOf: string) => colourMarks(validatePlan(recognized.plan, defaultCalendar(), asOf, {}, recognized.findings));
    const recovered = new Set(marksOf(RECOVERED_AS_OF).filter((mark) => mark.red).map((mark) => mark.itemKey));
    const recovering = marksOf(AS_OF).find((mark) => mark.red && !recovered.has(mark.itemKey))!.itemKey;
    const neverRed = marksOf(AS_OF).find((mark) => !mark.red && !recovered.has(mark.itemKey))!.itemKey;
    for (const key of [recovering, neverRed]) cellAt(model, itemOf(recognized.plan, key).cells.id!)!.shading = YELLOW;
    const { sim, doc } = open(model);

    const read = await doc.read();
    await doc.colour(marksFor(read, AS_OF), read);
    expect(numberShading(sim.exportModel()).get(recovering)).toBe(ADDIN_RED);
    const marks = parseSharedState(sim.getCustomXmlParts().find((part) => part.namespaceUri === STATE_NAMESPACE)!.xml).redMarks;
    expect(marks.find((mark) => mark.itemId === recovering)).toEqual({ itemId: recovering, colour: ADDIN_RED, previous: YELLOW });
    expect(marks.filter((mark) => mark.previous !== undefined).map((mark) => mark.itemId)).toEqual([recovering]);

    const earlier = await doc.read();
    const report = await doc.colour(marksFor(earlier, RECOVERED_AS_OF), earlier);
    expect(report.cleared).toBeGreaterThan(0);
    const after = numberShading(sim.exportModel());
    expect(after.get(recovering)).toBe(YELLOW);
    expect(after.get(neverRed)).toBe(YELLOW);
    expect(sharedRedMarks(sim)).not.toContain(recovering);
  }, 30_000);
});

describe("structure", () => {
  it("is idempotent: the second run wraps nothing and changes nothing", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    const once = sim.exportModel();
    expect(await doc.structure()).toEqual({ wrapped: 0, alreadyWrapped: FIELD_CELLS, skipped: [] });
    expect(sim.exportModel()).toEqual(once);
  }, 30_000);

  it("completes a partially structured document without duplicating controls", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    const complete = sim.exportModel();
    sim.edit((editor) => {
      for (const tag of [fieldTag("01-01", "id"), fieldTag("01-01", "status"), fieldTag("44-02", "milestone")]) for (const control of editor.controls(tag)) control.remove(true);
    });
    expect(await doc.detect()).toMatchObject({ structure: "partial", structuredItems: ITEMS - 2, conflictingControls: 0 });
    expect(await doc.structure()).toEqual({ wrapped: 3, alreadyWrapped: FIELD_CELLS - 3, skipped: [] });
    expect(sim.exportModel()).toEqual(complete);
  }, 30_000);

  it("tags items without a number with the proposed number, marked as proposed", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    const item = itemOf(planOf(sim), "22-09");
    expect(item).toBeDefined();
    const proposed = allItems(planOf(sim)).find((candidate) => candidate.key === "22-10")!;
    expect(proposed.id).toBeNull();
    expect(cellAt(sim.exportModel(), proposed.cells.id!)!.control!.tag).toBe("ap/1/item/22-10~/id");
  }, 30_000);

  it("reports a copied row as conflicting controls and leaves both copies alone", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    const item = itemOf(planOf(sim), "01-04");
    sim.edit((editor) => editor.duplicateRow({ table: item.cells.id!.table, row: item.cells.id!.row }));
    const before = sim.exportModel();
    // The item row's five controls now exist twice; the copy took the status row, so the original has none.
    expect(await doc.detect()).toMatchObject({ structure: "partial", items: ITEMS + 1, conflictingControls: 10, structuredItems: ITEMS - 1 });
    const report = await doc.structure();
    expect(report.wrapped).toBe(0);
    expect(report.skipped.filter((finding) => finding.rule === "conflicting-control")).toHaveLength(10);
    expect(sim.exportModel()).toEqual(before);
  }, 30_000);

  it("wraps nothing in a document that is not an action plan", async () => {
    const { sim, doc } = open({ blocks: [{ kind: "paragraph", text: "Minutes of the meeting" }] });
    expect(await doc.detect()).toEqual({ isActionPlan: false, structure: "plain", resolutions: 0, items: 0, structuredItems: 0, conflictingControls: 0, addinControls: 0 });
    expect(await doc.structure()).toEqual({ wrapped: 0, alreadyWrapped: 0, skipped: [] });
    expect(sim.stats.syncsPerRun).toEqual([1, 1]);
  });
});

describe("unstructure", () => {
  it("removes the add-in's controls only, status blocks included, and keeps their text", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    const read = await doc.read();
    await doc.insertStatusBlock({ itemKey: "01-04", block: sampleBlock() }, read.fingerprints);
    const foreignTag = "other-addin/comment";
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/tableNestingLevel");
      await context.sync();
      const control = paragraphs.items.find((paragraph) => paragraph.tableNestingLevel === 0)!.insertContentControl();
      control.tag = foreignTag;
      await context.sync();
    });
    const withBlock = documentTexts(sim.exportModel());
    expect(await doc.unstructure()).toEqual({ removed: FIELD_CELLS + 7 });
    const after = sim.exportModel();
    expect(documentTexts(after)).toEqual(withBlock);
    expect(ourTags(after)).toEqual([]);
    expect(sim.exportModel().blocks.some((block) => block.kind === "paragraph" && block.controls?.some((control) => control.tag === foreignTag))).toBe(true);
  }, 30_000);
});

function sampleBlock(): StatusBlock {
  return {
    date: "2022-01-20",
    event: "TSAG, January 2022",
    state: "On track",
    summary: "SG2, SG3 and SG5 reported.\nSG9 report pending.",
    references: [{ kind: "tsag-td", text: "TSAG-TD1187" }],
    nextSteps: "Report to WTSA-20.",
  };
}

describe("status blocks", () => {
  it("go at the top of the status cell, inside its control, as nested tagged controls; the narrative is untouched", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    const read = await doc.read();
    const item = itemOf(read.plan, "01-04");
    const narrative = documentTexts({ blocks: cellAt(sim.exportModel(), item.cells.status!)!.blocks });
    await doc.insertStatusBlock({ itemKey: "01-04", block: sampleBlock() }, read.fingerprints);

    const model = sim.exportModel();
    const statusCell = cellAt(model, item.cells.status!)!;
    expect(statusCell.control?.tag).toBe(fieldTag("01-04", "status"));
    const texts = documentTexts({ blocks: statusCell.blocks });
    expect(texts.slice(6)).toEqual(narrative);
    expect(texts.slice(0, 6)).toEqual([
      "[Status 2022-01-20 · TSAG, January 2022 · On track]",
      "Summary: SG2, SG3 and SG5 reported.",
      "SG9 report pending.",
      "References: TSAG-TD1187",
      "Next steps: Report to WTSA-20.",
      "[End of status]",
    ]);
    const { blocks } = scanStatusBlocks(texts.join("\n"));
    expect(blocks).toEqual([sampleBlock()]);

    const header = statusCell.blocks[0]!;
    if (header.kind !== "paragraph") throw new Error("expected the header paragraph first");
    const headerParts = (header.controls ?? []).map((control) => parseTag(control.tag));
    expect(headerParts.map((parsed) => (parsed?.kind === "status-part" ? parsed.part : parsed?.kind))).toEqual(["state", "event", "date", "status-block"]);
    const partsOf = (index: number): string[] => {
      const paragraph = statusCell.blocks[index]!;
      return paragraph.kind === "paragraph" ? (paragraph.controls ?? []).map((control) => control.tag.split("/").slice(-1)[0]!) : [];
    };
    expect(partsOf(1)[0]).toBe("summary");
    expect(partsOf(2)[0]).toBe("summary");
    expect(partsOf(3)[0]).toBe("references");
    expect(partsOf(4)[0]).toBe("next");
    expect(parseTag((statusCell.blocks[5] as { controls?: { tag: string }[] }).controls![0]!.tag)?.kind).toBe("status-block");
    expect(documentTexts(model).length).toBe(documentTexts(read.model).length + 6);
    expect(await doc.detect()).toMatchObject({ structure: "structured", conflictingControls: 0 });
  }, 30_000);

  it("go into the cell itself in a plain document", async () => {
    const { sim, doc } = open(actualPlanModel());
    const read = await doc.read();
    await doc.insertStatusBlock({ itemKey: "01-02", block: sampleBlock() }, read.fingerprints);
    const statusCell = cellAt(sim.exportModel(), itemOf(read.plan, "01-02").cells.status!)!;
    expect(statusCell.control).toBeUndefined();
    expect(documentTexts({ blocks: statusCell.blocks })[0]).toBe("[Status 2022-01-20 · TSAG, January 2022 · On track]");
  }, 30_000);
});

describe("editing fields", () => {
  it("sets milestone, periodic and completed through their controls, changing only those cells", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    let read = await doc.read();
    const item = itemOf(read.plan, "01-05");
    const before = documentTexts(sim.exportModel());
    await doc.setField("01-05", "milestone", "WTSA-24", read.fingerprints);
    read = await doc.read();
    await doc.setField("01-05", "completed", "√", read.fingerprints);
    read = await doc.read();
    await doc.setField("01-05", "periodic", "", read.fingerprints);
    const model = sim.exportModel();
    expect(documentTexts({ blocks: cellAt(model, item.cells.milestone!)!.blocks })).toEqual(["WTSA-24"]);
    expect(documentTexts({ blocks: cellAt(model, item.cells.completed!)!.blocks })).toEqual(["√"]);
    expect(documentTexts({ blocks: cellAt(model, item.cells.periodic!)!.blocks })).toEqual([""]);
    const changed = documentTexts(model).filter((text, index) => text !== before[index]);
    expect(changed.sort()).toEqual(["", "WTSA-24", "√"].sort());
    expect(cellAt(model, item.cells.completed!)!.control?.tag).toBe(fieldTag("01-05", "completed"));
  }, 30_000);

  it("refuses a value the field cannot hold, and a field without its control", async () => {
    const { doc } = open(actualPlanModel());
    const plainRead = await doc.read();
    await expectAdapterError(doc.setField("01-05", "milestone", "WTSA-24", plainRead.fingerprints), "NotStructured");
    await expectAdapterError(doc.setField("01-05", "completed", "yes", plainRead.fingerprints), "InvalidValue");
    await expectAdapterError(doc.setField("99-99", "completed", "√", plainRead.fingerprints), "ItemNotFound");
  }, 30_000);

  it("recovers an item once Completed is ticked: the add-in's red goes, and only it", async () => {
    const { sim, doc } = open(withPersonRed(actualPlanModel(), ["47-01"]));
    await doc.structure();
    let read = await doc.read();
    await doc.colour(marksFor(read, AS_OF), read);
    expect(numberShading(sim.exportModel()).get("20-03")).toBe(ADDIN_RED);
    read = await doc.read();
    await doc.setField("20-03", "completed", "√", read.fingerprints);
    await doc.setField("47-01", "completed", "√", (await doc.read()).fingerprints);
    read = await doc.read();
    const report = await doc.colour(marksFor(read, AS_OF), read);
    expect(report.cleared).toBe(1);
    expect(numberShading(sim.exportModel()).get("20-03")).toBeNull();
    expect(numberShading(sim.exportModel()).get("47-01")).toBe(PERSON_RED);
  }, 30_000);
});

describe("a document edited between the read and the write", () => {
  async function structuredRead(): Promise<{ sim: SimulatedWord; doc: WordDocument; read: ReadResult }> {
    const opened = open(actualPlanModel());
    await opened.doc.structure();
    return { ...opened, read: await opened.doc.read() };
  }

  it("a control removed: that item is not coloured and is reported; the others are", async () => {
    const { sim, doc, read } = await structuredRead();
    sim.beforeNextSync((editor) => editor.controls(fieldTag("22-04", "milestone"))[0]!.remove(true));
    const report = await doc.colour(marksFor(read, AS_OF), read);
    expect(report.conflicts.map((finding) => finding.itemKey)).toEqual(["22-04"]);
    expect(report.conflicts[0]!.message).toMatch(/edited since it was read/);
    expect(report.marked).toBe(redKeys(read, AS_OF).length - 1);
    expect(numberShading(sim.exportModel()).get("22-04")).toBeNull();
  }, 30_000);

  it("a row copied: neither copy is coloured or edited", async () => {
    const { sim, doc, read } = await structuredRead();
    const item = itemOf(read.plan, "22-04");
    sim.beforeNextSync((editor) => editor.duplicateRow({ table: item.cells.id!.table, row: item.cells.id!.row }));
    const report = await doc.colour(marksFor(read, AS_OF), read);
    expect(report.conflicts.map((finding) => finding.itemKey)).toEqual(["22-04"]);
    expect(report.conflicts[0]!.message).toMatch(/more than once/);
    const model = sim.exportModel();
    expect(cellAt(model, item.cells.id!)!.shading).toBeNull();
    expect(cellAt(model, { ...item.cells.id!, row: item.cells.id!.row + 1 })!.shading).toBeNull();
  }, 30_000);

  it("a row deleted: nothing is written to the items that moved up into its place", async () => {
    const { sim, doc, read } = await structuredRead();
    const deleted = itemOf(read.plan, "22-04");
    const before = numberShading(sim.exportModel());
    sim.beforeNextSync((editor) => {
      editor.deleteRow({ table: deleted.cells.id!.table, row: deleted.cells.id!.row + 1 });
      editor.deleteRow({ table: deleted.cells.id!.table, row: deleted.cells.id!.row });
    });
    const report = await doc.colour(marksFor(read, AS_OF), read);
    expect(report.conflicts.map((finding) => finding.itemKey)).toEqual(["22-04"]);
    expect(report.conflicts[0]!.message).toMatch(/no longer in the document/);
    const after = numberShading(sim.exportModel());
    const red = new Set(redKeys(read, AS_OF));
    for (const [key, shading] of after) expect(shading).toBe(red.has(key) ? ADDIN_RED : before.get(key));
  }, 30_000);

  it("a tag edited or a milestone typed over: a field edit throws DocumentChanged and writes nothing", async () => {
    const { sim, doc, read } = await structuredRead();
    sim.beforeNextSync((editor) => editor.controls(fieldTag("01-05", "milestone"))[0]!.setTag(fieldTag("01-06", "milestone")));
    const before = sim.exportModel();
    await expectAdapterError(doc.setField("01-05", "completed", "√", read.fingerprints), "DocumentChanged");
    const afterTagEdit = sim.exportModel();
    expect(documentTexts(afterTagEdit)).toEqual(documentTexts(before));

    const fresh = await doc.read();
    const milestone = itemOf(fresh.plan, "01-04").cells.milestone!;
    sim.beforeNextSync((editor) => editor.setCellText(milestone, "Each TSAG meeting (revised)"));
    await expectAdapterError(doc.insertStatusBlock({ itemKey: "01-04", block: sampleBlock() }, fresh.fingerprints), "DocumentChanged");
    expect(documentTexts(sim.exportModel()).filter((text) => text.startsWith("[Status"))).toEqual([]);
  }, 30_000);

  it("the shared state removed by a co-author after the read: colouring stops, says so, and writes nothing", async () => {
    const { sim, doc, read } = await structuredRead();
    await doc.colour(marksFor(read, AS_OF), read);
    const again = await doc.read();
    await sim.run(async (context) => {
      context.document.customXmlParts.getByNamespace(STATE_NAMESPACE).getOnlyItem().delete();
      await context.sync();
    });
    const before = sim.exportModel();
    await expectAdapterError(doc.colour(marksFor(again, RECOVERED_AS_OF), again), "DocumentChanged");
    expect(sim.exportModel()).toEqual(before);
  }, 30_000);
});

describe("navigate", () => {
  it("selects a structured item's number control by tag, and a finding's cell by address", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    const read = await doc.read();
    const item = itemOf(read.plan, "44-02");
    expect(await doc.navigate({ item })).toEqual({ selected: "control" });
    expect(sim.selection().controlTags[0]).toBe(fieldTag("44-02", "id"));
    expect(sim.selection().cell).toEqual(item.cells.id);

    const finding = read.findings.find((candidate) => candidate.location && candidate.rule === "missing-item-number")!;
    expect(await doc.navigate({ location: finding.location! })).toEqual({ selected: "cell" });
    expect(sim.selection().cell).toEqual(finding.location);
    await expectAdapterError(doc.navigate({ location: { table: 999, row: 0, cell: 0 } }), "ItemNotFound");
  }, 30_000);

  it("selects a plain document's item by its cell address", async () => {
    const { sim, doc } = open(actualPlanModel());
    const read = await doc.read();
    const item = itemOf(read.plan, "01-03");
    expect(await doc.navigate({ item })).toEqual({ selected: "cell" });
    expect(sim.selection().cell).toEqual(item.cells.id);
  }, 30_000);
});

describe("watch", () => {
  it("calls back once per quiet period with the items whose controls changed, and stops cleanly", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    const changes: string[][] = [];
    const watching = await doc.watch({ debounceMs: 20, onItemsChanged: (ids) => changes.push(ids) });
    if (!watching.available) throw new Error("watch should be available on WordApi 1.5");
    expect(watching.watchedControls).toBe(ITEMS * 4);
    sim.edit((editor) => {
      editor.controls(fieldTag("01-04", "milestone"))[0]!.setText("WTSA-24");
      editor.controls(fieldTag("44-02", "completed"))[0]!.setText("√");
      editor.controls(fieldTag("01-04", "completed"))[0]!.setText("√");
      editor.controls(fieldTag("01-05", "action"))[0]!.setText("not watched: the action does not decide the state");
    });
    await sim.flushEvents();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(changes).toEqual([["01-04", "44-02"]]);
    await watching.stop();
    expect(sim.eventHandlerCount()).toBe(0);
  }, 30_000);

  it("on a plain document watches no control and says so (watchedControls 0), in the same 2 round trips", async () => {
    const { sim, doc } = open(actualPlanModel());
    const before = sim.stats.syncs;
    const watching = await doc.watch({ onItemsChanged: () => undefined });
    expect(watching).toEqual({ available: true, watchedControls: 0, stop: expect.any(Function) });
    expect(sim.stats.syncs - before).toBe(2);
    expect(sim.eventHandlerCount()).toBe(0);
    if (watching.available) await watching.stop();
    // Nothing was registered, so there is nothing to remove in Word.
    expect(sim.stats.syncs - before).toBe(2);
  });

  it("is not available below WordApi 1.5, and says why", async () => {
    const { doc } = open(actualPlanModel(), { requirementSets: { WordApi: "1.4" } });
    const watching = await doc.watch({ onItemsChanged: () => undefined });
    expect(watching).toEqual({ available: false, reason: expect.stringMatching(/1\.5/) });
  });
});

describe("requirement sets", () => {
  it("below WordApi 1.3 every operation says it is not supported and nothing runs", async () => {
    const { sim, doc } = open(actualPlanModel(), { requirementSets: { WordApi: "1.2" } });
    await expectAdapterError(doc.detect(), "Unsupported");
    await expectAdapterError(doc.read(), "Unsupported");
    await expectAdapterError(doc.structure(), "Unsupported");
    await expectAdapterError(doc.unstructure(), "Unsupported");
    await expectAdapterError(doc.colour([], { fingerprints: [], sharedState: { state: emptySharedState(), location: { kind: "session" } } }), "Unsupported");
    expect(sim.stats.syncs).toBe(0);
  });

  it("on WordApi 1.3 the red marks go to the add-in's document settings instead of a custom XML part", async () => {
    const { sim, doc } = open(withPersonRed(actualPlanModel(), PERSON_RED_ITEMS), { requirementSets: { WordApi: "1.3" } });
    const saved = new Map<string, unknown>();
    const office = (globalThis as unknown as { Office: { context: Record<string, unknown>; AsyncResultStatus: { Succeeded: unknown } } }).Office;
    office.context.document = {
      settings: {
        get: (key: string) => saved.get(key) ?? null,
        set: (key: string, value: unknown) => void saved.set(key, value),
        saveAsync: (callback: (result: { status: unknown }) => void) => callback({ status: office.AsyncResultStatus.Succeeded }),
      },
    };
    const read = await doc.read();
    const report = await doc.colour(marksFor(read, AS_OF), read);
    expect(report.marked).toBe(redKeys(read, AS_OF).length - 1);
    expect(sim.getCustomXmlParts()).toEqual([]);
    const stored = parseSharedState(String(saved.get("actionPlanAddinState")));
    expect(stored.redMarks).toHaveLength(report.marked);

    const earlier = await doc.read();
    const recovered = await doc.colour(marksFor(earlier, RECOVERED_AS_OF), earlier);
    expect(recovered.cleared).toBeGreaterThan(5);
    expect(numberShading(sim.exportModel()).get("22-04")).toBe(PERSON_RED);
  }, 30_000);

  it("colours against the read it is given, keeping nothing between operations (one adapter reads, another colours)", async () => {
    const { sim, doc } = open(actualPlanModel());
    const read = await doc.read();
    const other = new WordDocument();
    const report = await other.colour(marksFor(read, AS_OF), read);
    expect(report.marked).toBe(redKeys(read, AS_OF).length);
    expect(sim.getCustomXmlParts()).toHaveLength(1);
  });
});
