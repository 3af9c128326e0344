/**
 * Word.TableRow (WordApi 1.3). Property descriptions quote @types/office-js.
 */
import { isAttached, type RowNode } from "../tree";
import { SimClientObject, type Scalar } from "./client-object";
import { SimTable } from "./table";
import { SimTableCellCollection } from "./table-collection";
import { cellValue, parseShading, setValues } from "./table-values";

const ROW_SCALARS: Readonly<Record<string, Scalar<RowNode>>> = {
  /** "Gets the number of cells in the row." */
  cellCount: { read: (row) => row.cells.length },
  /** "Gets the index of the row in its parent table." */
  rowIndex: { read: (row) => row.parent?.rows.indexOf(row) ?? -1 },
  /** "Specifies the text values in the row, as a 2D JavaScript array." */
  values: { read: (row, host) => [row.cells.map((cell) => cellValue(cell, host))] },
  /** "Specifies the shading color." A row whose cells differ reads as the unshaded value. */
  shadingColor: {
    read: (row, host) => {
      const first = row.cells[0]?.shading ?? null;
      return host.readShading(row.cells.every((cell) => cell.shading === first) ? first : null);
    },
  },
  /** "Checks whether the row is a header row." */
  isHeader: { read: (row) => (row.parent ? row.parent.rows.indexOf(row) < row.parent.headerRowCount : false) },
};

export class SimTableRow extends SimClientObject<RowNode> {
  protected readonly _typeName = "TableRow";

  get cellCount(): number {
    return this._get("cellCount");
  }

  get rowIndex(): number {
    return this._get("rowIndex");
  }

  get values(): string[][] {
    return this._get("values");
  }
  set values(value: string[][]) {
    this._setScalar("values", value, (row, values) => setValues(this._host, [row.cells], values, "TableRow.values"));
  }

  get shadingColor(): string {
    return this._get("shadingColor");
  }
  /** Setting the row's shading shades every cell of the row. */
  set shadingColor(value: string) {
    this._setScalar("shadingColor", value, (row, colour) => {
      const shading = parseShading(colour, "TableRow.shadingColor");
      for (const cell of row.cells) this._host.setShading(cell, shading);
    });
  }

  get isHeader(): boolean {
    return this._get("isHeader");
  }

  /** "Gets cells." */
  get cells(): SimTableCellCollection {
    return this._cached("cells", () => new SimTableCellCollection(this.context, this._child("cells", (row) => ({ all: () => [...row.cells], stale: () => !isAttached(row, this._host.root) }))));
  }

  /** "Gets parent table." */
  get parentTable(): SimTable {
    return this._cached("parentTable", () => new SimTable(this.context, this._child("parentTable", (row) => row.parent)));
  }

  /** "Deletes the entire row." */
  delete(): void {
    this._queue("TableRow.delete()", (row) => this._host.deleteRow(row, "TableRow.delete"));
  }

  /** "Gets the next row. Throws an `ItemNotFound` error if this row is the last one." */
  getNext(): SimTableRow {
    return new SimTableRow(this.context, this._child("getNext()", (row) => nextRow(row)));
  }

  getNextOrNullObject(): SimTableRow {
    return new SimTableRow(this.context, this._child("getNextOrNullObject()", (row) => nextRow(row), { nullable: true }));
  }

  protected _scalars(): Readonly<Record<string, Scalar<RowNode>>> {
    return ROW_SCALARS;
  }

  protected override _navigationNames(): readonly string[] {
    return ["cells", "parentTable"];
  }

  protected override _isStale(row: RowNode): boolean {
    return !isAttached(row, this._host.root);
  }
}

function nextRow(row: RowNode): RowNode | null {
  const rows = row.parent?.rows ?? [];
  return rows[rows.indexOf(row) + 1] ?? null;
}
