/**
 * The host side of the simulator: the document tree plus everything Word keeps about it (control ids, tag lookup,
 * selection, custom XML parts, settings), and every change to it. Proxies (src/simulator/proxies) queue calls to
 * these methods; `context.sync()` runs them in order. Each change cites the Word API behaviour it follows.
 */
import { accessDenied, invalidArgument } from "./errors";
import { CustomXmlStore } from "./custom-xml-store";
import { EventRegistry, type EventSourceName } from "./events";
import type { RangeTarget } from "./ranges";
import {
  descendantControls,
  isAttached,
  isWithin,
  newParagraph,
  sortInDocumentOrder,
  walkBlocks,
  type BlockNode,
  type BodyNode,
  type CellNode,
  type ContainerNode,
  type ControlNode,
  type ParagraphNode,
  type RowNode,
  type TableNode,
} from "./tree";

export interface HostOptions {
  /** Separator between paragraphs in `text`/`value` results: "\r" as Word desktop returns it, "\n" to mimic other hosts. */
  paragraphSeparator: string;
  /** What `shadingColor` reads for a cell without shading. */
  unshadedColour: string;
}

export type SelectionModeName = "Select" | "Start" | "End";

export interface HostSelection {
  range: RangeTarget;
  mode: SelectionModeName;
}

/** Word's limit on tags and titles ("Tag", "Title" of a content control): 255 characters. */
const MAX_TAG_OR_TITLE = 255;

export class HostDocument {
  readonly root: BodyNode = { kind: "body", parent: null, children: [] };
  readonly customXml = new CustomXmlStore();
  readonly settings = new Map<string, unknown>();
  readonly events = new EventRegistry();
  selection: HostSelection = { range: { kind: "point", anchor: this.root, edge: "start" }, mode: "Start" };
  /** Number of select() calls that reached the document. */
  selections = 0;

  private nextControlId = 101;
  private readonly byTag = new Map<string, Set<ControlNode>>();
  private readonly byId = new Map<number, ControlNode>();
  private readonly changed = new Set<ControlNode>();
  private readonly deleted: ControlNode[] = [];

  constructor(readonly options: HostOptions) {}

  // ---------- content controls: identity and lookup ----------

  newControl(tag = "", title = ""): ControlNode {
    const control: ControlNode = {
      kind: "control",
      parent: null,
      children: [],
      id: this.nextControlId++,
      tag,
      title,
      // Word.ContentControl.appearance: "The value can be `boundingBox`, `tags`, or `hidden`." A new rich text control shows a bounding box.
      appearance: "BoundingBox",
      color: "#000000",
      cannotDelete: false,
      cannotEdit: false,
      placeholderText: "",
      removeWhenEdited: false,
    };
    this.index(control);
    return control;
  }

  /** Word.ContentControl.id: "This number is unique for each content control and doesn't change." (but ids are not stable across Word on the web sessions) */
  renumberControls(): void {
    const controls = descendantControls(this.root.children);
    this.byId.clear();
    for (const control of controls) {
      control.id = this.nextControlId++;
      this.byId.set(control.id, control);
    }
  }

  /** Word.ContentControlCollection.getByTag: "Gets the content controls that have the specified tag." — in document order. */
  controlsByTag(tag: string, scope: ContainerNode | BlockNode[]): ControlNode[] {
    const set = this.byTag.get(tag);
    if (!set) return [];
    const found: ControlNode[] = [];
    for (const control of set) {
      if (!isAttached(control, this.root) || control.tag !== tag) {
        set.delete(control);
        continue;
      }
      if (inScope(control, scope)) found.push(control);
    }
    return sortInDocumentOrder(found);
  }

  controlById(id: number, scope: ContainerNode | BlockNode[]): ControlNode | null {
    const control = this.byId.get(id);
    return control && isAttached(control, this.root) && inScope(control, scope) ? control : null;
  }

  setTag(control: ControlNode, tag: string): void {
    checkLength(tag, "ContentControl.tag");
    this.byTag.get(control.tag)?.delete(control);
    control.tag = tag;
    this.index(control);
  }

  setTitle(control: ControlNode, title: string): void {
    checkLength(title, "ContentControl.title");
    control.title = title;
  }

  private index(control: ControlNode): void {
    this.byId.set(control.id, control);
    let set = this.byTag.get(control.tag);
    if (!set) this.byTag.set(control.tag, (set = new Set()));
    set.add(control);
  }

  // ---------- wrapping and unwrapping ----------

  /**
   * Body/Paragraph/Range/Table.insertContentControl: "Wraps the `Body` object with a content control." The text is unchanged;
   * when the content is already wrapped, Word nests the new control around the existing one.
   */
  wrap(first: BlockNode, last: BlockNode, location: string): ControlNode {
    const container = first.parent;
    if (!container || last.parent !== container) throw invalidArgument(location, "The range does not lie within one body, cell or content control.");
    this.checkEditable(container, location);
    const start = container.children.indexOf(first);
    const end = container.children.indexOf(last);
    if (start < 0 || end < start) throw invalidArgument(location, "The range's start is after its end.");
    const control = this.newControl();
    control.children = container.children.splice(start, end - start + 1, control);
    control.parent = container;
    for (const child of control.children) child.parent = control;
    return control;
  }

