/**
 * Word simulator: DocModel in, DocModel out. Any model (tables, nested tables, shading, spans, marks, controls around
 * cells and paragraphs) exports unchanged; the actual plan loads and exports unchanged; the plan ×10 is structured
 * and looked up by tag in a few round trips, fast.
 */
import fc from "fast-check";
import type { ControlRef, DocBlock, DocCell, DocModel, DocParagraph, DocTable } from "../../src/domain/document-model";
import { cellText, topLevelTables } from "../../src/domain/document-model";
import { buildSeedDocModel } from "../../src/fixture/seed-text";
import { createSimulatedWord } from "../../src/simulator";
import { cell, doc, miniPlan, paragraph, table } from "../support/simulator-doc-builder";
import { readSeedText } from "../../src/fixture/seed-file";

const control = (tag: string): ControlRef => ({ tag, title: `Title of ${tag}` });

describe("exportModel round trip", () => {
  test("the miniature plan exports exactly as loaded", () => {
    expect(createSimulatedWord(miniPlan()).exportModel()).toEqual(miniPlan());
  });

  test("controls around cells and nested controls on paragraphs export as loaded", () => {
    const model = doc(
      paragraph("free", { controls: [control("inner"), control("outer")] }),
      paragraph("also in outer", { controls: [control("outer")] }),
      table([
        [
          cell("01-01", { control: control("ap/1/item/01-01/id"), shading: "#FF0000" }),
          {
            blocks: [
              paragraph("2022-01-20", { controls: [control("date"), control("block")] }),
              paragraph("Summary", { controls: [control("summary"), control("block")] }),
              paragraph("Narrative"),
              table([["n1", cell("n2", { control: control("nested-field") })]]),
            ],
            shading: null,
            gridSpan: 3,
            control: control("ap/1/item/01-01/status"),
          },
        ],
      ]),
    );
    expect(createSimulatedWord(model).exportModel()).toEqual(model);
  });

  test("any generated model exports unchanged (property)", () => {
    const text = fc.stringMatching(/^[a-z√ 0-9-]{0,8}$/);
    const tag = fc.constantFrom("a", "b", "c");
    const chain = fc.uniqueArray(tag, { maxLength: 2 }).map((tags) => tags.map(control));
    const plainParagraph = fc.record({ text, style: fc.option(fc.constantFrom("Normal", "Heading 1"), { nil: undefined }) }).map(({ text: t, style }) => paragraph(t, style ? { style } : {}));
    const controlledParagraph = fc.tuple(text, chain).map(([t, controls]): DocParagraph => paragraph(t, controls.length > 0 ? { controls } : {}));
    const cellArbitrary = (depth: number): fc.Arbitrary<DocCell> =>
      fc.oneof(
        // A cell without a field control: its paragraphs carry no controls (else the whole cell would read as controlled).
        fc.record({ blocks: blocksArbitrary(plainParagraph, depth), shading: fc.constantFrom(null, "#FF0000", "#FFFF00"), gridSpan: fc.integer({ min: 1, max: 3 }) }),
        fc.record({
          blocks: blocksArbitrary(controlledParagraph, depth),
          shading: fc.constantFrom(null, "#FF0000"),
          gridSpan: fc.constant(1),
          control: tag.map((t) => control(`field-${t}`)),
        }),
      );
    const tableArbitrary = (depth: number): fc.Arbitrary<DocTable> =>
      fc.array(fc.record({ cells: fc.array(cellArbitrary(depth + 1), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }).map((rows) => ({ kind: "table", rows }));
    function blocksArbitrary(paragraphs: fc.Arbitrary<DocParagraph>, depth: number): fc.Arbitrary<DocBlock[]> {
      const block: fc.Arbitrary<DocBlock> = depth >= 2 ? paragraphs : fc.oneof({ weight: 4, arbitrary: paragraphs }, { weight: 1, arbitrary: tableArbitrary(depth) });
      return fc.array(block, { minLength: 1, maxLength: 4 });
    }
    const modelArbitrary = blocksArbitrary(controlledParagraph, 0).map((blocks): DocModel => ({ blocks }));
    fc.assert(fc.property(modelArbitrary, (model) => expect(createSimulatedWord(model).exportModel()).toEqual(model)), { numRuns: 150 });
  });
});

describe("the actual plan", () => {
  const planText = readSeedText();

  test("loads and exports unchanged", () => {
    const model = buildSeedDocModel(planText);
    const started = performance.now();
    const sim = createSimulatedWord(model);
    const exported = sim.exportModel();
    console.log(`actual plan: load + export in ${(performance.now() - started).toFixed(0)} ms, ${topLevelTables(model).length} top-level tables`);
    expect(exported).toEqual(model);
  });

  test("×10: every cell wrapped and every control found by tag in a fixed number of round trips, all text unchanged", async () => {
    const once = buildSeedDocModel(planText);
    const model: DocModel = { blocks: Array.from({ length: 10 }, () => once.blocks).flat() };
    const textsBefore = topLevelTables(model).map((t) => t.rows.map((row) => row.cells.map(cellText)));
    const started = performance.now();
    const sim = createSimulatedWord(model);
    const loaded = performance.now();

    const wrapped = await sim.run(async (context) => {
      const tables = context.document.body.tables;
      tables.load("items/nestingLevel,items/rows/items/cells/items/cellIndex");
      await context.sync();
      let count = 0;
      tables.items.forEach((t, tableIndex) => {
        if (t.nestingLevel !== 1) return;
        t.rows.items.forEach((row, rowIndex) =>
          row.cells.items.forEach((c) => {
            const wrapper = c.body.insertContentControl();
            wrapper.tag = `cell/${tableIndex}/${rowIndex}/${c.cellIndex}`;
            wrapper.title = "Cell";
            count += 1;
          }),
        );
      });
      await context.sync();
      return count;
    });
    const structured = performance.now();

    const found = await sim.run(async (context) => {
      const tables = context.document.body.tables;
      tables.load("items/nestingLevel,items/rowCount");
      await context.sync();
      const lookups = tables.items.flatMap((t, tableIndex) =>
        t.nestingLevel === 1 ? Array.from({ length: t.rowCount }, (_, rowIndex) => context.document.contentControls.getByTag(`cell/${tableIndex}/${rowIndex}/0`).getFirst()) : [],
      );
      for (const lookup of lookups) lookup.load("tag");
      await context.sync();
      return lookups.filter((lookup) => lookup.tag.startsWith("cell/")).length;
    });
    const lookedUp = performance.now();

    console.log(
      `plan ×10: ${wrapped} cells wrapped, ${found} rows found by tag; load ${(loaded - started).toFixed(0)} ms, structure ${(structured - loaded).toFixed(0)} ms, lookups ${(lookedUp - structured).toFixed(0)} ms; round trips ${JSON.stringify(sim.stats.syncsPerRun)}`,
    );
    expect(wrapped).toBeGreaterThan(20000);
    expect(sim.stats.syncsPerRun).toEqual([2, 2]);
    const exported = sim.exportModel();
    expect(topLevelTables(exported).map((t) => t.rows.map((row) => row.cells.map(cellText)))).toEqual(textsBefore);
    expect(topLevelTables(exported).every((t) => t.rows.every((row) => row.cells.every((c) => c.control?.title === "Cell")))).toBe(true);
  }, 120000);
});
