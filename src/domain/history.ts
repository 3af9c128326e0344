/**
 * Validation history: what one run looked like (a snapshot small enough to keep locally), the
 * series the trend chart draws, and what changed between two runs. Pure.
 */
import { ITEM_STATES, type ItemState, type ValidationResult } from "./validation-types";

/** One item's state in a run. */
export interface RunItem {
  itemKey: string;
  /** Item number as written (null when the document had none, or the run predates numbers being kept). */
  itemId: string | null;
  state: ItemState;
}

/** A validation run as kept in the local history. */
export interface ValidationRun {
  /** Assigned by the store; increases with each recorded run. */
  id: number;
  documentKey: string;
  /** When the run happened: ISO instant, e.g. "2022-01-20T09:30:00.000Z". */
  at: string;
  /** The date the plan was judged as of ("YYYY-MM-DD"). */
  asOf: string;
  counts: Record<ItemState, number>;
  /** Every item, in document order. */
  items: RunItem[];
}

/** The run a validation result makes, before the store gives it an id. */
export function snapshotRun(documentKey: string, result: ValidationResult, at: Date): Omit<ValidationRun, "id"> {
  const counts = Object.fromEntries(ITEM_STATES.map((state) => [state, result.summary.states[state] ?? 0])) as Record<ItemState, number>;
  return {
    documentKey,
    at: at.toISOString(),
    asOf: result.summary.asOf,
    counts,
    items: result.items.map((item) => ({ itemKey: item.itemKey, itemId: item.itemId, state: item.state })),
  };
}

/** Oldest first, ties by id: the order a chart reads left to right. */
export function chronological(runs: readonly ValidationRun[]): ValidationRun[] {
  return [...runs].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
}

export interface TrendPoint {
  runId: number;
  at: string;
  asOf: string;
  jeopardy: number;
  attention: number;
  done: number;
  ok: number;
  /** All items of the run. */
  total: number;
}

/** One point per run, oldest first, with the counts the trend chart draws. */
export function trendSeries(runs: readonly ValidationRun[]): TrendPoint[] {
  return chronological(runs).map((run) => ({
    runId: run.id,
    at: run.at,
    asOf: run.asOf,
    jeopardy: run.counts.jeopardy,
    attention: run.counts.attention,
    done: run.counts.done,
    ok: run.counts.ok,
    total: ITEM_STATES.reduce((sum, state) => sum + run.counts[state], 0),
  }));
}

/** An item whose state moved between two runs. */
export interface StateChange {
  itemKey: string;
  itemId: string | null;
  /** State in the earlier run; null when the item was not in it (new item). */
  from: ItemState | null;
  /** State in the later run; null when the item is no longer in the plan. */
  to: ItemState | null;
}

export interface RunChanges {
  previousRunId: number;
  currentRunId: number;
  enteredJeopardy: StateChange[];
  leftJeopardy: StateChange[];
  enteredAttention: StateChange[];
  leftAttention: StateChange[];
}

/**
 * Items that entered or left jeopardy (and attention) from `previous` to `current`, by itemKey.
 * Each list is in the document order of `current`; items gone from the plan come last, in the
 * order of `previous`. An item going from attention to jeopardy is in leftAttention and enteredJeopardy.
 */
export function changesSince(previous: ValidationRun, current: ValidationRun): RunChanges {
  const before = new Map(previous.items.map((item) => [item.itemKey, item]));
  const currentKeys = new Set(current.items.map((item) => item.itemKey));
  const moves: StateChange[] = current.items.map((item) => ({
    itemKey: item.itemKey,
    itemId: item.itemId,
    from: before.get(item.itemKey)?.state ?? null,
    to: item.state,
  }));
  for (const item of previous.items) {
    if (!currentKeys.has(item.itemKey)) moves.push({ itemKey: item.itemKey, itemId: item.itemId, from: item.state, to: null });
  }
  const entered = (state: ItemState) => moves.filter((move) => move.to === state && move.from !== state);
  const left = (state: ItemState) => moves.filter((move) => move.from === state && move.to !== state);
  return {
    previousRunId: previous.id,
    currentRunId: current.id,
    enteredJeopardy: entered("jeopardy"),
    leftJeopardy: left("jeopardy"),
    enteredAttention: entered("attention"),
    leftAttention: left("attention"),
  };
}

/** Changes between the two latest runs (by time), or null when there are fewer than two. */
export function changesSinceLastRun(runs: readonly ValidationRun[]): RunChanges | null {
  const ordered = chronological(runs);
  const current = ordered.at(-1);
  const previous = ordered.at(-2);
  return current && previous ? changesSince(previous, current) : null;
}
