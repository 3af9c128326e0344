/**
 * The rows of a w:tbl as a person reads them (docs/docx-reading.md):
 *  - a row deleted as a tracked change (w:trPr/w:del) is not there; an inserted one (w:trPr/w:ins) is;
 *  - a row whose first cell continues a vertically merged cell (w:vMerge) and whose cells line up with the row
 *    above is the same row continued: its cells' content is added to the cells above, and it is no row of its own;
 *  - in a row with an empty first cell, cells that split the rest (e.g. gridSpan 2 + 2 where one cell spanned 4)
 *    are read as one cell, their content in order;
 *  - empty cells without any border at the end of a short row are LibreOffice's padding to the full grid (where Word
 *    writes w:gridAfter): not cells of the row.
 * The element list returned beside each row names, for each cell, the w:tc the adapter writes into (for a
 * folded or split cell, the first one).
 */
import type { DocCell, DocRow } from "../../domain/document-model";
import { controlContent } from "./content-control";
import { childElements, childVal, firstW, isW, W_NS, wAttr } from "./ooxml";
import type { XmlElement } from "./xml-tree";

export interface XmlCell {
  cell: XmlElement;
  /** The cell-level content control around the w:tc, when there is one. */
  wrapper: XmlElement | null;
}

export interface TableRows {
  rows: DocRow[];
  elements: XmlCell[][];
  /** Cells whose content, as read, goes on in other w:tc (a row below, split cells beside): a write to one alone is refused. */
  continued: XmlCell[];
}

interface Placed {
  element: XmlCell;
  model: DocCell;
  start: number;
  span: number;
  merge: "restart" | "continue" | null;
}

export function readTableRows(table: XmlElement, readCell: (cell: XmlCell, continuation: boolean) => DocCell): TableRows {
  const rows: DocRow[] = [];
  const elements: XmlCell[][] = [];
  const continued: XmlCell[] = [];
  let previous: Placed[] | null = null;
  for (const row of rowElements(table)) {
    if (isDeletedRow(row)) continue;
    let column = gridBefore(row);
    const placed: Placed[] = withoutPadding(cellElements(row)).map((xml) => {
      const merge = verticalMerge(xml.cell);
      const model = readCell(xml, merge === "continue");
      const entry = { element: xml, model, start: column, span: model.gridSpan, merge };
      column += model.gridSpan;
      return entry;
    });
    if (previous && continuesRowAbove(placed, previous)) {
      placed.forEach((entry, index) => {
        const above = previous![index]!;
        if (entry.merge !== "continue" && !isBlank(entry.model)) {
          above.model.blocks.push(...entry.model.blocks);
          continued.push(above.element);
        }
      });
      continue;
    }
    const folded = foldSplitCells(placed);
    if (folded !== placed) continued.push(folded[1]!.element);
    rows.push({ cells: folded.map((entry) => entry.model) });
    elements.push(folded.map((entry) => entry.element));
    previous = folded;
  }
  return { rows, elements, continued };
}

/** A short row (at most three cells besides the padding) only: a full item row keeps an empty borderless cell of its own. */
const MAX_CELLS_BEFORE_PADDING = 3;

function withoutPadding(cells: XmlCell[]): XmlCell[] {
  let end = cells.length;
  while (end > 0 && isPaddingCell(cells[end - 1]!.cell)) end -= 1;
  return end < cells.length && end <= MAX_CELLS_BEFORE_PADDING ? cells.slice(0, end) : cells;
}

/** No text, no border on any side (LibreOffice: w:tcBorders with top, left, bottom and right all "nil"). */
function isPaddingCell(cell: XmlElement): boolean {
  const properties = firstW(cell, "tcPr");
  const borders = properties ? firstW(properties, "tcBorders") : null;
  if (!borders) return false;
  const none = (side: string, alias: string): boolean => {
    const border = firstW(borders, side) ?? firstW(borders, alias);
    return border !== null && ["nil", "none"].includes(wAttr(border, "val") ?? "");
  };
  if (!(none("top", "top") && none("bottom", "bottom") && none("left", "start") && none("right", "end"))) return false;
  return (cell.textContent ?? "").trim() === "" && cell.getElementsByTagNameNS(W_NS, "tbl").length === 0;
}

/** The row's first cell continues a merge begun above, and its cells sit in the same grid columns as the row above's. */
function continuesRowAbove(row: readonly Placed[], above: readonly Placed[]): boolean {
  const first = row[0];
  if (!first || first.merge !== "continue" || above[0]?.merge === null || row.length !== above.length) return false;
  return row.every((entry, index) => entry.start === above[index]!.start && entry.span === above[index]!.span);
}

/** [empty][a span 2][b span 2] → [empty][a+b span 4]: one narrative split into side-by-side cells. */
function foldSplitCells(row: Placed[]): Placed[] {
  if (row.length < 3 || row.length > 4 || !isBlank(row[0]!.model)) return row;
  const rest = row.slice(1);
  if (!rest.some((entry) => entry.span > 1)) return row;
  const withText = rest.filter((entry) => !isBlank(entry.model));
  const first = rest[0]!;
  const model: DocCell = {
    ...first.model,
    blocks: withText.length === 0 ? first.model.blocks : withText.flatMap((entry) => entry.model.blocks),
    gridSpan: rest.reduce((sum, entry) => sum + entry.span, 0),
  };
  return [row[0]!, { ...first, model, span: model.gridSpan }];
}

function isBlank(cell: DocCell): boolean {
  return cell.blocks.every((block) => block.kind === "paragraph" && block.text.trim() === "");
}

function isDeletedRow(row: XmlElement): boolean {
  const properties = firstW(row, "trPr");
  return properties !== null && firstW(properties, "del") !== null;
}

function gridBefore(row: XmlElement): number {
  const properties = firstW(row, "trPr");
  const value = Number(properties ? (childVal(properties, "gridBefore") ?? "0") : "0");
  return Number.isInteger(value) && value > 0 ? value : 0;
}

function verticalMerge(cell: XmlElement): Placed["merge"] {
  const properties = firstW(cell, "tcPr");
  const merge = properties ? firstW(properties, "vMerge") : null;
  if (!merge) return null;
  return wAttr(merge, "val") === "restart" ? "restart" : "continue";
}

/** w:tr elements of a table, including rows wrapped in content controls or custom XML. */
export function rowElements(table: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  const visit = (parent: XmlElement): void => {
    for (const child of childElements(parent)) {
      if (isW(child, "tr")) rows.push(child);
      else if (isW(child, "sdt")) {
        const content = controlContent(child);
        if (content) visit(content);
      } else if (isW(child, "customXml")) visit(child);
    }
  };
  visit(table);
  return rows;
}

/** w:tc elements of a row, with the cell-level content control wrapping each (when there is one). */
export function cellElements(row: XmlElement): XmlCell[] {
  const cells: XmlCell[] = [];
  const visit = (parent: XmlElement, wrapper: XmlElement | null): void => {
    for (const child of childElements(parent)) {
      if (isW(child, "tc")) cells.push({ cell: child, wrapper });
      else if (isW(child, "sdt")) {
        const content = controlContent(child);
        if (content) visit(content, child);
      } else if (isW(child, "customXml")) visit(child, wrapper);
    }
  };
  visit(row, null);
  return cells;
}
