/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read, office-addins/no-navigational-load --
   These tests read properties before sync on purpose (that is the behaviour under test), and the plugin's property
   list lacks Word scalars such as tag, shadingColor, cellIndex and nestingLevel, which it reports as navigational. */
/**
 * Word simulator: Office.js proxy semantics — load/sync, queued writes, collections, null objects, errors,
 * requirement sets, round-trip counting, object lifetime.
 */
import { createSimulatedWord, SimulatedOfficeError } from "../../src/simulator";
import { cell, doc, miniPlan, paragraph, table } from "../support/simulator-doc-builder";
import { rejection, syncError } from "../support/simulator-support";

describe("load and sync", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      const body = context.document.body;
      let error: unknown;
      try {
        void body.text;
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(SimulatedOfficeError);
      expect(error).toMatchObject({ code: "PropertyNotLoaded", name: "RichApi.Error", debugInfo: { errorLocation: "Body.text" } });
      await context.sync();
    });
  });

  test("loaded values appear only once the sync has completed", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      const first = context.document.body.tables.getFirst();
      first.load("rowCount");
      expect(() => first.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const pending = context.sync();
      expect(() => first.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await pending;
      expect(first.rowCount).toBe(5);
    });
  });

  test("writes are queued and applied at sync, in order; a load sees the document at its place in the queue", async () => {
    const sim = createSimulatedWord(doc(paragraph("one")));
    await sim.run(async (context) => {
      const body = context.document.body;
      body.insertParagraph("two", "End");
      const before = body.paragraphs;
      before.load("items/text");
      body.insertParagraph("zero", "Start");
      expect(sim.exportModel().blocks.map((block) => (block.kind === "paragraph" ? block.text : ""))).toEqual(["one"]);
      const after = context.document.body.getRange("Whole");
      after.load("text");
      await context.sync();
      expect(before.items.map((item) => item.text)).toEqual(["one", "two"]);
      expect(after.text).toBe("zero\rone\rtwo");
    });
    expect(sim.exportModel().blocks.map((block) => (block.kind === "paragraph" ? block.text : ""))).toEqual(["zero", "one", "two"]);
  });

  test("a property set locally reads back before sync; the host normalizes it at sync", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      const cellProxy = context.document.body.tables.getFirst().getCell(1, 1);
      cellProxy.shadingColor = "yellow";
      expect(cellProxy.shadingColor).toBe("yellow");
      cellProxy.load("shadingColor");
      await context.sync();
      expect(cellProxy.shadingColor).toBe("#FFFF00");
    });
  });

  test("load accepts strings, arrays, select/expand options and Word load-option objects", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      const rows = context.document.body.tables.getFirst().rows;
      rows.load({ select: "rowIndex,cellCount", top: 2, skip: 1 });
      const cells = context.document.body.tables.getFirst().rows.getFirst().cells;
      cells.load(["items/value", "items/body/text"]);
      const table = context.document.body.tables.getFirst();
      table.load({ $all: true });
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load({ text: true, $top: 1 } as never);
      await context.sync();
      expect(rows.items.map((row) => [row.rowIndex, row.cellCount])).toEqual([
        [1, 5],
        [2, 2],
      ]);
      expect(cells.items.map((item) => item.value)).toEqual(["Action item", "Action", "Milestone", "Periodic goals met", "Completed"]);
      expect(cells.items[0]!.body.text).toBe("Action item");
      expect(table.rowCount).toBe(5);
      expect(table.nestingLevel).toBe(1);
      expect(paragraphs.items.map((item) => item.text)).toEqual(["Resolution 1 – Rules of procedure"]);
    });
  });

  test("paragraph style and outline level: headings keep theirs, body text reads Normal and 10", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/style,items/outlineLevel,items/tableNestingLevel");
      await context.sync();
      const [heading, firstCell] = paragraphs.items;
      expect([heading!.style, heading!.outlineLevel, heading!.tableNestingLevel]).toEqual(["Heading 1", 1, 0]);
      expect([firstCell!.style, firstCell!.outlineLevel, firstCell!.tableNestingLevel]).toEqual(["Normal", 10, 1]);
    });
  });

  test("an unknown property in load fails the sync with InvalidArgument", async () => {
    const sim = createSimulatedWord(miniPlan());
    const error = await syncError(sim, (context) => {
      context.document.body.load("noSuchProperty");
    });
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("collections, null objects and errors", () => {
  test("items is unavailable until loaded; getFirst on an empty collection fails the sync with ItemNotFound", async () => {
    const sim = createSimulatedWord(doc(paragraph("no tables here")));
    await sim.run(async (context) => {
      const tables = context.document.body.tables;
      expect(() => tables.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      tables.load("items");
      await context.sync();
      expect(tables.items).toEqual([]);
    });
    const error = await syncError(sim, (context) => {
      context.document.body.tables.getFirst();
    });
    expect(error.code).toBe("ItemNotFound");
  });

  test("*OrNullObject gives a null object: isNullObject after sync, properties undefined, writes refused", async () => {
    const sim = createSimulatedWord(doc(paragraph("plain")));
    await sim.run(async (context) => {
      const control = context.document.contentControls.getFirstOrNullObject();
      control.load("tag");
      expect(() => control.isNullObject).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(control.isNullObject).toBe(true);
      expect(control.tag).toBeUndefined();
      const paragraphParent = context.document.body.paragraphs.getFirst().parentContentControlOrNullObject;
      await context.sync();
      expect(paragraphParent.isNullObject).toBe(true);
    });
    const error = await syncError(sim, (context) => {
      const control = context.document.contentControls.getFirstOrNullObject();
      control.tag = "x";
    });
    expect(error.code).toBe("ItemNotFound");
  });

  test("a failing action stops the batch: earlier actions stay applied, later ones are dropped", async () => {
    const sim = createSimulatedWord(doc(paragraph("a")));
    const error = await syncError(sim, (context) => {
      const body = context.document.body;
      body.insertParagraph("before", "End");
      context.trace("inserted before");
      body.tables.getFirst().delete();
      body.insertParagraph("after", "End");
    });
    expect(error.code).toBe("ItemNotFound");
    expect(error.traceMessages).toEqual(["inserted before"]);
    expect(sim.exportModel().blocks.map((block) => (block.kind === "paragraph" ? block.text : ""))).toEqual(["a", "before"]);
  });

  test("body.paragraphs includes paragraphs in tables from WordApi 1.3 on, not before", async () => {
    const model = doc(paragraph("top"), table([["in a cell"]]));
    const texts = async (version: string): Promise<string[]> => {
      const sim = createSimulatedWord(model, { requirementSets: { WordApi: version } });
      return sim.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        return paragraphs.items.map((item) => item.text);
      });
    };
    expect(await texts("1.3")).toEqual(["top", "in a cell"]);
    expect(await texts("1.2")).toEqual(["top"]);
  });

  test("tables: body.tables lists nested tables too; Table.tables only one level deeper; getCell and indices", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      const all = context.document.body.tables;
      all.load("items/nestingLevel");
      const outer = all.getFirst();
      const children = outer.tables;
      children.load("items/values");
      const target = outer.getCell(3, 1);
      target.load("value,rowIndex,cellIndex");
      const missing = outer.getCellOrNullObject(9, 9);
      await context.sync();
      expect(all.items.map((item) => item.nestingLevel)).toEqual([1, 2]);
      expect(children.items.map((item) => item.values)).toEqual([
        [
          ["a", "b"],
          ["c", "d"],
        ],
      ]);
      expect([target.value, target.rowIndex, target.cellIndex]).toEqual(["Liaise with ISO", 3, 1]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("shading reads '' when absent and '#RRGGBB' when set; bad colours are refused; a row's shading sets every cell", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      const first = context.document.body.tables.getFirst();
      const red = first.getCell(1, 0);
      const plain = first.getCell(1, 1);
      red.load("shadingColor");
      plain.load("shadingColor");
      first.rows.getFirst().shadingColor = "#d9d9d9";
      await context.sync();
      expect([red.shadingColor, plain.shadingColor]).toEqual(["#FF0000", ""]);
      plain.shadingColor = "not a colour";
      const error = await rejection(context.sync());
      expect(error.code).toBe("InvalidArgument");
    });
    const header = sim.exportModel().blocks[1];
    expect(header?.kind === "table" && header.rows[0]!.cells.map((c) => c.shading)).toEqual(Array(5).fill("#D9D9D9"));
  });

  test("cell values can be read per row as 2D arrays; setting a cell value replaces its text", async () => {
    const sim = createSimulatedWord(doc(table([["a", "b"]])), { paragraphSeparator: "\n" });
    await sim.run(async (context) => {
      const row = context.document.body.tables.getFirst().rows.getFirst();
      row.load("values");
      row.cells.getFirst().value = "x\ny";
      await context.sync();
      expect(row.values).toEqual([["a", "b"]]);
      row.load("values");
      await context.sync();
      expect(row.values).toEqual([["x\ny", "b"]]);
    });
  });
});

