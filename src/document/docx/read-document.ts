/**
 * word/document.xml → the DocModel the recognizer reads, plus an index from each top-level table cell
 * address to its w:tc element so the write operations can find the cells the recognizer named.
 */
import type { ControlRef, DocBlock, DocCell, DocParagraph, DocRow, DocTable, DocModel } from "../../domain/document-model";
import { controlContent, isFieldControl, isForeignOurControl, ourControlRef, ownControlInCell } from "./content-control";
import { DocxError } from "./docx-error";
import { childElements, childVal, firstW, isW, MC_NS, W_NS, wAttr } from "./ooxml";
import { paragraphText, type FootnoteTexts } from "./paragraph-text";
import { cellShading } from "./shading";
import type { StyleTable } from "./styles";

/** w:tc elements of the top-level tables: `cells[table][row][cell]`, the same addressing as CellAddress. */
export interface CellIndex {
  cells: Element[][][];
}

export interface ReadDocument {
  model: DocModel;
  index: CellIndex;
}

interface Context {
  styles: StyleTable;
  footnotes: FootnoteTexts;
  /** The add-in's controls around the current position, innermost first. */
  controls: ControlRef[];
  /** Bookmarks that start between paragraphs: anchored at the start of the next paragraph. */
  pendingBookmarks: string[];
  /** Set while reading the top-level body; nested tables are not indexed. */
  index: CellIndex | null;
}

const TRANSPARENT_BLOCKS = new Set(["customXml", "ins", "moveTo"]);

export function readDocument(document: Document, styles: StyleTable, footnotes: FootnoteTexts): ReadDocument {
  const root = document.documentElement;
  const body = root && root.namespaceURI === W_NS ? firstW(root, "body") : null;
  if (!body) throw new DocxError("MalformedXml", "word/document.xml has no w:document/w:body: it is not a WordprocessingML document.");
  const index: CellIndex = { cells: [] };
  const context: Context = { styles, footnotes, controls: [], pendingBookmarks: [], index };
  return { model: { blocks: readBlocks(body, context, null) }, index };
}

/** The block-level content of a body, cell or content control. `skip` is a control read as the cell's own. */
function readBlocks(container: Element, context: Context, skip: Element | null): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const child of childElements(container)) {
    if (child.namespaceURI === MC_NS && child.localName === "AlternateContent") {
      const choice = childElements(child)[0];
      if (choice) blocks.push(...readBlocks(choice, context, skip));
      continue;
    }
    if (child.namespaceURI !== W_NS) continue;
    const name = child.localName;
    if (name === "p") blocks.push(readParagraph(child, context));
    else if (name === "tbl") blocks.push(readTable(child, context));
    else if (name === "sdt") blocks.push(...readControlBlocks(child, context, child === skip));
    else if (TRANSPARENT_BLOCKS.has(name)) blocks.push(...readBlocks(child, context, skip));
    else if (name === "bookmarkStart") {
      const bookmark = wAttr(child, "name");
      if (bookmark !== null) context.pendingBookmarks.push(bookmark);
    }
  }
  return blocks;
}

function readControlBlocks(sdt: Element, context: Context, isCellControl: boolean): DocBlock[] {
  const content = controlContent(sdt);
  if (!content) return [];
  const ref = isCellControl ? null : ourControlRef(sdt);
  if (!ref) return readBlocks(content, context, null);
  const saved = context.controls;
  context.controls = [ref, ...saved];
  try {
    return readBlocks(content, context, null);
  } finally {
    context.controls = saved;
  }
}

function readParagraph(element: Element, context: Context): DocParagraph {
  const { text, marks } = paragraphText(element, context.footnotes);
  const leading = context.pendingBookmarks.map((name) => ({ kind: "bookmark" as const, name, offset: 0 }));
  context.pendingBookmarks = [];
  const paragraph: DocParagraph = { kind: "paragraph", text };
  const properties = firstW(element, "pPr");
  const styleId = properties ? childVal(properties, "pStyle") : null;
  const style = styleId ? context.styles.get(styleId) : undefined;
  if (styleId) paragraph.style = style?.name ?? styleId;
  const directLevel = properties ? childVal(properties, "outlineLvl") : null;
  const level = directLevel !== null ? Number(directLevel) + 1 : style?.outlineLevel;
  if (level !== undefined && Number.isInteger(level) && level >= 1 && level <= 9) paragraph.outlineLevel = level;
  const allMarks = [...leading, ...marks];
  if (allMarks.length > 0) paragraph.marks = allMarks;
  if (context.controls.length > 0) paragraph.controls = context.controls;
  return paragraph;
}

function readTable(element: Element, context: Context): DocTable {
  const topLevel = context.index;
  const tableCells: Element[][] = [];
  if (topLevel) topLevel.cells.push(tableCells);
  context.index = null;
  try {
    const rows: DocRow[] = [];
    for (const row of rowElements(element)) {
      const cells: DocCell[] = [];
      const rowCells: Element[] = [];
      for (const { cell, wrapper } of cellElements(row)) {
        cells.push(readCell(cell, wrapper, context));
        rowCells.push(cell);
      }
      rows.push({ cells });
      tableCells.push(rowCells);
    }
    return { kind: "table", rows };
  } finally {
    context.index = topLevel;
  }
}

function readCell(cell: Element, wrapper: Element | null, context: Context): DocCell {
  const properties = firstW(cell, "tcPr");
  const span = Number(properties ? (childVal(properties, "gridSpan") ?? "1") : "1");
  // A newer add-in's control (tag "ap/2/…") is read as the cell's own too, so the shared field-cell rules report it
  // as a conflict instead of structure wrapping the cell a second time (docs/content-controls.md).
  const inner = ownControlInCell(cell);
  const own = wrapper && (isFieldControl(wrapper) || isForeignOurControl(wrapper)) ? wrapper : inner;
  const result: DocCell = {
    blocks: readBlocks(cell, context, inner),
    shading: cellShading(cell),
    gridSpan: Number.isInteger(span) && span > 0 ? span : 1,
  };
  const ref = own ? ourControlRef(own) : null;
  if (ref) result.control = ref;
  return result;
}

/** w:tr elements of a table, including rows wrapped in content controls or custom XML. */
export function rowElements(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (parent: Element): void => {
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
export function cellElements(row: Element): { cell: Element; wrapper: Element | null }[] {
  const cells: { cell: Element; wrapper: Element | null }[] = [];
  const visit = (parent: Element, wrapper: Element | null): void => {
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
