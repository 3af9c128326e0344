/**
 * The proxy-object machinery of Office.js (OfficeExtension.ClientObject): "You create proxy objects from the context
 * (or from other proxy objects), add commands to a queue to act on the object, and then synchronize the proxy object
 * state with the document by calling `context.sync()`."
 *
 * - Creating a proxy queues its instantiation, as office.js does: the object is located (or, for insert…() methods,
 *   created) at sync, in queue order. A lookup that finds nothing fails the sync with ItemNotFound; the *OrNullObject
 *   variants give an object whose `isNullObject` is true instead.
 * - `load()` queues a load; values are readable only after the sync, otherwise reading throws PropertyNotLoaded.
 * - Setting a property keeps the value locally and queues the write, applied at sync.
 */
import { apiNotFound, ErrorCode, invalidArgument, invalidObjectPath, itemNotFound, propertyNotLoaded, SimulatedOfficeError, valueNotLoaded } from "../errors";
import { groupByHead, parseLoad, type LoadArgument, type LoadSpec } from "../load-options";
import type { HostDocument } from "../host-document";
import type { SimRequestContext } from "../request-context";

/** Returned by a child's locator when its parent is a null object: the child is a null object too. */
export const NULL_PARENT: unique symbol = Symbol("null parent");
export type Located<T> = T | null | typeof NULL_PARENT;

export interface Origin<T> {
  /** Runs once, at sync, in queue order. Returns null when nothing is found. */
  locate: () => Located<T>;
  /** True for *OrNullObject members: nothing found gives a null object instead of ItemNotFound. */
  nullable: boolean;
  /** "Body.tables", "ContentControlCollection.getFirst()"… used in error locations. */
  label: string;
  /** WordApi version the member needs, when above 1.1. */
  requires?: string;
}

/** An already-located object: the items of a loaded collection. */
export interface Bound<T> {
  bound: T;
  label: string;
}

export interface Scalar<T> {
  read: (target: T, host: HostDocument) => unknown;
  requires?: string;
}

type State = "pending" | "resolved" | "null" | "failed";

/** Any proxy, whatever it points at (SimClientObject<T> is invariant in T). */
export interface ProxyObject {
  readonly context: SimRequestContext;
  _tracked: boolean;
  load(option?: LoadArgument): unknown;
  toJSON(): Record<string, unknown>;
  _applyLoad(spec: LoadSpec): void;
}

export abstract class SimClientObject<T> implements ProxyObject {
  readonly context: SimRequestContext;
  protected abstract readonly _typeName: string;
  /** Loaded and locally set values; created on first use (a batch can create tens of thousands of proxies). */
  private _values: Map<string, unknown> | undefined;
  /** @internal */
  _tracked = false;
  /** Host objects that outlive a Word.run (the document root) never expire. */
  protected readonly _permanent: boolean = false;
  private _navigation: Map<string, ProxyObject> | undefined;
  private _state: State = "pending";
  private _target: T | undefined;
  private readonly _generation: number;
  protected readonly _label: string;

  constructor(context: SimRequestContext, origin: Origin<T> | Bound<T>) {
    this.context = context;
    this._generation = context._generation;
    this._label = origin.label;
    if ("bound" in origin) {
      this._state = "resolved";
      this._target = origin.bound;
    } else if (context._executing) {
      // Created while a sync runs (navigation during a load): located at once, like objects office.js builds from results.
      this._instantiate(origin);
    } else {
      context._enqueue(`instantiate ${origin.label}`, () => this._instantiate(origin));
    }
  }

  /** ClientObject.isNullObject: "You must call `context.sync()` before reading the isNullObject property." */
  get isNullObject(): boolean {
    if (this._state === "pending" || this._state === "failed") {
      throw new SimulatedOfficeError(ErrorCode.valueNotLoaded, `isNullObject is known only after "context.sync()".`, `${this._typeName}.isNullObject`);
    }
    return this._state === "null";
  }

  /** Queues up a command to load the specified properties of the object. You must call `context.sync()` before reading the properties. */
  load(option?: LoadArgument): this {
    const spec = parseLoad(option);
    this.context._enqueue(`${this._label}.load(${JSON.stringify(option ?? "")})`, () => this._applyLoad(spec));
    return this;
  }

