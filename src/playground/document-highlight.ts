/**
 * Where the simulator's selection is, in the terms the document view draws: the top-level cell holding it and the
 * tag of the innermost content control around it. Controls are highlighted only inside the selected cell when
 * there is one (a tag may be on several controls, e.g. in a copied row).
 */
import type { CellAddress } from "../domain/document-model";
import type { SimulatedSelection } from "../simulator";

export interface DocumentHighlight {
  cell: CellAddress | null;
  tag: string | null;
}

export const NO_HIGHLIGHT: DocumentHighlight = { cell: null, tag: null };

export function highlightOf(selection: SimulatedSelection): DocumentHighlight {
  return { cell: selection.cell, tag: selection.controlTags[0] ?? null };
}

/** The highlight inside one cell of a table: only the selected cell's content can hold the selected control. */
export function highlightInsideCell(highlight: DocumentHighlight, cellSelected: boolean): DocumentHighlight {
  if (highlight.cell === null) return highlight;
  return cellSelected ? { cell: null, tag: highlight.tag } : NO_HIGHLIGHT;
}

export function sameHighlight(a: DocumentHighlight, b: DocumentHighlight): boolean {
  return a.tag === b.tag && a.cell?.table === b.cell?.table && a.cell?.row === b.cell?.row && a.cell?.cell === b.cell?.cell;
}

/**
 * The highlight as one top-level table sees it: none when the selection is in another table, so that a table the
 * selection did not enter or leave is not redrawn.
 */
export function highlightForTable(highlight: DocumentHighlight, tableIndex: number | null): DocumentHighlight {
  if (highlight.cell === null || tableIndex === null || highlight.cell.table === tableIndex) return highlight;
  return NO_HIGHLIGHT;
}
