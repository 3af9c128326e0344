/**
 * The Word adapter on the Word host simulator, with the actual plan: every operation, the text it must not
 * change, the red a person set, round trips, idempotency, partial structure, and documents edited between
 * a read and a write.
 */
import { defaultCalendar } from "../../../src/domain/calendar";
import { colourMarks } from "../../../src/domain/colouring";
import { allItems } from "../../../src/domain/plan";
import { scanStatusBlocks } from "../../../src/domain/status-block";
import { validatePlan } from "../../../src/domain/validate";
import { cellAt } from "../../../src/document/fingerprint";
import { parseSharedState, STATE_NAMESPACE } from "../../../src/document/shared-state";
import { fieldTag, parseTag } from "../../../src/document/tags";
import { ADDIN_RED } from "../../../src/document/colour-plan";
import { recognizeModel } from "../../../src/document/recognize";
import { actualPlanModel, itemOf, numberShading, PERSON_RED, withPersonRed } from "../../support/word-adapter-builders";

import { AS_OF, closeSimulated, controlColours, FIELD_CELLS, ITEMS, marksFor, open, ourTags, PERSON_RED_ITEMS, planOf, sampleBlock, RECOVERED_AS_OF, redKeys, sharedRedMarks, YELLOW } from "../../support/word-adapter-session";
import { expectRoundTrip, paragraphTexts, textOutline } from "../../support/document-text";

afterEach(closeSimulated);

describe("the actual plan, end to end", () => {
  it("detect → structure → read → validate → colour → recover → unstructure: no text changes, a person's red stays", async () => {
    const original = withPersonRed(actualPlanModel(), PERSON_RED_ITEMS);
    const originalTexts = paragraphTexts(original);
    const { sim, doc } = open(original);

    const plain = await doc.detect();
    expect(plain).toEqual({ isActionPlan: true, structure: "plain", resolutions: 60, items: ITEMS, structuredItems: 0, conflictingControls: 0, addinControls: 0 });

    const structured = await doc.structure();
    expect(structured).toEqual({ wrapped: FIELD_CELLS, alreadyWrapped: 0, skipped: [] });
    expect(paragraphTexts(sim.exportModel())).toEqual(originalTexts);
    expect(await doc.detect()).toMatchObject({ structure: "structured", structuredItems: ITEMS, conflictingControls: 0, addinControls: FIELD_CELLS });

    const read = await doc.read();
    expect(read.structure).toBe("structured");
    expect(read.fingerprints).toHaveLength(ITEMS);
    const red = redKeys(read, AS_OF);
    expect(red).toContain("22-04");
    const coloured = await doc.colour(marksFor(read, AS_OF), read);
    expect(coloured).toEqual({ marked: red.length - 1, cleared: 0, personRedKept: 2, conflicts: [] });
    expect(paragraphTexts(sim.exportModel())).toEqual(originalTexts);

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
    expect(paragraphTexts(sim.exportModel())).toEqual(originalTexts);

    expect(await doc.unstructure()).toEqual({ removed: FIELD_CELLS });
    const final = sim.exportModel();
    expect(paragraphTexts(final)).toEqual(originalTexts);
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
    const withBlock = paragraphTexts(sim.exportModel());
    expect(await doc.unstructure()).toEqual({ removed: FIELD_CELLS + 7 });
    const after = sim.exportModel();
    expect(paragraphTexts(after)).toEqual(withBlock);
    expect(ourTags(after)).toEqual([]);
    expect(sim.exportModel().blocks.some((block) => block.kind === "paragraph" && block.controls?.some((control) => control.tag === foreignTag))).toBe(true);
  }, 30_000);
});


describe("status blocks", () => {
  it("go at the top of the status cell, inside its control, as nested tagged controls; the narrative is untouched", async () => {
    const { sim, doc } = open(actualPlanModel());
    await doc.structure();
    const read = await doc.read();
    const item = itemOf(read.plan, "01-04");
    const narrative = paragraphTexts({ blocks: cellAt(sim.exportModel(), item.cells.status!)!.blocks });
    await doc.insertStatusBlock({ itemKey: "01-04", block: sampleBlock() }, read.fingerprints);

    const model = sim.exportModel();
    const statusCell = cellAt(model, item.cells.status!)!;
    expect(statusCell.control?.tag).toBe(fieldTag("01-04", "status"));
    const texts = paragraphTexts({ blocks: statusCell.blocks });
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
    expect(paragraphTexts(model).length).toBe(paragraphTexts(read.model).length + 6);
    expect(await doc.detect()).toMatchObject({ structure: "structured", conflictingControls: 0 });
  }, 30_000);

  it("go into the cell itself in a plain document", async () => {
    const { sim, doc } = open(actualPlanModel());
    const read = await doc.read();
    await doc.insertStatusBlock({ itemKey: "01-02", block: sampleBlock() }, read.fingerprints);
    const statusCell = cellAt(sim.exportModel(), itemOf(read.plan, "01-02").cells.status!)!;
    expect(statusCell.control).toBeUndefined();
    expect(paragraphTexts({ blocks: statusCell.blocks })[0]).toBe("[Status 2022-01-20 · TSAG, January 2022 · On track]");
  }, 30_000);
});

describe("the round trips, through the one helper (tests/support/document-text.ts)", () => {
  it("structure, then unstructure: no text changes, and the document model comes back as it was", async () => {
    const { sim, doc } = open(withPersonRed(actualPlanModel(), PERSON_RED_ITEMS));
    await expectRoundTrip({
      original: sim.exportModel(),
      forward: async () => {
        await doc.structure();
        return sim.exportModel();
      },
      inverse: async () => {
        await doc.unstructure();
        return sim.exportModel();
      },
      text: textOutline,
      restored: (model) => model,
    });
  }, 60_000);
});
