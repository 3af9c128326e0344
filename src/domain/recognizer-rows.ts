/**
 * The rows of one action table, classified: header, item (its five field cells, possibly from two rows),
 * status row, empty row, or a row that cannot be interpreted. Every row ends up in exactly one class.
 *
 * The header row says which column holds which field. The plan's own header ("Action Item | Action |
 * Milestone | Periodic goals met | Completed", or the same without its first cell) gives the standard reading.
 * A header whose columns differ (one deleted, one added, reordered) is matched by its texts, not by positions:
 * when it names the Action Item, Action and Milestone columns, the rows are read by its columns (a column it
 * lacks reads as empty); otherwise no row of the table can be read as an item and each is reported.
 */
import type { CellAddress, DocCell, DocRow, DocTable } from "./document-model";
import type { ItemField } from "./plan";

export interface FieldCell {
  address: CellAddress;
  cell: DocCell;
}

export type ColumnField = Exclude<ItemField, "status">;

export type ItemRowFields = Partial<Record<ColumnField, FieldCell>>;

/** The action table's columns as its header row names them. */
export interface HeaderColumns {
  /** The field each header cell names (null: a column that names no field, e.g. an added one). */
  fields: (ColumnField | null)[];
  /** Each header cell's text, as written (trimmed, spaces folded). */
  texts: string[];
  /** The standard header, with or without its first cell: rows are read as the plan lays them out. */
  standard: boolean;
  /** Fields no header cell names. */
  missing: ColumnField[];
  /** Header cells that name no field, or a field an earlier cell already names (0-based cell index). */
  extra: number[];
  /** Action Item, Action and Milestone are all named: the rows can be read by these columns. */
  readable: boolean;
}

export type RowClass =
  | { kind: "header"; row: number; lostFirstCell: boolean; columns: HeaderColumns }
  | { kind: "item"; row: number; fields: ItemRowFields; idCellMissing: boolean; mergedFrom?: [number, number] }
  | { kind: "status"; row: number; field: FieldCell }
  | { kind: "empty"; row: number }
  /** `columns` is set when the row is not read because of its table's columns (see HeaderColumns). */
  | { kind: "uninterpretable"; row: number; cellCount: number; columns?: HeaderColumns };

export const ROW_FIELDS = ["id", "action", "milestone", "periodic", "completed"] as const;

/** The column names of the plan's action tables, as its header row writes them. */
export const COLUMN_NAMES: Readonly<Record<ColumnField, string>> = {
  id: "Action Item",
  action: "Action",
  milestone: "Milestone",
  periodic: "Periodic goals met",
  completed: "Completed",
};

