/**
 * Word.Table (WordApi 1.3). Property descriptions quote @types/office-js.
 */
import { invalidArgument } from "../errors";
import type { RangeTarget } from "../ranges";
import { childTables, enclosingBody, isAttached, nearestCell, nearestControl, nearestTable, tableNestingLevel, type CellNode, type TableNode } from "../tree";
import { SimClientObject, type Scalar } from "./client-object";
import { SimBody } from "./body";
import { SimContentControl } from "./content-control";
import { checkLocation, checkText, insertParagraphBeside } from "./editing";
import { SimParagraph } from "./paragraph";
import { SimRange } from "./range";
import { checkSelectionMode, type SelectionModeArgument } from "./selection-mode";
import { SimTableCell } from "./table-cell";
import { SimTableCollection, SimTableRowCollection } from "./table-collection";
import { cellValue, parseShading, setValues } from "./table-values";

const TABLE_SCALARS: Readonly<Record<string, Scalar<TableNode>>> = {
  /** "Gets the number of rows in the table." */
  rowCount: { read: (table) => table.rows.length },
  /** "Specifies the text values in the table, as a 2D JavaScript array." */
  values: { read: (table, host) => table.rows.map((row) => row.cells.map((cell) => cellValue(cell, host))) },
  /** "Gets the nesting level of the table. Top-level tables have level 1." */
  nestingLevel: { read: (table) => tableNestingLevel(table) + 1 },
  /** "Specifies the shading color." */
  shadingColor: { read: (table, host) => host.readShading(table.shading) },
  /** "Specifies the number of header rows." */
  headerRowCount: { read: (table) => table.headerRowCount },
  /** "Indicates whether all of the table rows are uniform." */
  isUniform: { read: (table) => table.rows.every((row) => row.cells.length === table.rows[0]?.cells.length && row.cells.every((cell) => cell.gridSpan === 1)) },
};

export class SimTable extends SimClientObject<TableNode> {
  protected readonly _typeName = "Table";

  get rowCount(): number {
    return this._get("rowCount");
  }

  get values(): string[][] {
    return this._get("values");
  }
  set values(value: string[][]) {
    this._setScalar("values", value, (table, values) => setValues(this._host, table.rows.map((row) => row.cells), values, "Table.values"));
  }

  get nestingLevel(): number {
    return this._get("nestingLevel");
  }

  get shadingColor(): string {
    return this._get("shadingColor");
  }
  set shadingColor(value: string) {
    this._setScalar("shadingColor", value, (table, colour) => this._host.setTableShading(table, parseShading(colour, "Table.shadingColor")));
  }

  get headerRowCount(): number {
    return this._get("headerRowCount");
  }
  set headerRowCount(value: number) {
    this._setScalar("headerRowCount", value, (table, count) => {
      if (!Number.isInteger(count) || count < 0 || count > table.rows.length) throw invalidArgument("Table.headerRowCount", "Not a valid number of rows.");
      table.headerRowCount = count;
    });
  }

  get isUniform(): boolean {
    return this._get("isUniform");
  }

  /** "Gets all of the table rows." */
  get rows(): SimTableRowCollection {
    return this._cached("rows", () => new SimTableRowCollection(this.context, this._child("rows", (table) => ({ all: () => [...table.rows], stale: () => !isAttached(table, this._host.root) }))));
  }

  /** "Gets the child tables nested one level deeper." */
  get tables(): SimTableCollection {
    return this._cached("tables", () => new SimTableCollection(this.context, this._child("tables", (table) => ({ all: () => childTables(table), stale: () => !isAttached(table, this._host.root) }))));
  }

  /** "Gets the table cell that contains this table. Throws an `ItemNotFound` error if it isn't contained in a table cell." */
  get parentTableCell(): SimTableCell {
    return this._cached("parentTableCell", () => new SimTableCell(this.context, this._child("parentTableCell", (table) => nearestCell(table))));
  }

  get parentTableCellOrNullObject(): SimTableCell {
    return this._cached("parentTableCellOrNullObject", () => new SimTableCell(this.context, this._child("parentTableCellOrNullObject", (table) => nearestCell(table), { nullable: true })));
  }

  /** "Gets the table that contains this table. Throws an `ItemNotFound` error if it isn't contained in a table." */
  get parentTable(): SimTable {
    return this._cached("parentTable", () => new SimTable(this.context, this._child("parentTable", (table) => nearestTable(table))));
  }

  get parentTableOrNullObject(): SimTable {
    return this._cached("parentTableOrNullObject", () => new SimTable(this.context, this._child("parentTableOrNullObject", (table) => nearestTable(table), { nullable: true })));
  }

  /** "Gets the content control that contains the table. Throws an `ItemNotFound` error if there isn't a parent content control." */
  get parentContentControl(): SimContentControl {
    return this._cached("parentContentControl", () => new SimContentControl(this.context, this._child("parentContentControl", (table) => nearestControl(table, false))));
  }

