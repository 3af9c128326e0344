/**
 * The Word adapter on the Word host simulator (continued from word-adapter.test.ts): editing fields, documents edited
 * between a read and a write, navigation, watching for edits, and the requirement sets.
 */
import { cellAt } from "../../../src/document/fingerprint";
import type { ReadResult } from "../../../src/document/port";
import { emptySharedState, parseSharedState, STATE_NAMESPACE } from "../../../src/document/shared-state";
import { fieldTag } from "../../../src/document/tags";
import { ADDIN_RED } from "../../../src/document/colour-plan";
import { WordDocument } from "../../../src/document/word/word-document";
import { type SimulatedWord } from "../../../src/simulator";
import { actualPlanModel, itemOf, numberShading, PERSON_RED, withPersonRed } from "../../support/word-adapter-builders";
import { AS_OF, closeSimulated, expectAdapterError, ITEMS, marksFor, open, PERSON_RED_ITEMS, sampleBlock, RECOVERED_AS_OF, redKeys } from "../../support/word-adapter-session";
import { paragraphTexts } from "../../support/document-text";

afterEach(closeSimulated);

describe("editing fields", () => {
  it("sets milestone, periodic and completed through their controls, changing only those cells", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    let read = await doc.read();
    const item = itemOf(read.plan, "01-05");
    const before = paragraphTexts(sim.exportModel());
    await doc.setField("01-05", "milestone", "WTSA-24", read.fingerprints);
    read = await doc.read();
    await doc.setField("01-05", "completed", "√", read.fingerprints);
    read = await doc.read();
    await doc.setField("01-05", "periodic", "", read.fingerprints);
    const model = sim.exportModel();
    expect(paragraphTexts({ blocks: cellAt(model, item.cells.milestone!)!.blocks })).toEqual(["WTSA-24"]);
    expect(paragraphTexts({ blocks: cellAt(model, item.cells.completed!)!.blocks })).toEqual(["√"]);
    expect(paragraphTexts({ blocks: cellAt(model, item.cells.periodic!)!.blocks })).toEqual([""]);
    const changed = paragraphTexts(model).filter((text, index) => text !== before[index]);
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
    expect(paragraphTexts(afterTagEdit)).toEqual(paragraphTexts(before));

    const fresh = await doc.read();
    const milestone = itemOf(fresh.plan, "01-04").cells.milestone!;
    sim.beforeNextSync((editor) => editor.setCellText(milestone, "Each TSAG meeting (revised)"));
    await expectAdapterError(doc.insertStatusBlock({ itemKey: "01-04", block: sampleBlock() }, fresh.fingerprints), "DocumentChanged");
    expect(paragraphTexts(sim.exportModel()).filter((text) => text.startsWith("[Status"))).toEqual([]);
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

