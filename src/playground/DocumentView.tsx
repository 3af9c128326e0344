/**
 * The read-only view of the simulated document: the whole body drawn as a Word page, redrawn after every round
 * trip, with the selection outlined and scrolled into view whenever something selects (a new select() call).
 */
import { useEffect, useRef } from "react";
import type { DocModel } from "../domain/document-model";
import type { SimulatedSelection } from "../simulator";
import { BlocksView } from "./BlocksView";
import { highlightOf } from "./document-highlight";
import { documentViewCss } from "./document-view-css";
import { playgroundStrings } from "./playground-strings";

interface DocumentViewProps {
  model: DocModel;
  selection: SimulatedSelection;
  className?: string;
}

export function DocumentView({ model, selection, className }: DocumentViewProps) {
  const scroller = useRef<HTMLElement>(null);

  useEffect(() => {
    if (selection.count === 0) return;
    const selected = scroller.current?.querySelector("[data-selected]");
    selected?.scrollIntoView({ block: "center", behavior: "auto" });
  }, [selection.count]);

  return (
    // Focusable so that keyboard users can scroll it (the document itself has nothing to tab to).
    <section ref={scroller} className={className} aria-label={playgroundStrings.documentRegion} tabIndex={0}>
      <style>{documentViewCss}</style>
      <div className="pg-page">
        <BlocksView blocks={model.blocks} highlight={highlightOf(selection)} topLevel />
      </div>
    </section>
  );
}
