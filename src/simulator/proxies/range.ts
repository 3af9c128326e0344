/**
 * Word.Range, block-granular (see ranges.ts). Property descriptions quote @types/office-js (WordApi 1.1 unless noted).
 */
import {
  rangeBlocks,
  rangeIsAttached,
  rangeIsEmpty,
  rangeParagraphs,
  rangeParentCell,
  rangeParentControl,
  rangeParentTable,
  rangeTables,
  rangeText,
  type RangeTarget,
} from "../ranges";
import { enclosingBody, isContainer, type AnyNode, type BlockNode, type ContainerNode } from "../tree";
import { SimClientObject, type Scalar } from "./client-object";
import { SimBody } from "./body";
import { blocksControls, SimContentControlCollection } from "./content-control-collection";
import { SimContentControl } from "./content-control";
import { checkLocation, checkRichText, checkText, deleteRange, insertParagraphAtRange, insertTextAtRange, paragraphsRange, wrapRange } from "./editing";
import { SimParagraphCollection } from "./paragraph-collection";
import { SimParagraph } from "./paragraph";
import { checkSelectionMode, type SelectionModeArgument } from "./selection-mode";
import { SimTableCollection } from "./table-collection";
import { SimTable } from "./table";
import { SimTableCell } from "./table-cell";

const RANGE_SCALARS: Readonly<Record<string, Scalar<RangeTarget>>> = {
  /** "Gets the text of the range." */
  text: { read: (range, host) => rangeText(range, host.options.paragraphSeparator) },
  /** "Checks whether the range length is zero." (WordApi 1.3) */
  isEmpty: { read: (range) => rangeIsEmpty(range), requires: "1.3" },
};

export class SimRange extends SimClientObject<RangeTarget> {
  protected readonly _typeName = "Range";

  get text(): string {
    return this._get("text");
  }

  get isEmpty(): boolean {
    return this._get("isEmpty");
  }

  /** "Gets the collection of `Paragraph` objects in the range." (paragraphs in tables from WordApi 1.3) */
  get paragraphs(): SimParagraphCollection {
    return this._cached(
      "paragraphs",
      () =>
        new SimParagraphCollection(
          this.context,
          this._child("paragraphs", (range) => ({
            all: () => rangeParagraphs(range, this.context._runtime.requirements.hasWordApi("1.3")),
            stale: () => !rangeIsAttached(range, this._host.root),
          })),
        ),
    );
  }

  /** "Gets the collection of `Table` objects in the range." (WordApi 1.3) */
  get tables(): SimTableCollection {
    return this._cached(
      "tables",
      () => new SimTableCollection(this.context, this._child("tables", (range) => ({ all: () => rangeTables(range), stale: () => !rangeIsAttached(range, this._host.root) }), { requires: "1.3" })),
    );
  }

  /** "Gets the collection of `ContentControl` objects in the range." */
  get contentControls(): SimContentControlCollection {
    return this._cached("contentControls", () => new SimContentControlCollection(this.context, this._child("contentControls", (range) => blocksControls(this._host, () => rangeBlocks(range)))));
  }

  /** "Gets the currently supported content control that contains the range. Throws an `ItemNotFound` error if there isn't a parent content control." */
  get parentContentControl(): SimContentControl {
    return this._cached("parentContentControl", () => new SimContentControl(this.context, this._child("parentContentControl", (range) => rangeParentControl(range))));
  }

