/**
 * Word.TableCollection, TableRowCollection and TableCellCollection: `items` after load, getFirst()/getFirstOrNullObject()
 * ("Gets the first table in this collection. Throws an `ItemNotFound` error if this collection is empty." — WordApi 1.3).
 */
import type { HostDocument } from "../host-document";
import { descendantTables, isAttached, type CellNode, type ContainerNode, type RowNode, type TableNode } from "../tree";
import type { Bound, Origin } from "./client-object";
import { SimCollection, type Listing } from "./collection";
import { SimTable } from "./table";
import { SimTableCell } from "./table-cell";
import { SimTableRow } from "./table-row";

/** Tables inside a body/cell/control in document order, nested tables included (filter on Table.nestingLevel for top-level ones). */
export function containerTables(host: HostDocument, container: ContainerNode): Listing<TableNode> {
  return { all: () => descendantTables(container.children), stale: () => !isAttached(container, host.root) };
}

export class SimTableCollection extends SimCollection<TableNode, SimTable> {
  protected readonly _typeName = "TableCollection";

  getFirst(): SimTable {
    return this._first(false);
  }

  getFirstOrNullObject(): SimTable {
    return this._first(true);
  }

  protected _makeItem(origin: Origin<TableNode> | Bound<TableNode>): SimTable {
    return new SimTable(this.context, origin);
  }
}

export class SimTableRowCollection extends SimCollection<RowNode, SimTableRow> {
  protected readonly _typeName = "TableRowCollection";

  /** "Gets the first row in this collection. Throws an `ItemNotFound` error if this collection is empty." */
  getFirst(): SimTableRow {
    return this._first(false);
  }

  getFirstOrNullObject(): SimTableRow {
    return this._first(true);
  }

  protected _makeItem(origin: Origin<RowNode> | Bound<RowNode>): SimTableRow {
    return new SimTableRow(this.context, origin);
  }
}

export class SimTableCellCollection extends SimCollection<CellNode, SimTableCell> {
  protected readonly _typeName = "TableCellCollection";

  /** "Gets the first table cell in this collection. Throws an `ItemNotFound` error if this collection is empty." */
  getFirst(): SimTableCell {
    return this._first(false);
  }

  getFirstOrNullObject(): SimTableCell {
    return this._first(true);
  }

  protected _makeItem(origin: Origin<CellNode> | Bound<CellNode>): SimTableCell {
    return new SimTableCell(this.context, origin);
  }
}
