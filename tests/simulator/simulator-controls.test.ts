/* eslint-disable office-addins/no-navigational-load, office-addins/load-object-before-read, office-addins/call-sync-before-read --
   The plugin's property list lacks Word scalars (tag, title, id, cellIndex…) and reports them as navigational. */
/**
 * Word simulator: content controls — wrapping without changing text, nesting, lookup by tag/id, deletion with and
 * without content, locks, status-block style nesting, parents, selection, stale controls.
 */
import type { DocModel } from "../../src/domain/document-model";
import { topLevelTables } from "../../src/domain/document-model";
import { createSimulatedWord } from "../../src/simulator";
import { cell, doc, miniPlan, paragraph, table } from "../support/simulator-doc-builder";
import { rejection, syncError } from "../support/simulator-support";
import { textOutline } from "../support/document-text";


describe("insertContentControl", () => {
  test("wraps a cell's content without changing any text, and the control sits inside the cell", async () => {
    const sim = createSimulatedWord(miniPlan());
    const before = textOutline(sim.exportModel());
    await sim.run(async (context) => {
      const control = context.document.body.tables.getFirst().getCell(2, 1).body.insertContentControl();
      control.tag = "ap/1/item/01-01/status";
      control.title = "Action item 01-01 — status";
      control.load("text,id,type");
      const parent = control.parentTableCellOrNullObject;
      parent.load("rowIndex,cellIndex");
      await context.sync();
      expect(control.text).toBe("Draft circulated.\rComments due 2022-03-01.");
      expect(control.type).toBe("RichText");
      expect([parent.isNullObject, parent.rowIndex, parent.cellIndex]).toEqual([false, 2, 1]);
    });
    const after = sim.exportModel();
    expect(textOutline(after)).toEqual(before);
    const status = topLevelTables(after)[0]!.rows[2]!.cells[1]!;
    expect(status.control).toEqual({ tag: "ap/1/item/01-01/status", title: "Action item 01-01 — status" });
    expect(status.blocks).toEqual([paragraph("Draft circulated."), paragraph("Comments due 2022-03-01.")]);
  });

  test("wrapping content that already has a control around it nests a new control outside it (Word allows nesting)", async () => {
    const sim = createSimulatedWord(doc(table([[cell("01-01", { control: { tag: "inner", title: "Inner" } })]])));
    await sim.run(async (context) => {
      const outer = context.document.body.tables.getFirst().getCell(0, 0).body.insertContentControl();
      outer.tag = "outer";
      await context.sync();
    });
    const wrapped = topLevelTables(sim.exportModel())[0]!.rows[0]!.cells[0]!;
    expect(wrapped.control).toEqual({ tag: "outer", title: "" });
    expect(wrapped.blocks).toEqual([paragraph("01-01", { controls: [{ tag: "inner", title: "Inner" }] })]);
  });

  test("a paragraph and a range of paragraphs can be wrapped; a collapsed range cannot (inline controls are not simulated)", async () => {
    const sim = createSimulatedWord(doc(paragraph("a"), paragraph("b"), paragraph("c")));
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      const first = paragraphs.getFirst();
      const last = paragraphs.getLast();
      const block = first.getRange("Whole").expandTo(last.getRange("Whole")).insertContentControl();
      block.tag = "block";
      const part = first.insertContentControl();
      part.tag = "part";
      await context.sync();
    });
    expect(sim.exportModel()).toEqual(
      doc(
        paragraph("a", { controls: [{ tag: "part", title: "" }, { tag: "block", title: "" }] }),
        paragraph("b", { controls: [{ tag: "block", title: "" }] }),
        paragraph("c", { controls: [{ tag: "block", title: "" }] }),
      ),
    );
    const error = await syncError(sim, (context) => {
      context.document.body.getRange("Start").insertContentControl();
    });
    expect(error.code).toBe("NotImplemented");
  });
});

