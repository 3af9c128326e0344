/**
 * What the document view draws, taken from the simulator after every round trip (simulator.onChange): the document
 * as a DocModel, the selection and the round-trip counters. Changes are coalesced to one redraw per animation frame,
 * so an operation of several syncs redraws once it settles rather than once per sync.
 */
import { useEffect, useState } from "react";
import type { DocModel } from "../domain/document-model";
import type { SimulatedSelection, SimulatedWord } from "../simulator";

export interface SimulatorView {
  model: DocModel;
  selection: SimulatedSelection;
  syncs: number;
  runs: number;
  /** Round trips of the last completed Word.run (null before the first). */
  lastRunSyncs: number | null;
}

function snapshot(simulator: SimulatedWord): SimulatorView {
  const { stats } = simulator;
  return {
    model: simulator.exportModel(),
    selection: simulator.selection(),
    syncs: stats.syncs,
    runs: stats.runs,
    lastRunSyncs: stats.syncsPerRun.at(-1) ?? null,
  };
}

export function useSimulatorView(simulator: SimulatedWord): SimulatorView {
  const [view, setView] = useState(() => snapshot(simulator));
  useEffect(() => {
    setView(snapshot(simulator));
    let frame: number | null = null;
    const redraw = (): void => {
      frame = null;
      setView(snapshot(simulator));
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
