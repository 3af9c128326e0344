/**
 * Collections (Word.ParagraphCollection, ContentControlCollection, TableCollection…): `items` — "Gets the loaded child
 * items in this collection." — is readable only after load + sync. The collection is evaluated when it is loaded or
 * when one of its get…() lookups is instantiated, so it reflects the document at that point of the batch.
 */
import { propertyNotLoaded } from "../errors";
import type { LoadSpec } from "../load-options";
import { NULL_PARENT, SimClientObject, type Bound, type Origin, type Scalar } from "./client-object";

/** The collection's members, computed from the document when called. */
export interface Listing<N> {
  all(): N[];
  /** True when what the collection was taken from has been deleted. */
  stale?(): boolean;
}

export abstract class SimCollection<N, I extends SimClientObject<N>, L extends Listing<N> = Listing<N>> extends SimClientObject<L> {
  private _items: I[] | undefined;

  /** "Gets the loaded child items in this collection." */
  get items(): I[] {
    if (this._isNull()) return [];
    if (!this._items) throw propertyNotLoaded("items", this._typeName);
    return this._items;
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((item) => item.toJSON()) };
  }

  /** @internal Loading a collection loads the listed properties of every item ("items/text" and "text" alike). */
  override _applyLoad(spec: LoadSpec): void {
    this._checkLifetime();
    if (this._isNull()) return;
    const all = this._use().all();
    const skip = spec.skip ?? 0;
    const members = all.slice(skip, spec.top === undefined ? undefined : skip + spec.top);
    const itemPaths = spec.paths.map((path) => (path[0] === "items" ? path.slice(1) : path));
    const itemSpec: LoadSpec = { paths: itemPaths.some((path) => path.length === 0) ? [] : itemPaths };
    this._items = members.map((node, index) => this._makeItem({ bound: node, label: `${this._label}.items[${index}]` }));
    for (const item of this._items) item._applyLoad(itemSpec);
  }

  protected override _scalars(): Readonly<Record<string, Scalar<L>>> {
    return {};
  }

  protected override _isStale(listing: L): boolean {
    return listing.stale?.() ?? false;
  }

  protected abstract _makeItem(origin: Origin<N> | Bound<N>): I;

  /** getFirst(): "Throws an `ItemNotFound` error if this collection is empty." getFirstOrNullObject(): a null object instead. */
  protected _first(nullable: boolean, requires = "1.3"): I {
    return this._pick(nullable ? "getFirstOrNullObject()" : "getFirst()", nullable, (list) => list[0] ?? null, requires);
  }

  protected _last(nullable: boolean, requires = "1.3"): I {
    return this._pick(nullable ? "getLastOrNullObject()" : "getLast()", nullable, (list) => list[list.length - 1] ?? null, requires);
  }

  protected _pick(label: string, nullable: boolean, choose: (list: N[]) => N | null, requires?: string): I {
    return this._makeItem({
      label: `${this._label}.${label}`,
      nullable,
      ...(requires ? { requires } : {}),
      locate: () => {
        const listing = this._forChild();
        if (listing === NULL_PARENT) return NULL_PARENT;
        return choose(listing.all());
      },
    });
  }
}
