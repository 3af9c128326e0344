/**
 * A table of the document: cells with their shading (the item number cells' red boxes), horizontal spans, the
 * add-in's field control around a cell's content, nested tables. The selected cell is outlined.
 * For the end-to-end tests, `data-shading` carries each cell's fill as the document has it, and `data-cell` the
 * address ("table.row.cell", as CellAddress) of each cell of a top-level table.
 */
import { memo } from "react";
import type { DocCell, DocTable } from "../domain/document-model";
import { BlocksView } from "./BlocksView";
import { ControlBox } from "./ControlBox";
import { highlightInsideCell, sameHighlight, type DocumentHighlight } from "./document-highlight";

interface TableViewProps {
  table: DocTable;
  /** Index among top-level tables (CellAddress.table), null for a nested table. */
  tableIndex: number | null;
  highlight: DocumentHighlight;
}

/** Redrawn only when the table (shared-blocks.ts keeps unchanged ones) or the selection in it changed. */
export const TableView = memo(TableContent, (before, after) => before.table === after.table && before.tableIndex === after.tableIndex && sameHighlight(before.highlight, after.highlight));

function TableContent({ table, tableIndex, highlight }: TableViewProps) {
  const selected = tableIndex !== null && highlight.cell?.table === tableIndex ? highlight.cell : null;
  return (
    <table className="pg-table">
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.cells.map((cell, cellIndex) => (
              <CellView
                key={cellIndex}
                cell={cell}
                address={tableIndex === null ? undefined : `${tableIndex}.${rowIndex}.${cellIndex}`}
                selected={selected !== null && selected.row === rowIndex && selected.cell === cellIndex}
                highlight={highlight}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CellViewProps {
  cell: DocCell;
  /** "table.row.cell" for a cell of a top-level table. */
  address: string | undefined;
  selected: boolean;
  highlight: DocumentHighlight;
}

function CellView({ cell, address, selected, highlight }: CellViewProps) {
  const inside = highlightInsideCell(highlight, selected);
  const content = <BlocksView blocks={cell.blocks} highlight={inside} />;
  return (
    <td
      colSpan={cell.gridSpan > 1 ? cell.gridSpan : undefined}
      className={selected ? "pg-selected" : undefined}
      style={cell.shading ? { backgroundColor: cell.shading } : undefined}
      data-cell={address}
      data-shading={cell.shading ?? undefined}
      data-selected={selected || undefined}
    >
      {cell.control ? (
        <ControlBox tag={cell.control.tag} title={cell.control.title} selected={inside.tag === cell.control.tag}>
          {content}
        </ControlBox>
      ) : (
        content
      )}
    </td>
  );
}