describe("lookup", () => {
  const model = doc(
    table([
      [cell("01-01", { control: { tag: "t", title: "first" } }), cell("x", { control: { tag: "other", title: "" } })],
      [cell(["a", "b"]), cell("y", { control: { tag: "t", title: "second" } })],
    ]),
    paragraph("p", { controls: [{ tag: "t", title: "third" }] }),
  );

  test("getByTag on the document returns every control with the tag, in document order", async () => {
    const sim = createSimulatedWord(model);
    await sim.run(async (context) => {
      const found = context.document.contentControls.getByTag("t");
      found.load("items/title");
      await context.sync();
      expect(found.items.map((control) => control.title)).toEqual(["first", "second", "third"]);
      context.document.body.paragraphs.getFirst().insertContentControl().tag = "t";
      const again = context.document.contentControls.getByTag("t");
      again.load("items/title,items/text");
      await context.sync();
      expect(again.items.map((control) => control.text)).toEqual(["01-01", "01-01", "y", "p"]);
    });
  });

  test("a cell body's contentControls include nested controls; getById and getByIdOrNullObject", async () => {
    const sim = createSimulatedWord(doc(table([[{ blocks: [paragraph("d", { controls: [{ tag: "part", title: "" }, { tag: "block", title: "" }] })], shading: null, gridSpan: 1, control: { tag: "field", title: "" } }]])));
    await sim.run(async (context) => {
      const inCell = context.document.body.tables.getFirst().getCell(0, 0).body.contentControls;
      inCell.load("items/tag,items/id");
      await context.sync();
      expect(inCell.items.map((control) => control.tag)).toEqual(["field", "block", "part"]);
      const byId = context.document.contentControls.getById(inCell.items[2]!.id);
      byId.load("tag");
      const missing = context.document.contentControls.getByIdOrNullObject(999999);
      const nested = context.document.contentControls.getByTag("field").getFirst().contentControls.getByTag("part");
      nested.load("items/tag");
      await context.sync();
      expect(byId.tag).toBe("part");
      expect(missing.isNullObject).toBe(true);
      expect(nested.items).toHaveLength(1);
    });
  });

  test("ids are unique and change when the document is reopened (tags stay)", async () => {
    const sim = createSimulatedWord(model);
    const ids = async (): Promise<number[]> =>
      sim.run(async (context) => {
        const controls = context.document.contentControls;
        controls.load("items/id");
        await context.sync();
        return controls.items.map((control) => control.id);
      });
    const first = await ids();
    expect(new Set(first).size).toBe(first.length);
    sim.edit((editor) => editor.reopenDocument());
    const second = await ids();
    expect(second.some((id) => first.includes(id))).toBe(false);
    expect(sim.exportModel()).toEqual(model);
  });

  test("a copied row duplicates its tags: getByTag then returns both", async () => {
    const sim = createSimulatedWord(model);
    sim.edit((editor) => editor.duplicateRow({ table: 0, row: 0 }));
    await sim.run(async (context) => {
      const found = context.document.contentControls.getByTag("t");
      found.load("items/title,items/id");
      await context.sync();
      expect(found.items.map((control) => control.title)).toEqual(["first", "first", "second", "third"]);
      expect(found.items[0]!.id).not.toBe(found.items[1]!.id);
    });
  });
});