export function classifyRows(table: DocTable, tableIndex: number): RowClass[] {
  const classes: RowClass[] = [];
  const rows = table.rows;
  let layout: HeaderColumns | null = null;
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r]!;
    const header = readHeader(row);
    if (header) {
      layout = header.standard ? null : header;
      classes.push({ kind: "header", row: r, lostFirstCell: header.standard ? row.cells.length < 5 || isBlankCell(row.cells[0]!) : header.fields[0] === "id" && isBlankCell(row.cells[0]!), columns: header });
    } else if (layout && !layout.readable) {
      classes.push(row.cells.every(isBlankCell) ? { kind: "empty", row: r } : { kind: "uninterpretable", row: r, cellCount: row.cells.length, columns: layout });
    } else if (isStatusShape(row)) {
      const spanning = row.cells.length === 1 ? 0 : 1;
      classes.push({ kind: "status", row: r, field: { address: { table: tableIndex, row: r, cell: spanning }, cell: row.cells[spanning]! } });
    } else if (row.cells.every(isBlankCell)) {
      classes.push({ kind: "empty", row: r });
    } else if (layout) {
      r = classifyByHeader(rows, r, layout, tableIndex, classes);
    } else if (row.cells.length === 5) {
      classes.push({ kind: "item", row: r, fields: fieldsOf([[r, row, 0]], tableIndex), idCellMissing: false });
    } else if (row.cells.length === 4) {
      // A row that lost its number cell (Word: a row starting one grid column in): the four cells are action…completed.
      classes.push({ kind: "item", row: r, fields: fieldsOf([[r, row, 1]], tableIndex), idCellMissing: true });
    } else if (row.cells.length < 4 && canMergeWithNext(rows, r, 5)) {
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

/** A row of a table whose header is not the standard one: its cells are read by the header's columns. Returns the last row used. */
function classifyByHeader(rows: readonly DocRow[], r: number, layout: HeaderColumns, tableIndex: number, classes: RowClass[]): number {
  const row = rows[r]!;
  const width = layout.fields.length;
  if (row.cells.length === width) {
    classes.push({ kind: "item", row: r, fields: mappedFields([[r, row, 0]], layout, tableIndex), idCellMissing: false });
    return r;
  }
  if (row.cells.length < width && canMergeWithNext(rows, r, width)) {
    const next = rows[r + 1]!;
    classes.push({ kind: "item", row: r, fields: mappedFields([[r, row, 0], [r + 1, next, row.cells.length]], layout, tableIndex), idCellMissing: false, mergedFrom: [r, r + 1] });
    return r + 1;
  }
  classes.push({ kind: "uninterpretable", row: r, cellCount: row.cells.length, columns: layout });
  return r;
}

/** Does the row look like an action table's header (standard or not)? */
export function isHeaderRow(row: DocRow): boolean {
  return readHeader(row) !== null;
}

/**
 * The columns a header row names, or null when the row is no header: a header names at least three of the five
 * fields, one short paragraph per cell. The standard header also counts without its first cell.
 */
export function readHeader(row: DocRow): HeaderColumns | null {
  if (row.cells.length < 3 || row.cells.length > 8) return null;
  // Header cells are one short paragraph each: reading only first paragraphs keeps this cheap on long item rows.
  const texts = row.cells.map((c) => {
    const first = c.blocks[0];
    return first?.kind === "paragraph" && first.text.length < 40 ? first.text.trim().replace(/\s+/g, " ") : "";
  });
  const named = texts.map(fieldNamed);
  if (new Set(named.filter((field) => field !== null)).size < 3) return null;
  const fields: (ColumnField | null)[] = [];
  const extra: number[] = [];
  const seen = new Set<ColumnField>();
  named.forEach((field, index) => {
    if (field !== null && !seen.has(field)) {
      seen.add(field);
      fields.push(field);
    } else {
      fields.push(null);
      extra.push(index);
    }
  });
  // A first cell whose text was lost is the Action Item column when no other cell names it (the plan's own irregularity).
  if (fields[0] === null && texts[0] === "" && !seen.has("id")) {
    fields[0] = "id";
    seen.add("id");
    extra.shift();
  }
  const missing = ROW_FIELDS.filter((field) => !seen.has(field));
  const order = fields.join(",");
  const standard = order === ROW_FIELDS.join(",") || (row.cells.length === 4 && order === ROW_FIELDS.slice(1).join(","));
  return { fields, texts, standard, missing, extra, readable: seen.has("id") && seen.has("action") && seen.has("milestone") };
}

function fieldNamed(text: string): ColumnField | null {
  const name = text.toLowerCase();
  if (name.startsWith("action item") || /^items?\b/.test(name)) return "id";
  if (name === "action" || name === "actions" || name === "action(s)") return "action";
  if (name.startsWith("milestone")) return "milestone";
  if (name.startsWith("periodic")) return "periodic";
  if (name.startsWith("completed")) return "completed";
  return null;
}

/** "4 columns: "Periodic goals met" is missing" — what is wrong with a table's columns, in words. */
export function describeColumns(columns: HeaderColumns): string {
  const problems: string[] = [];
  if (columns.missing.length > 0) {
    const names = columns.missing.map((field) => `"${COLUMN_NAMES[field]}"`);
    problems.push(`${names.join(", ")} ${names.length === 1 ? "is" : "are"} missing`);
  }
  if (columns.extra.length > 0) {
    const names = columns.extra.map((index) => (columns.texts[index] === "" ? `an unnamed column (column ${index + 1})` : `"${columns.texts[index]}" (column ${index + 1})`));
    problems.push(`${names.join(", ")} ${names.length === 1 ? "is" : "are"} not a column of an action table`);
  }
  if (problems.length === 0) problems.push("they are not in the plan's order");
  const count = columns.fields.length;
  return `${count} columns${count === 5 ? "" : " instead of 5"} (${columns.texts.map((text) => text || "—").join(" | ")}): ${problems.join("; ")}`;
}

/** A status row: an empty first cell and one narrative cell (spanning the other columns), or a single spanning cell. */
function isStatusShape(row: DocRow): boolean {
  if (row.cells.length === 1) return row.cells[0]!.gridSpan > 1;
  return row.cells.length === 2 && isBlankCell(row.cells[0]!);
}

function isBlankCell(cell: DocCell): boolean {
  return cell.blocks.every((block) => block.kind === "paragraph" && block.text.trim() === "");
}

function canMergeWithNext(rows: readonly DocRow[], r: number, width: number): boolean {
  const row = rows[r]!;
  const next = rows[r + 1];
  if (!next || row.cells.length + next.cells.length !== width) return false;
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

/** Assigns field names to cells by the header's columns; `firstColumn` is the header column of the part's first cell. */
function mappedFields(parts: [number, DocRow, number][], layout: HeaderColumns, tableIndex: number): ItemRowFields {
  const fields: ItemRowFields = {};
  for (const [rowIndex, row, firstColumn] of parts) {
    row.cells.forEach((cell, c) => {
      const field = layout.fields[firstColumn + c];
      if (field) fields[field] = { address: { table: tableIndex, row: rowIndex, cell: c }, cell };
    });
  }
  return fields;
}
