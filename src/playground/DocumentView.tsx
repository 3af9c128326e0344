/**
 * The read-only view of the simulated document: the whole body drawn as a Word page, redrawn after every round
 * trip, with the selection outlined and scrolled into view whenever something selects (a new select() call).
 * A click in a table cell puts the simulated cursor there, as a click in Word would (for "Use the item at the cursor").
 */
import { useEffect, useRef, type MouseEvent } from "react";
import type { CellAddress, DocModel } from "../domain/document-model";
import type { SimulatedSelection } from "../simulator";
import { BlocksView } from "./BlocksView";
import { highlightOf } from "./document-highlight";
import { documentViewCss } from "./document-view-css";
import { playgroundStrings } from "./playground-strings";

interface DocumentViewProps {
  model: DocModel;
  selection: SimulatedSelection;
  /** The person clicked in a cell of a top-level table (a click in a nested table counts for the cell around it). */
  onPlaceCursor?: (address: CellAddress) => void;
  className?: string;
}

/** The top-level cell a click landed in, from the address TableView writes on it ("table.row.cell"). */
function clickedCell(target: EventTarget): CellAddress | null {
  if (!(target instanceof Element)) return null;
  const [table, row, cell] = (target.closest("td[data-cell]")?.getAttribute("data-cell") ?? "").split(".").map(Number);
  return table === undefined || row === undefined || cell === undefined || [table, row, cell].some(Number.isNaN) ? null : { table, row, cell };
}

export function DocumentView({ model, selection, onPlaceCursor, className }: DocumentViewProps) {
  const scroller = useRef<HTMLElement>(null);
  // One listener for the whole page: thousands of cells, and TableView stays free of handlers.
  const onClick = (event: MouseEvent<HTMLElement>): void => {
    const address = clickedCell(event.target);
    if (address && onPlaceCursor) onPlaceCursor(address);
  };

  useEffect(() => {
    if (selection.count === 0) return;
    const selected = scroller.current?.querySelector("[data-selected]");
    selected?.scrollIntoView({ block: "center", behavior: "auto" });
  }, [selection.count]);

  return (
    // Focusable so that keyboard users can scroll it (the document itself has nothing to tab to).
    <section ref={scroller} className={className} aria-label={playgroundStrings.documentRegion} tabIndex={0} onClick={onClick}>
      <style>{documentViewCss}</style>
      <div className="pg-page">
        <BlocksView blocks={model.blocks} highlight={highlightOf(selection)} topLevel />
      </div>
    </section>
  );
}
