/**
 * What the document view draws, taken from the simulator after every round trip (simulator.onChange): the document
 * as a DocModel, the selection and the round-trip counters. Changes are coalesced to one redraw per animation frame,
 * so an operation of several syncs redraws once it settles rather than once per sync. Blocks that did not change keep
 * their identity from one view to the next (shared-blocks.ts), so the view redraws only what changed.
 */
import { useEffect, useState } from "react";
import type { DocModel } from "../domain/document-model";
import type { SimulatedSelection, SimulatedWord } from "../simulator";
import { shareUnchangedBlocks, type SharedModel } from "./shared-blocks";

export interface SimulatorView {
  model: DocModel;
  selection: SimulatedSelection;
  syncs: number;
  runs: number;
  /** Round trips of the last completed Word.run (null before the first). */
  lastRunSyncs: number | null;
}

function snapshot(simulator: SimulatedWord, previous: SharedModel | null): SimulatorView & { shared: SharedModel } {
  const { stats } = simulator;
  const shared = shareUnchangedBlocks(previous, simulator.exportModel());
  return {
    shared,
    model: shared.model,
    selection: simulator.selection(),
    syncs: stats.syncs,
    runs: stats.runs,
    lastRunSyncs: stats.syncsPerRun.at(-1) ?? null,
  };
}

export function useSimulatorView(simulator: SimulatedWord): SimulatorView {
  const [view, setView] = useState(() => snapshot(simulator, null));
  useEffect(() => {
    // Another simulator (the document was reopened): blocks equal to the previous document's are still shared.
    setView((previous) => snapshot(simulator, previous.shared));
    let frame: number | null = null;
    const redraw = (): void => {
      frame = null;
      setView((previous) => snapshot(simulator, previous.shared));
    };
    const unsubscribe = simulator.onChange(() => {
      frame ??= requestAnimationFrame(redraw);
    });
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [simulator]);
  return view;
}
