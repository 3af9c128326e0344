/**
 * The simulated Word application: applies batches, counts round trips, injects faults between syncs, and runs
 * `Word.run` — "Executes a batch script that performs actions on the Word object model, using a new RequestContext."
 */
import { ErrorCode, SimulatedOfficeError } from "./errors";
import type { HostDocument } from "./host-document";
import type { ProxyObject } from "./proxies/client-object";
import { SimRequestContext, type QueuedAction } from "./request-context";
import type { Requirements } from "./requirements";

export interface SimulatorStats {
  /** context.sync() calls that reached the host (round trips), all runs together. */
  syncs: number;
  /** Word.run calls completed. */
  runs: number;
  /** Round trips of each completed Word.run, in completion order. */
  syncsPerRun: number[];
  /** Queued actions executed (loads, writes, instantiations). */
  actions: number;
}

/** Something a test does to the document between two syncs, e.g. a co-author deleting a row. */
export type Fault = () => void;

type Batch<T> = (context: SimRequestContext) => Promise<T>;
type PreviousObjects = ProxyObject | ProxyObject[] | SimRequestContext;

export class SimulatorRuntime {
  readonly stats: SimulatorStats = { syncs: 0, runs: 0, syncsPerRun: [], actions: 0 };
  private readonly faults: Fault[] = [];
  private readonly changeListeners = new Set<() => void>();
  private failure: SimulatedOfficeError | null = null;

  constructor(
    readonly host: HostDocument,
    readonly requirements: Requirements,
  ) {}

  beforeNextSync(fault: Fault): void {
    this.faults.push(fault);
  }

  failNextSync(error: SimulatedOfficeError): void {
    this.failure = error;
  }

  /** Calls `listener` after every round trip (applied or failed: either may have changed the document or the selection). */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** @internal Tells the change listeners; the simulator also calls it after `edit()`. */
  notifyChange(): void {
    for (const listener of [...this.changeListeners]) listener();
  }

  resetStats(): void {
    Object.assign(this.stats, { syncs: 0, runs: 0, syncsPerRun: [], actions: 0 });
  }

  /**
   * Word.run(batch) / Word.run(object, batch) / Word.run(objects, batch). Actions still queued when the batch's promise
   * resolves are applied by one more round trip, as office.js does when it releases the run's tracked objects.
   */
  async run<T>(first: Batch<T> | PreviousObjects, second?: Batch<T>): Promise<T> {
    const batch = (second ?? first) as Batch<T>;
    const context = second ? contextOf(first as PreviousObjects) : new SimRequestContext(this);
    const syncsBefore = context._syncs;
    context._runDepth += 1;
    try {
      const pending = batch(context) as unknown;
      if (!isPromiseLike(pending)) {
        throw new SimulatedOfficeError(
          ErrorCode.runMustReturnPromise,
          'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
          "Word.run",
        );
      }
      const result = await (pending as Promise<T>);
      if (context._queue.length > 0) await context.sync();
      return result;
    } finally {
      context._queue = [];
      context._runDepth -= 1;
      if (context._runDepth === 0) context._generation += 1;
      this.stats.runs += 1;
      this.stats.syncsPerRun.push(context._syncs - syncsBefore);
    }
  }

  /** @internal Applies one batch. Actions before a failing one stay applied; the rest are dropped (Office does not roll back). */
  execute(context: SimRequestContext, batch: QueuedAction[]): void {
    this.stats.syncs += 1;
    context._syncs += 1;
    this.applyFaults();
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      this.notifyChange();
      throw failure;
    }
    const traces: string[] = [];
    context._executing = true;
    try {
      for (const action of batch) {
        this.stats.actions += 1;
        try {
          action.run(traces);
        } catch (error) {
          if (error instanceof SimulatedOfficeError) {
            error.traceMessages.push(...traces);
            error.debugInfo.statement ??= action.statement;
          }
          throw error;
        }
      }
    } finally {
      context._executing = false;
      this.host.raiseEvents("Local");
      this.notifyChange();
    }
  }

  private applyFaults(): void {
    const faults = this.faults.splice(0);
    for (const fault of faults) fault();
    if (faults.length > 0) this.host.raiseEvents("Remote");
  }
}

function contextOf(previous: PreviousObjects): SimRequestContext {
  if (previous instanceof SimRequestContext) return previous;
  const object = Array.isArray(previous) ? previous[0] : previous;
  if (!object) throw new SimulatedOfficeError(ErrorCode.invalidArgument, "Word.run needs at least one previously created object.", "Word.run");
  return object.context;
}

function isPromiseLike(value: unknown): boolean {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}
