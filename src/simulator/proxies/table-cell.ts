/**
 * Word.TableCell (WordApi 1.3). Property descriptions quote @types/office-js.
 */
import { isAttached, type CellNode } from "../tree";
import { SimClientObject, type Scalar } from "./client-object";
import { SimBody } from "./body";
import { SimTable } from "./table";
import { SimTableRow } from "./table-row";
import { cellValue, parseShading, setCellValue } from "./table-values";

const CELL_SCALARS: Readonly<Record<string, Scalar<CellNode>>> = {
  /** "Specifies the text of the cell." */
  value: { read: (cell, host) => cellValue(cell, host) },
  /** "Specifies the shading color of the cell. Color is specified in "#RRGGBB" format or by using the color name." */
  shadingColor: { read: (cell, host) => host.readShading(cell.shading) },
  /** "Gets the index of the cell's row in the table." */
  rowIndex: { read: (cell) => (cell.parent?.parent ? cell.parent.parent.rows.indexOf(cell.parent) : -1) },
  /** "Gets the index of the cell in its row." */
  cellIndex: { read: (cell) => cell.parent?.cells.indexOf(cell) ?? -1 },
};

export class SimTableCell extends SimClientObject<CellNode> {
  protected readonly _typeName = "TableCell";

  get value(): string {
    return this._get("value");
  }
  set value(text: string) {
    this._setScalar("value", text, (cell, value) => setCellValue(this._host, cell, value, "TableCell.value"));
  }

  get shadingColor(): string {
    return this._get("shadingColor");
  }
  set shadingColor(colour: string) {
    this._setScalar("shadingColor", colour, (cell, value) => this._host.setShading(cell, parseShading(value, "TableCell.shadingColor")));
  }

  get rowIndex(): number {
    return this._get("rowIndex");
  }

  get cellIndex(): number {
    return this._get("cellIndex");
  }

  /** "Gets the `Body` object of the cell." */
  get body(): SimBody {
    return this._cached("body", () => new SimBody(this.context, this._child("body", (cell) => cell)));
  }

  /** "Gets the parent row of the cell." */
  get parentRow(): SimTableRow {
    return this._cached("parentRow", () => new SimTableRow(this.context, this._child("parentRow", (cell) => cell.parent)));
  }

  /** "Gets the parent table of the cell." */
  get parentTable(): SimTable {
    return this._cached("parentTable", () => new SimTable(this.context, this._child("parentTable", (cell) => cell.parent?.parent ?? null)));
  }

  /** "Deletes the row containing this cell." */
  deleteRow(): void {
    this._queue("TableCell.deleteRow()", (cell) => {
      if (cell.parent) this._host.deleteRow(cell.parent, "TableCell.deleteRow");
    });
  }

  /** "Gets the next cell. Throws an `ItemNotFound` error if this cell is the last one." (continues on the next row) */
  getNext(): SimTableCell {
    return new SimTableCell(this.context, this._child("getNext()", (cell) => nextCell(cell)));
  }

  getNextOrNullObject(): SimTableCell {
    return new SimTableCell(this.context, this._child("getNextOrNullObject()", (cell) => nextCell(cell), { nullable: true }));
  }

  protected _scalars(): Readonly<Record<string, Scalar<CellNode>>> {
    return CELL_SCALARS;
  }

  protected override _navigationNames(): readonly string[] {
    return ["body", "parentRow", "parentTable"];
  }

  protected override _isStale(cell: CellNode): boolean {
    return !isAttached(cell, this._host.root);
  }
}

function nextCell(cell: CellNode): CellNode | null {
  const row = cell.parent;
  if (!row) return null;
  const inRow = row.cells[row.cells.indexOf(cell) + 1];
  if (inRow) return inRow;
  const rows = row.parent?.rows ?? [];
  return rows[rows.indexOf(row) + 1]?.cells[0] ?? null;
}
