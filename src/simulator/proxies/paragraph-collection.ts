/**
 * Word.ParagraphCollection. Body/ContentControl/Range.paragraphs: "Paragraphs in tables aren't returned for requirement
 * sets 1.1 and 1.2. From requirement set 1.3, paragraphs in tables are also returned."
 */
import type { SimRequestContext } from "../request-context";
import { descendantParagraphs, isAttached, type ContainerNode, type ParagraphNode } from "../tree";
import type { Bound, Origin } from "./client-object";
import { SimCollection, type Listing } from "./collection";
import { SimParagraph } from "./paragraph";

export function containerParagraphs(context: SimRequestContext, container: ContainerNode): Listing<ParagraphNode> {
  const host = context._runtime.host;
  return {
    all: () => descendantParagraphs(container.children, context._runtime.requirements.hasWordApi("1.3")),
    stale: () => !isAttached(container, host.root),
  };
}

export class SimParagraphCollection extends SimCollection<ParagraphNode, SimParagraph> {
  protected readonly _typeName = "ParagraphCollection";

  /** "Gets the first paragraph in this collection. Throws an `ItemNotFound` error if the collection is empty." (WordApi 1.3) */
  getFirst(): SimParagraph {
    return this._first(false);
  }

  getFirstOrNullObject(): SimParagraph {
    return this._first(true);
  }

  /** "Gets the last paragraph in this collection. Throws an `ItemNotFound` error if the collection is empty." (WordApi 1.3) */
  getLast(): SimParagraph {
    return this._last(false);
  }

  getLastOrNullObject(): SimParagraph {
    return this._last(true);
  }

  protected _makeItem(origin: Origin<ParagraphNode> | Bound<ParagraphNode>): SimParagraph {
    return new SimParagraph(this.context, origin);
  }
}
