/**
 * Builds the DocModel from the plain values Word returned (no Office types here, so it is unit-tested
 * without a host). Word lists nested tables in `body.tables` and their paragraphs in `body.paragraphs`;
 * `Table.nestingLevel` / `Paragraph.tableNestingLevel` tell them apart:
 * - a run of body paragraphs with tableNestingLevel ≥ 1 is one top-level table (Word merges two tables
 *   that touch, so consecutive top-level tables are always separated by a paragraph);
 * - inside a cell of a level-L table, a run of paragraphs deeper than L is one nested table, taken in
 *   document order from the tables Word listed (a nested table follows its parent in `body.tables`).
 * Anything that does not fit throws ReadInconsistent rather than guessing where text belongs.
 */
import { isOurTag, parseTag } from "../tags";
import type { DocBlock, DocCell, DocModel, DocParagraph, DocTable } from "../../domain/document-model";
import { DocumentError } from "../document-error";

export interface RawParagraph {
  text: string;
  tableNestingLevel: number;
  style?: string;
  outlineLevel?: number;
}

export interface RawControl {
  id: number;
  tag: string;
  title: string;
  color: string;
}

export interface RawCell {
  shading: string | null;
  paragraphs: RawParagraph[];
  /** Every content control inside the cell body, outermost first (Word's document order). */
  controls: RawControl[];
}

export interface RawTable {
  nestingLevel: number;
  rows: RawCell[][];
}

export interface AssembledModel {
  model: DocModel;
  /** For each top-level table (CellAddress.table), its index in the raw table list. */
  topLevelTables: number[];
  /** For each top-level table, row and cell: the index of the add-in's field control in RawCell.controls, or -1. */
  fieldControlIndex: number[][][];
}

export function assembleModel(bodyParagraphs: readonly RawParagraph[], tables: readonly RawTable[]): AssembledModel {
  let nextTable = 0;
  const takeTable = (level: number): { table: RawTable; index: number } => {
    const index = nextTable++;
    const table = tables[index];
    if (!table || table.nestingLevel !== level) {
      throw new DocumentError("ReadInconsistent", `Word's tables and paragraphs do not match (expected a table of nesting level ${level} at position ${index}).`);
    }
    return { table, index };
  };

  const buildTable = (table: RawTable): DocTable => {
    const width = Math.max(0, ...table.rows.map((row) => row.length));
    return {
      kind: "table",
      rows: table.rows.map((row) => ({
        cells: row.map((cell, index) => buildCell(cell, table.nestingLevel, index === row.length - 1 ? width - row.length + 1 : 1)),
      })),
    };
  };

  const buildCell = (cell: RawCell, level: number, gridSpan: number): DocCell => {
    const blocks: DocBlock[] = [];
    let inNested = false;
    for (const raw of cell.paragraphs) {
      if (raw.tableNestingLevel > level) {
        if (!inNested) blocks.push(buildTable(takeTable(level + 1).table));
        inNested = true;
      } else {
        blocks.push(toParagraph(raw, false));
        inNested = false;
      }
    }
    const built: DocCell = { blocks, shading: cell.shading, gridSpan: Math.max(1, gridSpan) };
    const control = cell.controls[fieldControlOf(cell)];
    if (control) built.control = { tag: control.tag, title: control.title };
    return built;
  };

  const blocks: DocBlock[] = [];
  const topLevelTables: number[] = [];
  const fieldControlIndex: number[][][] = [];
  let inTable = false;
  for (const raw of bodyParagraphs) {
    if (raw.tableNestingLevel >= 1) {
      if (!inTable) {
        const { table, index } = takeTable(1);
        topLevelTables.push(index);
        fieldControlIndex.push(table.rows.map((row) => row.map((cell) => fieldControlOf(cell))));
        blocks.push(buildTable(table));
      }
      inTable = true;
    } else {
      blocks.push(toParagraph(raw, true));
      inTable = false;
    }
  }
  if (nextTable !== tables.length) {
    throw new DocumentError("ReadInconsistent", `Word listed ${tables.length} tables but the document's paragraphs place ${nextTable}.`);
  }
  return { model: { blocks }, topLevelTables, fieldControlIndex };
}

/**
 * The add-in's field control of a cell: the first (outermost) control with one of our tags that is not a
 * status-block control. Tampered tags with our prefix count too, so that they are reported, not ignored.
 */
export function fieldControlOf(cell: RawCell): number {
  return cell.controls.findIndex((control) => {
    if (!isOurTag(control.tag)) return false;
    const parsed = parseTag(control.tag);
    return parsed === null || parsed.kind === "field";
  });
}

function toParagraph(raw: RawParagraph, withStyle: boolean): DocParagraph {
  const paragraph: DocParagraph = { kind: "paragraph", text: cleanText(raw.text) };
  if (withStyle && raw.style) paragraph.style = raw.style;
  if (withStyle && raw.outlineLevel !== undefined && raw.outlineLevel >= 1 && raw.outlineLevel <= 9) paragraph.outlineLevel = raw.outlineLevel;
  return paragraph;
}

const CELL_END_MARK = String.fromCharCode(7);

/** Word may end a paragraph's text with its mark ("\r") or a cell's end mark ("\u0007"); neither is text. */
export function cleanText(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "\r" || text[end - 1] === CELL_END_MARK)) end--;
  return text.slice(0, end);
}

const COLOUR_NAMES: Record<string, string> = {
  red: "#FF0000",
  darkred: "#8B0000",
  white: "#FFFFFF",
  black: "#000000",
  yellow: "#FFFF00",
  green: "#008000",
  blue: "#0000FF",
};

/** Word's shading as "#RRGGBB" upper case, or null for none ("", "none", "auto", "transparent"). */
export function normalizeColour(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim().toLowerCase();
  if (text === "" || text === "none" || text === "auto" || text === "transparent" || text === "nocolor") return null;
  if (/^#[0-9a-f]{6}$/.test(text)) return text.toUpperCase();
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${text[1]}${text[1]}${text[2]}${text[2]}${text[3]}${text[3]}`.toUpperCase();
  return COLOUR_NAMES[text] ?? value.trim().toUpperCase();
}
