/**
 * What a simulated `Word.Range` covers. Ranges are block-granular: a run of sibling blocks, the whole content of a
 * body/cell/control, or a collapsed point. Character-level ranges (search results, partial paragraphs) are not modelled.
 */
import {
  blocksText,
  descendantControls,
  descendantParagraphs,
  descendantTables,
  isAttached,
  nearestCell,
  nearestControl,
  nearestTable,
  walkBlocks,
  type AnyNode,
  type BlockNode,
  type BodyNode,
  type CellNode,
  type ContainerNode,
  type ControlNode,
  type ParagraphNode,
  type TableNode,
} from "./tree";

export type PointEdge = "start" | "end" | "before" | "after";

export type RangeTarget =
  /** Sibling blocks from `first` to `last` inclusive (a paragraph's, table's or control's "Whole" range). */
  | { kind: "blocks"; first: BlockNode; last: BlockNode }
  /** Everything inside a body, cell or control ("Whole" of a body, "Content" of a control). */
  | { kind: "content"; container: ContainerNode }
  /** A collapsed range: start/end inside the anchor, or before/after it (outside). */
  | { kind: "point"; anchor: BlockNode | ContainerNode; edge: PointEdge };

export function blocksRange(block: BlockNode): RangeTarget {
  return { kind: "blocks", first: block, last: block };
}

export function rangeBlocks(range: RangeTarget): BlockNode[] {
  if (range.kind === "content") return range.container.children;
  if (range.kind === "point") return [];
  const siblings = range.first.parent?.children ?? [range.first];
  const start = siblings.indexOf(range.first);
  const end = siblings.indexOf(range.last);
  return start < 0 || end < start ? [] : siblings.slice(start, end + 1);
}

export function rangeText(range: RangeTarget, separator: string): string {
  return blocksText(rangeBlocks(range), separator);
}

export function rangeIsAttached(range: RangeTarget, root: BodyNode): boolean {
  if (range.kind === "blocks") return isAttached(range.first, root) && isAttached(range.last, root) && range.first.parent === range.last.parent;
  if (range.kind === "content") return isAttached(range.container, root);
  return isAttached(range.anchor, root);
}

/** Word.Range.parentContentControl: "the content control that contains the range" (the control itself for its whole range). */
export function rangeParentControl(range: RangeTarget): ControlNode | null {
  if (range.kind === "blocks") return range.first === range.last && range.first.kind === "control" ? range.first : nearestControl(range.first, false);
  if (range.kind === "content") return nearestControl(range.container, true);
  return nearestControl(range.anchor, range.edge === "start" || range.edge === "end");
}

export function rangeParentCell(range: RangeTarget): CellNode | null {
  return nearestCell(scopeNode(range), true);
}

export function rangeParentTable(range: RangeTarget): TableNode | null {
  return nearestTable(scopeNode(range), true);
}

/** The innermost node whose ancestors are the range's ancestors. */
function scopeNode(range: RangeTarget): AnyNode {
  if (range.kind === "blocks") return range.first === range.last ? range.first : (range.first.parent ?? range.first);
  if (range.kind === "content") return range.container;
  return range.edge === "start" || range.edge === "end" ? range.anchor : (range.anchor.parent ?? range.anchor);
}

/** Word.Range.contentControls: the controls in the range, the range's own control included when it is a control's whole range. */
export function rangeControls(range: RangeTarget): ControlNode[] {
  return descendantControls(rangeBlocks(range));
}

export function rangeParagraphs(range: RangeTarget, includeTables: boolean): ParagraphNode[] {
  if (range.kind === "point" && range.anchor.kind === "paragraph" && (range.edge === "start" || range.edge === "end")) return [range.anchor];
  return descendantParagraphs(rangeBlocks(range), includeTables);
}

export function rangeTables(range: RangeTarget): TableNode[] {
  return descendantTables(rangeBlocks(range));
}

export function rangeIsEmpty(range: RangeTarget): boolean {
  if (range.kind === "point") return true;
  let empty = true;
  walkBlocks(rangeBlocks(range), (block) => {
    if (block.kind === "paragraph" && block.text !== "") empty = false;
    if (block.kind === "table") empty = false;
    return empty;
  });
  return empty;
}
