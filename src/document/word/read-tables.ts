/**
 * Reading the whole document in ONE round trip: two collection loads queued before a single sync.
 * Only what the engine needs is loaded: paragraph text/style/outline level/nesting level, cell shading,
 * cell paragraph text and the tags/titles of content controls. `snapshotDocument` keeps the loaded proxies
 * of the top-level cells so that a write in the next batch targets them without loading anything again.
 */
import type { CellAddress, DocModel } from "../../domain/document-model";
import { assembleModel, cleanText, normalizeColour, type RawCell, type RawParagraph, type RawTable } from "./assemble-model";

const PARAGRAPH_LOAD = "items/text,items/style,items/outlineLevel,items/tableNestingLevel";
const TABLE_LOAD = [
  "items/nestingLevel",
  "items/rows/items/cells/items/shadingColor",
  "items/rows/items/cells/items/body/paragraphs/items/text",
  "items/rows/items/cells/items/body/paragraphs/items/tableNestingLevel",
  "items/rows/items/cells/items/body/contentControls/items/id",
  "items/rows/items/cells/items/body/contentControls/items/tag",
  "items/rows/items/cells/items/body/contentControls/items/title",
  "items/rows/items/cells/items/body/contentControls/items/color",
].join(",");

export interface QueuedDocumentLoad {
  paragraphs: Word.ParagraphCollection;
  tables: Word.TableCollection;
}

/** Queues the loads; the caller syncs (once, together with whatever else its first batch needs). */
export function queueDocumentLoad(context: Word.RequestContext): QueuedDocumentLoad {
  const body = context.document.body;
  const paragraphs = body.paragraphs.load(PARAGRAPH_LOAD);
  const tables = body.tables.load(TABLE_LOAD);
  return { paragraphs, tables };
}

export interface CellHandle {
  cell: Word.TableCell;
  /** Every content control in the cell (loaded: id, tag, title, color), outermost first. */
  controls: Word.ContentControl[];
  /** The add-in's field control of the cell, when it has one. */
  fieldControl: Word.ContentControl | null;
}

export interface DocumentSnapshot {
  model: DocModel;
  /** Loaded proxies of the top-level tables' cells: cells[table][row][cell]. */
  cells: CellHandle[][][];
  /** Proxies of the top-level tables, in CellAddress.table order. */
  tables: Word.Table[];
}

/** Call after the sync that followed `queueDocumentLoad`. */
export function snapshotDocument(loaded: QueuedDocumentLoad): DocumentSnapshot {
  const paragraphs: RawParagraph[] = loaded.paragraphs.items.map((paragraph) => ({
    text: paragraph.text,
    style: paragraph.style,
    outlineLevel: paragraph.outlineLevel,
    tableNestingLevel: paragraph.tableNestingLevel,
  }));
  const tables: RawTable[] = loaded.tables.items.map((table) => ({
    nestingLevel: table.nestingLevel,
    rows: table.rows.items.map((row) => row.cells.items.map((cell) => rawCell(cell))),
  }));
  const assembled = assembleModel(paragraphs, tables);
  const topTables = assembled.topLevelTables.map((index) => loaded.tables.items[index]!);
  const cells = topTables.map((table, tableIndex) =>
    table.rows.items.map((row, rowIndex) =>
      row.cells.items.map((cell, cellIndex) => {
        const controls = cell.body.contentControls.items;
        const fieldIndex = assembled.fieldControlIndex[tableIndex]?.[rowIndex]?.[cellIndex] ?? -1;
        return { cell, controls, fieldControl: controls[fieldIndex] ?? null };
      }),
    ),
  );
  return { model: assembled.model, cells, tables: topTables };
}

export function handleAt(snapshot: DocumentSnapshot, address: CellAddress): CellHandle | undefined {
  return snapshot.cells[address.table]?.[address.row]?.[address.cell];
}

function rawCell(cell: Word.TableCell): RawCell {
  return {
    shading: normalizeColour(cell.shadingColor),
    paragraphs: cell.body.paragraphs.items.map((paragraph) => ({ text: cleanText(paragraph.text), tableNestingLevel: paragraph.tableNestingLevel })),
    controls: cell.body.contentControls.items.map((control) => ({ id: control.id, tag: control.tag, title: control.title, color: control.color })),
  };
}