describe("delete, clear, insert and locks", () => {
  const structured = (): DocModel => doc(table([[cell(["01-01", "(44-25)"], { control: { tag: "id", title: "" }, shading: "#FF0000" })]]));

  test("delete(true) removes the control and keeps its content; delete(false) removes both, the cell keeps an empty paragraph", async () => {
    const keep = createSimulatedWord(structured());
    await keep.run(async (context) => {
      context.document.contentControls.getFirst().delete(true);
      await context.sync();
    });
    expect(keep.exportModel()).toEqual(doc(table([[cell(["01-01", "(44-25)"], { shading: "#FF0000" })]])));

    const drop = createSimulatedWord(structured());
    await drop.run(async (context) => {
      context.document.contentControls.getFirst().delete(false);
      await context.sync();
    });
    expect(drop.exportModel()).toEqual(doc(table([[cell("", { shading: "#FF0000" })]])));
  });

  test("insertText Replace/End and insertParagraph Start on a control", async () => {
    const sim = createSimulatedWord(structured());
    await sim.run(async (context) => {
      const control = context.document.contentControls.getFirst();
      control.insertText("01-02", "Replace");
      control.insertText(" (new)", "End");
      control.insertParagraph("Status 2022-01-20", "Start");
      await context.sync();
    });
    expect(topLevelTables(sim.exportModel())[0]!.rows[0]!.cells[0]).toEqual(
      cell(["Status 2022-01-20", "01-02 (new)"], { control: { tag: "id", title: "" }, shading: "#FF0000" }),
    );
  });

  test("a status block of nested controls can be built at the top of a controlled cell, leaving the narrative untouched", async () => {
    const sim = createSimulatedWord(doc(table([[cell(["Old narrative."], { control: { tag: "status", title: "" } })]])));
    await sim.run(async (context) => {
      const field = context.document.contentControls.getByTag("status").getFirst();
      const date = field.insertParagraph("2022-01-20", "Start");
      const summary = date.insertParagraph("On track.", "After");
      date.insertContentControl().tag = "part/date";
      summary.insertContentControl().tag = "part/summary";
      const block = date.getRange("Whole").expandTo(summary.getRange("Whole"));
      block.load("text");
      const container = context.document.contentControls.getByTag("part/date").getFirst().getRange("Whole").expandTo(context.document.contentControls.getByTag("part/summary").getFirst().getRange("Whole")).insertContentControl();
      container.tag = "block";
      await context.sync();
      expect(block.text).toBe("2022-01-20\rOn track.");
    });
    const status = topLevelTables(sim.exportModel())[0]!.rows[0]!.cells[0]!;
    expect(status.control).toEqual({ tag: "status", title: "" });
    expect(status.blocks).toEqual([
      paragraph("2022-01-20", { controls: [{ tag: "part/date", title: "" }, { tag: "block", title: "" }] }),
      paragraph("On track.", { controls: [{ tag: "part/summary", title: "" }, { tag: "block", title: "" }] }),
      paragraph("Old narrative."),
    ]);
  });

  test("cannotDelete refuses delete() and cannotEdit refuses edits, with AccessDenied; unlocking allows both", async () => {
    const sim = createSimulatedWord(structured());
    await sim.run(async (context) => {
      const control = context.document.contentControls.getFirst();
      control.cannotDelete = true;
      control.cannotEdit = true;
      await context.sync();
      control.delete(true);
      expect((await rejection(context.sync())).code).toBe("AccessDenied");
      control.insertText("x", "Replace");
      expect((await rejection(context.sync())).code).toBe("AccessDenied");
      control.cannotEdit = false;
      control.insertText("x", "Replace");
      control.cannotDelete = false;
      control.delete(true);
      await context.sync();
    });
    expect(sim.exportModel()).toEqual(doc(table([[cell("x", { shading: "#FF0000" })]])));
  });

  test("properties: colour names normalize, appearance and tag length are validated", async () => {
    const sim = createSimulatedWord(structured());
    await sim.run(async (context) => {
      const control = context.document.contentControls.getFirst();
      control.color = "red";
      control.appearance = "Tags";
      control.load("color,appearance,cannotDelete,placeholderText");
      await context.sync();
      expect([control.color, control.appearance, control.cannotDelete, control.placeholderText]).toEqual(["#FF0000", "Tags", false, ""]);
      control.tag = "x".repeat(256);
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
      control.appearance = "Glowing" as never;
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
    });
  });

  test("a control removed by a co-author between read and write fails the write with ItemNotFound and nothing else changes", async () => {
    const sim = createSimulatedWord(structured());
    const error = await rejection(
      sim.run(async (context) => {
        const control = context.document.contentControls.getByTag("id").getFirst();
        control.load("text");
        await context.sync();
        sim.beforeNextSync((editor) => editor.controls("id")[0]!.remove(true));
        control.color = "#FF0000";
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(sim.exportModel()).toEqual(doc(table([[cell(["01-01", "(44-25)"], { shading: "#FF0000" })]])));
  });
});

describe("parents and selection", () => {
  test("select() records what is selected; getSelection() returns it", async () => {
    const sim = createSimulatedWord(doc(paragraph("intro"), table([["h"], [cell("01-04", { control: { tag: "ap/1/item/01-04/id", title: "" } })]])));
    expect(sim.selection()).toMatchObject({ mode: "Start", text: "", controlTags: [], cell: null, count: 0 });
    await sim.run(async (context) => {
      context.document.contentControls.getByTag("ap/1/item/01-04/id").getFirst().select();
      await context.sync();
      const selection = context.document.getSelection();
      selection.load("text");
      const around = selection.parentContentControlOrNullObject;
      around.load("tag");
      const inCell = selection.parentTableCellOrNullObject;
      inCell.load("rowIndex");
      await context.sync();
      expect([selection.text, around.tag, inCell.rowIndex]).toEqual(["01-04", "ap/1/item/01-04/id", 1]);
    });
    expect(sim.selection()).toEqual({ mode: "Select", text: "01-04", controlTags: ["ap/1/item/01-04/id"], cell: { table: 0, row: 1, cell: 0 }, count: 1 });
    await sim.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("End").select("End");
      await context.sync();
    });
    expect(sim.selection()).toMatchObject({ mode: "End", text: "", controlTags: [], cell: null, count: 2 });
  });

  test("parent lookups: paragraph in a nested table, parent body of a cell body, control outside any table", async () => {
    const sim = createSimulatedWord(miniPlan());
    await sim.run(async (context) => {
      const nested = context.document.body.tables.getFirst().tables.getFirst();
      const paragraph = nested.getCell(1, 1).body.paragraphs.getFirst();
      paragraph.load("text,tableNestingLevel");
      const outerCell = nested.parentTableCell;
      outerCell.load("rowIndex,cellIndex");
      const bodyType = nested.getCell(0, 0).body.parentBody;
      bodyType.load("type");
      const wrapper = context.document.body.paragraphs.getLast().insertContentControl();
      const none = wrapper.parentTableOrNullObject;
      await context.sync();
      expect([paragraph.text, paragraph.tableNestingLevel]).toEqual(["d", 2]);
      expect([outerCell.rowIndex, outerCell.cellIndex]).toEqual([4, 1]);
      expect(bodyType.type).toBe("TableCell");
      expect(none.isNullObject).toBe(true);
    });
  });
});