  get parentContentControlOrNullObject(): SimContentControl {
    return this._cached(
      "parentContentControlOrNullObject",
      () => new SimContentControl(this.context, this._child("parentContentControlOrNullObject", (table) => nearestControl(table, false), { nullable: true })),
    );
  }

  /** "Gets the parent body of the table." */
  get parentBody(): SimBody {
    return this._cached("parentBody", () => new SimBody(this.context, this._child("parentBody", (table) => enclosingBody(table))));
  }

  /** "Gets the table cell at a specified row and column. Throws an `ItemNotFound` error if the specified table cell doesn't exist." */
  getCell(rowIndex: number, cellIndex: number): SimTableCell {
    return new SimTableCell(this.context, this._child(`getCell(${rowIndex}, ${cellIndex})`, (table) => cellAt(table, rowIndex, cellIndex)));
  }

  getCellOrNullObject(rowIndex: number, cellIndex: number): SimTableCell {
    return new SimTableCell(this.context, this._child(`getCellOrNullObject(${rowIndex}, ${cellIndex})`, (table) => cellAt(table, rowIndex, cellIndex), { nullable: true }));
  }

  /** "Gets the range that contains this table, or the range at the start or end of the table." */
  getRange(rangeLocation: Word.RangeLocation.whole | Word.RangeLocation.start | Word.RangeLocation.end | Word.RangeLocation.after | "Whole" | "Start" | "End" | "After" = "Whole"): SimRange {
    return new SimRange(
      this.context,
      this._child(`getRange(${rangeLocation})`, (table): RangeTarget => {
        const where = checkLocation(rangeLocation, ["Whole", "Start", "End", "After"] as const, "Table.getRange");
        return where === "Whole" ? { kind: "blocks", first: table, last: table } : { kind: "point", anchor: table, edge: where === "Start" ? "before" : "after" };
      }),
    );
  }

  /** "Clears the contents of the table." Every cell keeps one empty paragraph. */
  clear(): void {
    this._queue("Table.clear()", (table) => {
      for (const row of table.rows) for (const cell of row.cells) this._host.clear(cell, "Table.clear");
    });
  }

  /** "Deletes the entire table." */
  delete(): void {
    this._queue("Table.delete()", (table) => this._host.removeBlocks([table], "Table.delete"));
  }

  /** "Deletes specific rows." */
  deleteRows(rowIndex: number, rowCount = 1): void {
    this._queue(`Table.deleteRows(${rowIndex}, ${rowCount})`, (table) => {
      if (!Number.isInteger(rowIndex) || !Number.isInteger(rowCount) || rowIndex < 0 || rowCount < 1 || rowIndex + rowCount > table.rows.length) {
        throw invalidArgument("Table.deleteRows", "The rows to delete are outside the table.");
      }
      for (const row of table.rows.slice(rowIndex, rowIndex + rowCount)) this._host.deleteRow(row, "Table.deleteRows");
    });
  }

  /** "Inserts a content control on the table." */
  insertContentControl(): SimContentControl {
    return new SimContentControl(this.context, this._child("insertContentControl()", (table) => this._host.wrap(table, table, "Table.insertContentControl")));
  }

  /** "Inserts a paragraph at the specified location." Before or After the table. */
  insertParagraph(paragraphText: string, insertLocation: Word.InsertLocation.before | Word.InsertLocation.after | "Before" | "After"): SimParagraph {
    return new SimParagraph(
      this.context,
      this._child(`insertParagraph(…, ${insertLocation})`, (table) => {
        const where = checkLocation(insertLocation, ["Before", "After"] as const, "Table.insertParagraph");
        return insertParagraphBeside(this._host, table, checkText(paragraphText, "Table.insertParagraph"), where, "Table.insertParagraph");
      }),
    );
  }

  /** "Selects the table, or the position at the start or end of the table, and navigates the Word UI to it." */
  select(selectionMode?: SelectionModeArgument): void {
    this._queue("Table.select()", (table) => this._host.select({ kind: "blocks", first: table, last: table }, checkSelectionMode(selectionMode, "Table.select")));
  }

  protected _scalars(): Readonly<Record<string, Scalar<TableNode>>> {
    return TABLE_SCALARS;
  }

  protected override _navigationNames(): readonly string[] {
    return ["rows", "tables", "parentTableCell", "parentTableCellOrNullObject", "parentTable", "parentTableOrNullObject", "parentContentControl", "parentContentControlOrNullObject", "parentBody"];
  }

  protected override _isStale(table: TableNode): boolean {
    return !isAttached(table, this._host.root);
  }
}

function cellAt(table: TableNode, rowIndex: number, cellIndex: number): CellNode | null {
  return table.rows[rowIndex]?.cells[cellIndex] ?? null;
}
