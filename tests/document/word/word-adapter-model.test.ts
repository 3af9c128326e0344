import { cellText, topLevelTables, type DocBlock, type DocCell, type DocModel } from "../../../src/domain/document-model";
import { allItems } from "../../../src/domain/plan";
import { recognizePlan } from "../../../src/domain/recognizer";
import { buildSeedDocModel } from "../../../src/fixture/seed-text";
import { assembleModel, cleanText, fieldControlOf, normalizeColour, type RawCell, type RawParagraph, type RawTable } from "../../../src/document/word/assemble-model";
import { isDocumentError } from "../../../src/document/document-error";
import { readSeedText } from "../../../src/fixture/seed-file";

/** What Word returns for a DocModel: body paragraphs (with nesting levels) and body.tables in document order. */
function wordView(model: DocModel): { paragraphs: RawParagraph[]; tables: RawTable[] } {
  const paragraphs: RawParagraph[] = [];
  const tables: RawTable[] = [];
  const visit = (blocks: readonly DocBlock[], level: number, sink: RawParagraph[]): void => {
    for (const block of blocks) {
      if (block.kind === "paragraph") {
        sink.push({ text: block.text, tableNestingLevel: level, ...(level === 0 ? { style: block.style ?? "Normal", outlineLevel: block.outlineLevel ?? 10 } : {}) });
        continue;
      }
      const raw: RawTable = { nestingLevel: level + 1, rows: [] };
      tables.push(raw);
      for (const row of block.rows) {
        const cells: RawCell[] = [];
        raw.rows.push(cells);
        for (const cell of row.cells) {
          const own: RawParagraph[] = [];
          const rawCellValue: RawCell = { shading: cell.shading, paragraphs: own, controls: cell.control ? [{ id: 1, ...cell.control, color: "#000000" }] : [] };
          cells.push(rawCellValue);
          visit(cell.blocks, level + 1, own);
        }
        for (const cell of cells) sink.push(...cell.paragraphs);
      }
    }
  };
  visit(model.blocks, 0, paragraphs);
  return { paragraphs, tables };
}

/** The model as text and shape only (the Word adapter does not read bookmarks and footnotes). */
function shape(blocks: readonly DocBlock[]): unknown[] {
  return blocks.map((block) => (block.kind === "paragraph" ? block.text : block.rows.map((row) => row.cells.map((cell) => cellShape(cell)))));
}
function cellShape(cell: DocCell): unknown {
  return { blocks: shape(cell.blocks), shading: cell.shading, control: cell.control?.tag ?? null };
}

describe("assembleModel (Word's paragraphs and tables → DocModel)", () => {
  it("rebuilds the actual plan, nested tables included, in one pass", () => {
    const seed = buildSeedDocModel(readSeedText());
    const view = wordView(seed);
    expect(view.tables.some((table) => table.nestingLevel === 2)).toBe(true);
    const { model, topLevelTables: indexes } = assembleModel(view.paragraphs, view.tables);
    expect(shape(model.blocks)).toEqual(shape(seed.blocks));
    expect(indexes).toHaveLength(topLevelTables(seed).length);
    expect(indexes.every((index) => view.tables[index]!.nestingLevel === 1)).toBe(true);
  });

  it("loses nothing the recognizer needs: the same plan and findings as from the seed model", () => {
    const seed = buildSeedDocModel(readSeedText());
    const view = wordView(seed);
    const { model } = assembleModel(view.paragraphs, view.tables);
    const fromSeed = recognizePlan(seed);
    const fromWord = recognizePlan(model);
    expect(allItems(fromWord.plan).length).toBeGreaterThan(300);
    expect(fromWord.plan).toEqual(fromSeed.plan);
    expect(fromWord.findings).toEqual(fromSeed.findings);
  });

  it("keeps headings' style and outline level, and only for body paragraphs", () => {
    const { model } = assembleModel(
      [
        { text: "1. Resolution 1 - Rules", tableNestingLevel: 0, style: "Heading 1", outlineLevel: 1 },
        { text: "body", tableNestingLevel: 0, style: "Normal", outlineLevel: 10 },
      ],
      [],
    );
    expect(model.blocks).toEqual([
      { kind: "paragraph", text: "1. Resolution 1 - Rules", style: "Heading 1", outlineLevel: 1 },
      { kind: "paragraph", text: "body", style: "Normal" },
    ]);
  });

  it("gives the last cell of a short row the remaining grid columns (status rows)", () => {
    const cell = (text: string): RawCell => ({ shading: null, paragraphs: [{ text, tableNestingLevel: 1 }], controls: [] });
    const table: RawTable = { nestingLevel: 1, rows: [[cell("01-01"), cell("a"), cell("m"), cell(""), cell("")], [cell(""), cell("status")]] };
    const { model } = assembleModel([{ text: "x", tableNestingLevel: 1 }], [table]);
    const rows = topLevelTables(model)[0]!.rows;
    expect(rows[0]!.cells.map((c) => c.gridSpan)).toEqual([1, 1, 1, 1, 1]);
    expect(rows[1]!.cells.map((c) => c.gridSpan)).toEqual([1, 4]);
    expect(cellText(rows[1]!.cells[1]!)).toBe("status");
  });

  it("takes the outermost control of the add-in as the field control, not status-block or foreign ones", () => {
    const controls = [
      { id: 1, tag: "other-addin", title: "", color: "" },
      { id: 2, tag: "ap/1/status/01-01/20220120abcd", title: "", color: "" },
      { id: 3, tag: "ap/1/item/01-01/status", title: "Action item 01-01 — status", color: "" },
      { id: 4, tag: "ap/1/item/01-01/milestone", title: "", color: "" },
    ];
    expect(fieldControlOf({ shading: null, paragraphs: [], controls })).toBe(2);
    expect(fieldControlOf({ shading: null, paragraphs: [], controls: controls.slice(0, 2) })).toBe(-1);
    expect(fieldControlOf({ shading: null, paragraphs: [], controls: [{ id: 9, tag: "ap/1/item/garbage", title: "", color: "" }] })).toBe(0);
  });

  it("refuses tables and paragraphs that do not fit together instead of guessing", () => {
    const attempt = (): unknown => assembleModel([{ text: "in a table", tableNestingLevel: 1 }], []);
    expect(attempt).toThrow();
    try {
      attempt();
    } catch (error) {
      expect(isDocumentError(error, "ReadInconsistent")).toBe(true);
    }
    const orphan: RawTable = { nestingLevel: 1, rows: [] };
    expect(() => assembleModel([{ text: "no table here", tableNestingLevel: 0 }], [orphan])).toThrow(/listed 1 tables/);
  });
});

describe("Word values", () => {
  it("strips paragraph and end-of-cell marks from text, nothing else", () => {
    expect(cleanText(`a b\r${String.fromCharCode(7)}`)).toBe("a b");
    expect(cleanText(" a\tb ")).toBe(" a\tb ");
  });

  it("normalizes colours to #RRGGBB or null", () => {
    expect(normalizeColour("#ff0000")).toBe("#FF0000");
    expect(normalizeColour("#f00")).toBe("#FF0000");
    expect(normalizeColour("Red")).toBe("#FF0000");
    expect(normalizeColour("")).toBeNull();
    expect(normalizeColour("none")).toBeNull();
    expect(normalizeColour(undefined)).toBeNull();
  });
});