  /** WordApi 1.3: a null object when no content control contains the range. */
  get parentContentControlOrNullObject(): SimContentControl {
    return this._cached(
      "parentContentControlOrNullObject",
      () => new SimContentControl(this.context, this._child("parentContentControlOrNullObject", (range) => rangeParentControl(range), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the table cell that contains the range. Throws an `ItemNotFound` error if it isn't contained in a table cell." (WordApi 1.3) */
  get parentTableCell(): SimTableCell {
    return this._cached("parentTableCell", () => new SimTableCell(this.context, this._child("parentTableCell", (range) => rangeParentCell(range), { requires: "1.3" })));
  }

  get parentTableCellOrNullObject(): SimTableCell {
    return this._cached(
      "parentTableCellOrNullObject",
      () => new SimTableCell(this.context, this._child("parentTableCellOrNullObject", (range) => rangeParentCell(range), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the table that contains the range. Throws an `ItemNotFound` error if it isn't contained in a table." (WordApi 1.3) */
  get parentTable(): SimTable {
    return this._cached("parentTable", () => new SimTable(this.context, this._child("parentTable", (range) => rangeParentTable(range), { requires: "1.3" })));
  }

  get parentTableOrNullObject(): SimTable {
    return this._cached(
      "parentTableOrNullObject",
      () => new SimTable(this.context, this._child("parentTableOrNullObject", (range) => rangeParentTable(range), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the parent body of the range." (WordApi 1.3) */
  get parentBody(): SimBody {
    return this._cached("parentBody", () => new SimBody(this.context, this._child("parentBody", (range) => enclosingBody(anchorNode(range)), { requires: "1.3" })));
  }

  /** "Clears the contents of the `Range` object." */
  clear(): void {
    this._queue("Range.clear()", (range) => {
      insertTextAtRange(this._host, range, "", "Replace", "Range.clear");
    });
  }

  /** "Deletes the range and its content from the document." */
  delete(): void {
    this._queue("Range.delete()", (range) => deleteRange(this._host, range, "Range.delete"));
  }

  /** "Clones the `Range` object, or gets the starting or ending point of the range as a new range." (WordApi 1.3) */
  getRange(rangeLocation: Word.RangeLocation | "Whole" | "Start" | "End" | "After" | "Content" = "Whole"): SimRange {
    return new SimRange(
      this.context,
      this._child(
        `getRange(${rangeLocation})`,
        (range) => subRange(range, checkLocation(rangeLocation, ["Whole", "Content", "Start", "End", "After"] as const, "Range.getRange")),
        { requires: "1.3" },
      ),
    );
  }

  /** "Returns a new range that extends from this range in either direction to cover another range. … Throws an `ItemNotFound` error if the two ranges don't have a union." (WordApi 1.3) */
  expandTo(range: SimRange): SimRange {
    return new SimRange(this.context, this._child("expandTo()", (own) => union(own, range._use()), { requires: "1.3" }));
  }

  expandToOrNullObject(range: SimRange): SimRange {
    return new SimRange(this.context, this._child("expandToOrNullObject()", (own) => union(own, range._use()), { nullable: true, requires: "1.3" }));
  }

  /** Wraps the range in a rich text content control; the text is unchanged. */
  insertContentControl(contentControlType?: "RichText"): SimContentControl {
    return new SimContentControl(
      this.context,
      this._child("insertContentControl()", (range) => {
        checkRichText(contentControlType, "Range.insertContentControl");
        return wrapRange(this._host, range, "Range.insertContentControl");
      }),
    );
  }

  /** "Inserts a paragraph at the specified location." Before or After the range. */
  insertParagraph(paragraphText: string, insertLocation: Word.InsertLocation.before | Word.InsertLocation.after | "Before" | "After"): SimParagraph {
    return new SimParagraph(
      this.context,
      this._child(`insertParagraph(…, ${insertLocation})`, (range) => {
        const where = checkLocation(insertLocation, ["Before", "After"] as const, "Range.insertParagraph");
        return insertParagraphAtRange(this._host, range, checkText(paragraphText, "Range.insertParagraph"), where, "Range.insertParagraph");
      }),
    );
  }

  /** "Inserts text at the specified location." */
  insertText(text: string, insertLocation: Word.InsertLocation | "Replace" | "Start" | "End" | "Before" | "After"): SimRange {
    return new SimRange(
      this.context,
      this._child(`insertText(…, ${insertLocation})`, (range) => {
        const where = checkLocation(insertLocation, ["Replace", "Start", "End", "Before", "After"] as const, "Range.insertText");
        return paragraphsRange(insertTextAtRange(this._host, range, checkText(text, "Range.insertText"), where, "Range.insertText"));
      }),
    );
  }

  /** "Selects and navigates the Word UI to the range." */
  select(selectionMode?: SelectionModeArgument): void {
    this._queue("Range.select()", (range) => this._host.select(range, checkSelectionMode(selectionMode, "Range.select")));
  }

  protected _scalars(): Readonly<Record<string, Scalar<RangeTarget>>> {
    return RANGE_SCALARS;
  }

  protected override _navigationNames(): readonly string[] {
    return ["paragraphs", "tables", "contentControls", "parentContentControl", "parentContentControlOrNullObject", "parentTableCell", "parentTableCellOrNullObject", "parentTable", "parentTableOrNullObject", "parentBody"];
  }

  protected override _isStale(range: RangeTarget): boolean {
    return !rangeIsAttached(range, this._host.root);
  }
}

function anchorNode(range: RangeTarget): AnyNode {
  if (range.kind === "blocks") return range.first;
  if (range.kind === "content") return range.container;
  return range.anchor;
}

function subRange(range: RangeTarget, where: "Whole" | "Content" | "Start" | "End" | "After"): RangeTarget {
  if (where === "Whole" || where === "Content" || range.kind === "point") return range;
  if (range.kind === "content") {
    if (where === "After") return range.container.kind === "control" ? { kind: "point", anchor: range.container, edge: "after" } : { kind: "point", anchor: range.container, edge: "end" };
    return { kind: "point", anchor: range.container, edge: where === "Start" ? "start" : "end" };
  }
  if (where === "Start") return range.first.kind === "paragraph" ? { kind: "point", anchor: range.first, edge: "start" } : { kind: "point", anchor: range.first, edge: "before" };
  if (where === "End") return range.last.kind === "paragraph" ? { kind: "point", anchor: range.last, edge: "end" } : { kind: "point", anchor: range.last, edge: "after" };
  return { kind: "point", anchor: range.last, edge: "after" };
}

interface Span {
  container: ContainerNode;
  first: BlockNode | null;
  last: BlockNode | null;
}

/** The blocks a range touches, as a span of one container's children (null ends: the whole container). */
function spanOf(range: RangeTarget): Span | null {
  if (range.kind === "blocks") return range.first.parent ? { container: range.first.parent, first: range.first, last: range.last } : null;
  if (range.kind === "content") return { container: range.container, first: null, last: null };
  const { anchor, edge } = range;
  if (isContainer(anchor) && (edge === "start" || edge === "end")) {
    const child = edge === "start" ? anchor.children[0] : anchor.children[anchor.children.length - 1];
    return child ? { container: anchor, first: child, last: child } : null;
  }
  const block = anchor as BlockNode;
  return block.parent ? { container: block.parent, first: block, last: block } : null;
}

/** Lifts a span to `container`: the block of `container` that holds it. */
function liftTo(span: Span, container: ContainerNode): Span | null {
  if (span.container === container) return span;
  let node: AnyNode = span.container;
  while (node.parent && node.parent !== container) node = node.parent;
  if (node.parent !== container) return null;
  const block = node as BlockNode;
  return { container, first: block, last: block };
}

function union(a: RangeTarget, b: RangeTarget): RangeTarget | null {
  const left = spanOf(a);
  const right = spanOf(b);
  if (!left || !right) return null;
  const common = commonContainer(left.container, right.container);
  if (!common) return null;
  const l = liftTo(left, common);
  const r = liftTo(right, common);
  if (!l || !r) return null;
  if (l.first === null || r.first === null) return { kind: "content", container: common };
  const index = (block: BlockNode | null): number => (block ? common.children.indexOf(block) : -1);
  const first = index(l.first) <= index(r.first) ? l.first : r.first;
  const last = index(l.last) >= index(r.last) ? l.last : r.last;
  return first && last ? { kind: "blocks", first, last } : null;
}

function commonContainer(a: ContainerNode, b: ContainerNode): ContainerNode | null {
  const chain = new Set<AnyNode>();
  for (let node: AnyNode | null = a; node; node = node.parent) chain.add(node);
  for (let node: AnyNode | null = b; node; node = node.parent) if (chain.has(node) && isContainer(node)) return node;
  return null;
}