  /** Sets several properties at once (ClientObject.set(properties)); read-only or unknown names are refused. */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      if (!findSetter(this, name)) throw invalidArgument(`${this._typeName}.set`, `"${name}" is not a writable property of ${this._typeName}.`);
      (this as unknown as Record<string, unknown>)[name] = value;
    }
  }

  /** "Track the object for automatic adjustment based on surrounding changes in the document." (shorthand for context.trackedObjects.add) */
  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values ?? []);
  }

  // ---------- internals used by actions ----------

  /** @internal */
  _instantiate(origin: Origin<T>): void {
    this._state = "failed";
    if (origin.requires && !this.context._runtime.requirements.hasWordApi(origin.requires)) throw apiNotFound(origin.label, `WordApi ${origin.requires}`);
    const found = origin.locate();
    if (found === NULL_PARENT || found === null) {
      if (found === null && !origin.nullable) throw itemNotFound(origin.label);
      this._state = "null";
      return;
    }
    this._target = found;
    this._state = "resolved";
  }

  /** @internal The target for an action: the object must be live, not a null object, and still in the document. */
  _use(): T {
    this._checkLifetime();
    if (this._state === "null") throw itemNotFound(this._label, "The object is a null object (an *OrNullObject call found nothing); check isNullObject before using it.");
    if (this._state !== "resolved") throw invalidObjectPath(this._label);
    const target = this._target as T;
    if (this._isStale(target)) throw itemNotFound(this._label, "The object no longer exists in the document.");
    return target;
  }

  /** @internal For a child's locator: the target, or NULL_PARENT when this is a null object. */
  _forChild(): T | typeof NULL_PARENT {
    this._checkLifetime();
    return this._state === "null" ? NULL_PARENT : this._use();
  }

  /** @internal The located target even if since deleted (for clean-up that must not fail), or undefined. */
  _resolvedTarget(): T | undefined {
    return this._state === "resolved" ? this._target : undefined;
  }

  /** @internal */
  _isNull(): boolean {
    return this._state === "null";
  }

  /** @internal Applies a load at sync: reads the requested scalars now, in queue order. */
  _applyLoad(spec: LoadSpec): void {
    this._checkLifetime();
    if (this._state === "null") return;
    const target = this._use();
    const scalars = this._scalars();
    const groups = groupByHead(spec.paths);
    if (spec.paths.length === 0 || groups.has("$all")) this._loadAllScalars(target);
    for (const [head, rests] of groups) {
      if (head === "$all" || head === "$none") continue;
      const scalar = scalars[head];
      if (scalar) {
        if (rests.some((rest) => rest.length > 0)) throw invalidArgument(`${this._typeName}.load`, `"${head}" is not a navigation property.`);
        if (scalar.requires && !this.context._runtime.requirements.hasWordApi(scalar.requires)) throw apiNotFound(`${this._typeName}.${head}`, `WordApi ${scalar.requires}`);
        this._store(head, scalar.read(target, this.context._runtime.host));
        continue;
      }
      const child = this._navigate(head);
      if (!child) throw invalidArgument(`${this._typeName}.load`, `"${head}" is not a property of ${this._typeName} (or the Word simulator does not model it).`);
      child._applyLoad({ paths: rests.some((rest) => rest.length === 0) ? [] : rests });
    }
  }

  /** @internal */
  _checkLifetime(): void {
    if (!this._tracked && !this._permanent && this._generation !== this.context._generation) throw invalidObjectPath(this._label);
  }

  protected get _host(): HostDocument {
    return this.context._runtime.host;
  }

  /** Scalar properties that load() can read. */
  protected abstract _scalars(): Readonly<Record<string, Scalar<T>>>;

  /** Navigation properties load paths may go through ("body/text"). */
  protected _navigationNames(): readonly string[] {
    return [];
  }

  /** True when the target no longer exists (deleted from the document). */
  protected _isStale(_target: T): boolean {
    return false;
  }

  /** Reads a loaded scalar. A null object's properties read as undefined, as in office.js. */
  protected _get<V>(name: string): V {
    if (this._state === "null") return undefined as V;
    if (!this._values?.has(name)) throw propertyNotLoaded(name, this._typeName);
    return this._values.get(name) as V;
  }

  /** Keeps the value locally (office.js does) and queues the write. */
  protected _setScalar<V>(name: string, value: V, apply: (target: T, value: V) => void, requires?: string): void {
    this._store(name, value);
    this._queue(`${this._typeName}.${name} = ${JSON.stringify(value)}`, (target) => apply(target, value), requires);
  }

  /** Queues a method call on this object. */
  protected _queue(statement: string, run: (target: T) => void, requires?: string): void {
    this.context._enqueue(statement, () => {
      if (requires && !this.context._runtime.requirements.hasWordApi(requires)) throw apiNotFound(statement, `WordApi ${requires}`);
      run(this._use());
    });
  }

  /** Origin of a child object located from this one (a navigation property or a get…() method). */
  protected _child<C>(label: string, locate: (target: T) => C | null, options: { nullable?: boolean; requires?: string } = {}): Origin<C> {
    return {
      label: `${this._label}.${label}`,
      nullable: options.nullable ?? false,
      ...(options.requires ? { requires: options.requires } : {}),
      locate: () => {
        const parent = this._forChild();
        return parent === NULL_PARENT ? NULL_PARENT : locate(parent);
      },
    };
  }

  /** Navigation properties return the same proxy each time, as office.js caches them; it is instantiated on first access. */
  protected _cached<C extends ProxyObject>(name: string, create: () => C): C {
    this._navigation ??= new Map();
    let child = this._navigation.get(name) as C | undefined;
    if (!child) {
      child = create();
      this._navigation.set(name, child);
    }
    return child;
  }

  private _store(name: string, value: unknown): void {
    this._values ??= new Map();
    this._values.set(name, value);
  }

  private _loadAllScalars(target: T): void {
    for (const [name, scalar] of Object.entries(this._scalars())) {
      if (scalar.requires && !this.context._runtime.requirements.hasWordApi(scalar.requires)) continue;
      this._store(name, scalar.read(target, this.context._runtime.host));
    }
  }

  private _navigate(name: string): ProxyObject | undefined {
    if (!this._navigationNames().includes(name)) return undefined;
    return (this as unknown as Record<string, ProxyObject>)[name];
  }
}

function findSetter(object: object, name: string): boolean {
  for (let proto = Object.getPrototypeOf(object) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.set === "function";
  }
  return false;
}

/** OfficeExtension.ClientResult: "The object's value property is retrieved from the document after `context.sync()` is invoked." */
export class SimClientResult<T> {
  private _value: T | undefined;
  private _ready = false;

  get value(): T {
    if (!this._ready) throw valueNotLoaded();
    return this._value as T;
  }

  /** @internal */
  _resolve(value: T): void {
    this._value = value;
    this._ready = true;
  }
}
