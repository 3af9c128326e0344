/**
 * Word.RequestContext: "The RequestContext object facilitates requests to the Word application." Calls on proxies
 * queue actions here; `sync()` — "Synchronizes the state between JavaScript proxy objects and the Office document, by
 * executing instructions queued on the request context" — hands the batch to the runtime, which applies it in order.
 */
import type { ProxyObject } from "./proxies/client-object";
import { SimDocument } from "./proxies/document";
import type { SimulatorRuntime } from "./runtime";
import type { LoadArgument } from "./load-options";

export interface QueuedAction {
  statement: string;
  run: (traces: string[]) => void;
}

export class SimRequestContext {
  readonly trackedObjects = new SimTrackedObjects();
  readonly requestHeaders: Record<string, string> = {};
  /** @internal */
  _queue: QueuedAction[] = [];
  /** @internal True while the runtime applies a batch of this context. */
  _executing = false;
  /** @internal Incremented when a Word.run ends: proxies from an earlier run are unusable unless tracked. */
  _generation = 0;
  /** @internal */
  _runDepth = 0;
  /** @internal Round trips made through this context. */
  _syncs = 0;
  private _document: SimDocument | undefined;

  constructor(readonly _runtime: SimulatorRuntime) {}

  /** Word.RequestContext.document */
  get document(): SimDocument {
    this._document ??= new SimDocument(this);
    return this._document;
  }

  /** "Statements to be executed in the Office application." */
  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._queue.map((action) => action.statement) };
  }

  /** ClientRequestContext.load(object, option): same as object.load(option). */
  load(object: ProxyObject, option?: LoadArgument): void {
    object.load(option);
  }

  /** "Adds a trace message to the queue." Executed traces are attached to a failing sync's error as traceMessages. */
  trace(message: string): void {
    this._enqueue(`trace(${JSON.stringify(message)})`, (traces) => traces.push(message));
  }

  /** One round trip: the queued batch is taken now and applied after the current task yields, so nothing is visible before `await`. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const batch = this._queue;
    this._queue = [];
    await Promise.resolve();
    this._runtime.execute(this, batch);
    return passThroughValue as T;
  }

  /** @internal */
  _enqueue(statement: string, run: (traces: string[]) => void): void {
    this._queue.push({ statement, run });
  }
}

/** OfficeExtension.TrackedObjects: "Track a new object for automatic adjustment based on surrounding changes in the document." */
export class SimTrackedObjects {
  add(objects: ProxyObject | ProxyObject[]): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) object._tracked = true;
  }

  remove(objects: ProxyObject | ProxyObject[]): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) object._tracked = false;
  }
}
