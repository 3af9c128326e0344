/**
 * Word.ContentControlCollection. Lookups use the host's tag and id indexes, so `getByTag` per item stays cheap on a
 * plan with tens of thousands of controls.
 *   getByTag: "Gets the content controls that have the specified tag." (WordApi 1.1) — in document order.
 *   getById: "Throws an `ItemNotFound` error if there isn't a content control with the identifier in this collection."
 */
import type { HostDocument } from "../host-document";
import { descendantControls, isAttached, type BlockNode, type ContainerNode, type ControlNode } from "../tree";
import type { Bound, Origin } from "./client-object";
import { SimCollection, type Listing } from "./collection";
import { SimContentControl } from "./content-control";

export interface ControlListing extends Listing<ControlNode> {
  withTag(tag: string): ControlNode[];
  withId(id: number): ControlNode | null;
}

/** Every control inside a body, cell or control (not the container itself), nested ones included, in document order. */
export function containerControls(host: HostDocument, container: ContainerNode): ControlListing {
  return {
    all: () => descendantControls(container.children),
    stale: () => !isAttached(container, host.root),
    withTag: (tag) => host.controlsByTag(tag, container),
    withId: (id) => host.controlById(id, container),
  };
}

/** Every control in a run of blocks, the blocks themselves included (a control's whole range contains the control). */
export function blocksControls(host: HostDocument, blocks: () => BlockNode[]): ControlListing {
  return {
    all: () => descendantControls(blocks()),
    withTag: (tag) => host.controlsByTag(tag, blocks()),
    withId: (id) => host.controlById(id, blocks()),
  };
}

function filtered(base: ControlListing, keep: (control: ControlNode) => boolean): ControlListing {
  return {
    all: () => base.all().filter(keep),
    ...(base.stale ? { stale: base.stale } : {}),
    withTag: (tag) => base.withTag(tag).filter(keep),
    withId: (id) => {
      const control = base.withId(id);
      return control && keep(control) ? control : null;
    },
  };
}

export class SimContentControlCollection extends SimCollection<ControlNode, SimContentControl, ControlListing> {
  protected readonly _typeName = "ContentControlCollection";

  /** "Gets the content controls that have the specified tag." */
  getByTag(tag: string): SimContentControlCollection {
    return new SimContentControlCollection(
      this.context,
      this._child(`getByTag(${JSON.stringify(tag)})`, (listing) => ({
        all: () => listing.withTag(tag),
        ...(listing.stale ? { stale: listing.stale } : {}),
        withTag: (other) => (other === tag ? listing.withTag(tag) : []),
        withId: (id) => {
          const control = listing.withId(id);
          return control && control.tag === tag ? control : null;
        },
      })),
    );
  }

  /** "Gets the content controls that have the specified title." */
  getByTitle(title: string): SimContentControlCollection {
    return new SimContentControlCollection(this.context, this._child(`getByTitle(${JSON.stringify(title)})`, (listing) => filtered(listing, (control) => control.title === title)));
  }

  /** "Gets the content controls that have the specified types." (WordApi 1.3) The simulator's controls are all rich text. */
  getByTypes(types: Array<Word.ContentControlType | string>): SimContentControlCollection {
    const richText = types.includes("RichText");
    return new SimContentControlCollection(this.context, this._child("getByTypes()", (listing) => filtered(listing, () => richText), { requires: "1.3" }));
  }

  /** "Gets a content control by its identifier." Throws ItemNotFound when absent. */
  getById(id: number): SimContentControl {
    return new SimContentControl(this.context, this._child(`getById(${id})`, (listing) => listing.withId(id)));
  }

  /** WordApi 1.3: a null object when no control has the identifier. */
  getByIdOrNullObject(id: number): SimContentControl {
    return new SimContentControl(this.context, this._child(`getByIdOrNullObject(${id})`, (listing) => listing.withId(id), { nullable: true, requires: "1.3" }));
  }

  /** "Gets a content control by its ID." */
  getItem(id: number): SimContentControl {
    return this.getById(id);
  }

  /** "Gets the first content control in this collection. Throws an `ItemNotFound` error if this collection is empty." (WordApi 1.3) */
  getFirst(): SimContentControl {
    return this._first(false);
  }

  getFirstOrNullObject(): SimContentControl {
    return this._first(true);
  }

  protected _makeItem(origin: Origin<ControlNode> | Bound<ControlNode>): SimContentControl {
    return new SimContentControl(this.context, origin);
  }
}