  wrapContent(container: ContainerNode, location: string): ControlNode {
    const first = container.children[0];
    const last = container.children[container.children.length - 1];
    if (!first || !last) throw invalidArgument(location, "The body is empty.");
    return this.wrap(first, last, location);
  }

  /** Word.ContentControl.delete(keepContent): "Deletes the content control and its content. If `keepContent` is set to `true`, the content isn't deleted." */
  deleteControl(control: ControlNode, keepContent: boolean, location: string): void {
    if (control.cannotDelete) throw accessDenied(location, "The content control cannot be deleted (cannotDelete is true).");
    const container = control.parent;
    if (!container) return;
    this.checkEditable(container, location);
    if (!keepContent) {
      this.removeBlocks([control], location);
      return;
    }
    const index = container.children.indexOf(control);
    container.children.splice(index, 1, ...control.children);
    for (const child of control.children) child.parent = container;
    control.children = [];
    control.parent = null;
    this.deleted.push(control);
  }

  // ---------- blocks ----------

  insertBlocks(container: ContainerNode, index: number, blocks: BlockNode[], location: string): void {
    this.checkEditable(container, location);
    container.children.splice(index, 0, ...blocks);
    for (const block of blocks) block.parent = container;
    this.markChanged(container);
  }

  /** Paragraph/Table/Range.delete: removes blocks; Word keeps at least one (empty) paragraph in every body, cell and control. */
  removeBlocks(blocks: BlockNode[], location: string): void {
    for (const block of blocks) {
      const container = block.parent;
      if (!container) continue;
      this.checkEditable(container, location);
      this.checkDeletable([block], location);
      container.children.splice(container.children.indexOf(block), 1);
      block.parent = null;
      this.deleted.push(...descendantControls([block]));
      this.ensureParagraph(container);
      this.markChanged(container);
    }
  }

  /** Body/ContentControl.clear: "Clears the contents of the `Body` object." — one empty paragraph remains. */
  clear(container: ContainerNode, location: string): ParagraphNode {
    return this.replaceContent(container, "", location)[0]!;
  }

  /** insertText(text, "Replace") on a body, cell or control: its content becomes the text, one paragraph per line. */
  replaceContent(container: ContainerNode, text: string, location: string): ParagraphNode[] {
    this.checkEditable(container, location);
    this.checkDeletable(container.children, location);
    const style = container.children.find((block): block is ParagraphNode => block.kind === "paragraph")?.style;
    for (const block of container.children) {
      block.parent = null;
      this.deleted.push(...descendantControls([block]));
    }
    const paragraphs = splitLines(text).map((line) => withStyle(newParagraph(line, container), style));
    container.children = paragraphs;
    this.markChanged(container);
    return paragraphs;
  }

  /** Paragraph.insertText(text, "Start" | "End" | "Replace"): edits the paragraph; line breaks in `text` start new paragraphs. */
  insertTextInParagraph(paragraph: ParagraphNode, text: string, where: "Start" | "End" | "Replace", location: string): ParagraphNode[] {
    const container = paragraph.parent;
    if (!container) return [paragraph];
    this.checkEditable(container, location);
    const lines = splitLines(text);
    const original = paragraph.text;
    const marks = paragraph.marks;
    delete paragraph.marks;
    if (where === "End") lines[0] = original + lines[0]!;
    if (where === "Start") lines[lines.length - 1] = lines[lines.length - 1]! + original;
    paragraph.text = lines[0]!;
    const rest = lines.slice(1).map((line) => withStyle(newParagraph(line), paragraph.style));
    // Bookmarks and footnote references stay with the original text (Replace removes them with it).
    const markHolder = where === "Start" ? (rest[rest.length - 1] ?? paragraph) : paragraph;
    const shift = where === "Start" ? (splitLines(text).pop() ?? "").length : 0;
    if (marks && where !== "Replace") markHolder.marks = marks.map((mark) => ({ ...mark, offset: mark.offset + shift }));
    if (rest.length > 0) this.insertBlocks(container, container.children.indexOf(paragraph) + 1, rest, location);
    else this.markChanged(container);
    return [paragraph, ...rest];
  }

  newParagraphs(text: string): ParagraphNode[] {
    return splitLines(text).map((line) => newParagraph(line));
  }

  // ---------- tables ----------

  /** TableRow.delete: "Deletes the entire row." A table left without rows is removed. */
  deleteRow(row: RowNode, location: string): void {
    const table = row.parent;
    if (!table) return;
    if (table.parent) this.checkEditable(table.parent, location);
    this.checkDeletable(row.cells.flatMap((cell) => cell.children), location);
    table.rows.splice(table.rows.indexOf(row), 1);
    row.parent = null;
    this.deleted.push(...row.cells.flatMap((cell) => descendantControls(cell.children)));
    if (table.parent) this.markChanged(table.parent);
    if (table.rows.length === 0) this.removeBlocks([table], location);
  }

