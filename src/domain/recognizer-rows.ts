/**
 * The rows of one action table, classified: header, item (its five field cells, possibly from two rows),
 * status row, empty row, or a row that cannot be interpreted. Every row ends up in exactly one class.
 */
import type { CellAddress, DocCell, DocRow, DocTable } from "./document-model";
import type { ItemField } from "./plan";

export interface FieldCell {
  address: CellAddress;
  cell: DocCell;
}

export type ItemRowFields = Partial<Record<Exclude<ItemField, "status">, FieldCell>>;

export type RowClass =
  | { kind: "header"; row: number; lostFirstCell: boolean }
  | { kind: "item"; row: number; fields: ItemRowFields; idCellMissing: boolean; mergedFrom?: [number, number] }
  | { kind: "status"; row: number; field: FieldCell }
  | { kind: "empty"; row: number }
  | { kind: "uninterpretable"; row: number; cellCount: number };

const ROW_FIELDS = ["id", "action", "milestone", "periodic", "completed"] as const;

export function classifyRows(table: DocTable, tableIndex: number): RowClass[] {
  const classes: RowClass[] = [];
  const rows = table.rows;
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r]!;
    if (isHeaderRow(row)) {
      classes.push({ kind: "header", row: r, lostFirstCell: row.cells.length < 5 || isBlankCell(row.cells[0]!) });
    } else if (isStatusShape(row)) {
      const spanning = row.cells.length === 1 ? 0 : 1;
      classes.push({ kind: "status", row: r, field: { address: { table: tableIndex, row: r, cell: spanning }, cell: row.cells[spanning]! } });
    } else if (row.cells.every(isBlankCell)) {
      classes.push({ kind: "empty", row: r });
    } else if (row.cells.length === 5) {
      classes.push({ kind: "item", row: r, fields: fieldsOf([[r, row, 0]], tableIndex), idCellMissing: false });
    } else if (row.cells.length === 4) {
      // A row that lost its number cell (Word: a row starting one grid column in): the four cells are action…completed.
      classes.push({ kind: "item", row: r, fields: fieldsOf([[r, row, 1]], tableIndex), idCellMissing: true });
    } else if (row.cells.length < 4 && canMergeWithNext(rows, r)) {
      // A row split in two (e.g. by a footnote): its cells and the next row's make one five-cell item row.
      const next = rows[r + 1]!;
      classes.push({ kind: "item", row: r, fields: fieldsOf([[r, row, 0], [r + 1, next, row.cells.length]], tableIndex), idCellMissing: false, mergedFrom: [r, r + 1] });
      r += 1;
    } else {
      classes.push({ kind: "uninterpretable", row: r, cellCount: row.cells.length });
    }
  }
  return classes;
}

/** "Action Item | Action | Milestone | Periodic goals met | Completed", with or without its first cell. */
export function isHeaderRow(row: DocRow): boolean {
  if (row.cells.length < 3 || row.cells.length > 6) return false;
  // Header cells are one short paragraph each: reading only first paragraphs keeps this cheap on long item rows.
  const names = row.cells.map((c) => {
    const first = c.blocks[0];
    return first?.kind === "paragraph" && first.text.length < 40 ? first.text.trim().toLowerCase().replace(/\s+/g, " ") : "";
  });
  return names.includes("action") && names.includes("milestone") && names.some((n) => n.startsWith("completed"));
}

/** A status row: an empty first cell and one narrative cell (spanning the other columns), or a single spanning cell. */
function isStatusShape(row: DocRow): boolean {
  if (row.cells.length === 1) return row.cells[0]!.gridSpan > 1;
  return row.cells.length === 2 && isBlankCell(row.cells[0]!);
}

function isBlankCell(cell: DocCell): boolean {
  return cell.blocks.every((block) => block.kind === "paragraph" && block.text.trim() === "");
}

function canMergeWithNext(rows: readonly DocRow[], r: number): boolean {
  const row = rows[r]!;
  const next = rows[r + 1];
  if (!next || row.cells.length + next.cells.length !== 5) return false;
  return !isHeaderRow(next) && !isStatusShape(next);
}

/** Assigns field names to cells in column order; `firstField` is the field index of the part's first cell. */
function fieldsOf(parts: [number, DocRow, number][], tableIndex: number): ItemRowFields {
  const fields: ItemRowFields = {};
  for (const [rowIndex, row, firstField] of parts) {
    row.cells.forEach((cell, c) => {
      const field = ROW_FIELDS[firstField + c];
      if (field) fields[field] = { address: { table: tableIndex, row: rowIndex, cell: c }, cell };
    });
  }
  return fields;
}