describe("requirement sets", () => {
  test("isSetSupported reflects the configured host", () => {
    const sim = createSimulatedWord(miniPlan(), { requirementSets: { WordApi: "1.3" } });
    expect(sim.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(sim.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(sim.requirements.isSetSupported("WordApi", 1.1)).toBe(true);
    expect(sim.requirements.isSetSupported("ExcelApi", "1.1")).toBe(false);
  });

  test("an API of a missing set fails the sync with ApiNotFound (custom XML on WordApi 1.3, tables on WordApi 1.1)", async () => {
    const wordApi13 = createSimulatedWord(miniPlan(), { requirementSets: { WordApi: "1.3" } });
    const xml = await syncError(wordApi13, (context) => {
      context.document.customXmlParts.load("items");
    });
    expect(xml.code).toBe("ApiNotFound");
    const wordApi11 = createSimulatedWord(miniPlan(), { requirementSets: { WordApi: "1.1" } });
    const tables = await syncError(wordApi11, (context) => {
      context.document.body.tables.load("items");
    });
    expect(tables.code).toBe("ApiNotFound");
  });
});

describe("round trips and lifetime", () => {
  test("syncs are counted per run and in total; actions left queued are flushed by one more round trip", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      context.document.body.load("text");
      await context.sync();
      await context.sync();
    });
    await sim.run(async (context) => {
      context.document.body.insertParagraph("left queued", "End");
      return Promise.resolve();
    });
    expect(sim.stats.syncs).toBe(3);
    expect(sim.stats.syncsPerRun).toEqual([2, 1]);
    expect(sim.exportModel().blocks.at(-1)).toEqual(paragraph("left queued"));
    sim.resetStats();
    expect(sim.stats).toEqual({ syncs: 0, runs: 0, syncsPerRun: [], actions: 0 });
  });

  test("an object from an ended run is unusable unless tracked; Word.run(object, batch) reuses its context", async () => {
    const sim = createSimulatedWord(miniPlan());
    const [untracked, tracked] = await sim.run(async (context) => {
      const first = context.document.body.tables.getFirst();
      const second = context.document.body.tables.getFirst();
      context.trackedObjects.add(second);
      await context.sync();
      return [first, second];
    });
    const stale = await rejection(
      sim.run(untracked, async (context) => {
        untracked.load("rowCount");
        await context.sync();
      }),
    );
    expect(stale.code).toBe("InvalidObjectPath");
    const rowCount = await sim.run(tracked, async (context) => {
      tracked.load("rowCount");
      await context.sync();
      return tracked.rowCount;
    });
    expect(rowCount).toBe(5);
  });

  test("a batch that does not return a promise is refused", async () => {
    const sim = createSimulatedWord(miniPlan());
    const error = await rejection(sim.run((() => undefined) as never));
    expect(error.code).toBe("RunMustReturnPromise");
  });

  test("failNextSync makes the next round trip fail without applying anything", async () => {
    const sim = createSimulatedWord(doc(paragraph("a")));
    sim.failNextSync("GeneralException");
    const error = await syncError(sim, (context) => {
      context.document.body.insertParagraph("b", "End");
    });
    expect(error.code).toBe("GeneralException");
    expect(sim.exportModel()).toEqual(doc(paragraph("a")));
  });
});