  /** Row copied with its content, controls included (new ids), inserted after the original: what copy/paste of a row does. */
  duplicateRow(row: RowNode): RowNode {
    const table = row.parent;
    if (!table) throw new Error("The row is not in the document.");
    const copy: RowNode = { kind: "row", parent: table, cells: [] };
    copy.cells = row.cells.map((cell) => this.copyCell(cell, copy));
    table.rows.splice(table.rows.indexOf(row) + 1, 0, copy);
    if (table.parent) this.markChanged(table.parent);
    return copy;
  }

  /** TableCell.shadingColor / TableRow.shadingColor: "Specifies the shading color." null removes the shading. */
  setShading(cell: CellNode, colour: string | null): void {
    cell.shading = colour;
  }

  setTableShading(table: TableNode, colour: string | null): void {
    table.shading = colour;
  }

  readShading(colour: string | null): string {
    return colour ?? this.options.unshadedColour;
  }

  // ---------- selection ----------

  /** select(): "Selects … and navigates the Word UI to it." The simulator records the range for tests. */
  select(range: RangeTarget, mode: SelectionModeName): void {
    this.selection = { range, mode };
    this.selections += 1;
  }

  // ---------- change tracking for events ----------

  /** Marks every control around `node` as having changed data (Word raises onDataChanged on each). */
  markChanged(node: ContainerNode | BlockNode): void {
    for (let current: ContainerNode | BlockNode | CellNode | RowNode | TableNode | null = node; current; current = current.parent) {
      if (current.kind === "control") this.changed.add(current);
    }
  }

  /** Raises the events of the changes made since the last call. */
  raiseEvents(source: EventSourceName): void {
    const changed = [...this.changed].filter((control) => isAttached(control, this.root));
    const deleted = [...this.deleted];
    this.changed.clear();
    this.deleted.length = 0;
    this.events.raise(changed, deleted, source);
  }

  // ---------- guards ----------

  /** ContentControl.cannotEdit: "Specifies whether the user can edit the contents of the content control." */
  checkEditable(container: ContainerNode | BlockNode, location: string): void {
    for (let current: ContainerNode | BlockNode | CellNode | RowNode | TableNode | null = container; current; current = current.parent) {
      if (current.kind === "control" && current.cannotEdit) {
        throw accessDenied(location, `The content control "${current.title || current.tag}" cannot be edited (cannotEdit is true).`);
      }
    }
  }

  /** ContentControl.cannotDelete: "Specifies whether the user can delete the content control." Removing its content with it counts. */
  checkDeletable(blocks: readonly BlockNode[], location: string): void {
    walkBlocks(blocks, (block) => {
      if (block.kind === "control" && block.cannotDelete) {
        throw accessDenied(location, `The content control "${block.title || block.tag}" cannot be deleted (cannotDelete is true).`);
      }
    });
  }

  private ensureParagraph(container: ContainerNode): void {
    if (container.children.length === 0) container.children.push(newParagraph("", container));
  }

  private copyCell(cell: CellNode, row: RowNode): CellNode {
    const copy: CellNode = { kind: "cell", parent: row, children: [], shading: cell.shading, gridSpan: cell.gridSpan };
    copy.children = cell.children.map((block) => this.copyBlock(block, copy));
    return copy;
  }

  private copyBlock(block: BlockNode, parent: ContainerNode): BlockNode {
    if (block.kind === "paragraph") return { ...block, parent, ...(block.marks ? { marks: block.marks.map((mark) => ({ ...mark })) } : {}) };
    if (block.kind === "table") {
      const table: TableNode = { kind: "table", parent, rows: [], shading: block.shading, headerRowCount: block.headerRowCount };
      table.rows = block.rows.map((row) => {
        const rowCopy: RowNode = { kind: "row", parent: table, cells: [] };
        rowCopy.cells = row.cells.map((cell) => this.copyCell(cell, rowCopy));
        return rowCopy;
      });
      return table;
    }
    const control = this.newControl(block.tag, block.title);
    Object.assign(control, { color: block.color, appearance: block.appearance, cannotDelete: block.cannotDelete, cannotEdit: block.cannotEdit });
    control.parent = parent;
    control.children = block.children.map((child) => this.copyBlock(child, control));
    return control;
  }
}

function inScope(control: ControlNode, scope: ContainerNode | BlockNode[]): boolean {
  if (Array.isArray(scope)) return scope.some((block) => isWithin(control, block));
  return control !== scope && isWithin(control, scope);
}

function checkLength(value: string, location: string): void {
  if (typeof value !== "string") throw invalidArgument(location, "The value must be a string.");
  if (value.length > MAX_TAG_OR_TITLE) throw invalidArgument(location, `The value is longer than ${MAX_TAG_OR_TITLE} characters.`);
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function withStyle(paragraph: ParagraphNode, style: string | undefined): ParagraphNode {
  if (style !== undefined) paragraph.style = style;
  return paragraph;
}