describe("fault injection", () => {
  test("beforeNextSync runs a co-author's edit between two syncs of a run", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.load("rowCount");
      await context.sync();
      expect(table.rowCount).toBe(5);
      sim.beforeNextSync((editor) => editor.deleteRow({ table: 0, row: 3 }));
      table.load("rowCount");
      await context.sync();
      expect(table.rowCount).toBe(4);
    });
  });

  test("a cell deleted by a co-author makes the held proxy fail with ItemNotFound", async () => {
    const sim = createSimulatedWord(miniPlan());
    const error = await rejection(
      sim.run(async (context) => {
        const target = context.document.body.tables.getFirst().getCell(3, 0);
        await context.sync();
        sim.beforeNextSync((editor) => editor.deleteRow({ table: 0, row: 3 }));
        target.shadingColor = "#FF0000";
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    const shaded = sim.exportModel().blocks[1];
    expect(shaded?.kind === "table" && shaded.rows.map((row) => row.cells[0]!.shading)).toEqual([null, "#FF0000", null, null]);
  });

  test("co-author edits: duplicate a row, type into a cell, shade a cell", () => {
    const sim = createSimulatedWord(doc(table([[cell("01-01"), "x"]])));
    sim.edit((editor) => {
      editor.duplicateRow({ table: 0, row: 0 });
      editor.setCellText({ table: 0, row: 1, cell: 1 }, "typed");
      editor.setCellShading({ table: 0, row: 1, cell: 0 }, "#FF0000");
    });
    expect(sim.exportModel()).toEqual(doc(table([[cell("01-01"), "x"], [cell("01-01", { shading: "#FF0000" }), "typed"]])));
  });
});
