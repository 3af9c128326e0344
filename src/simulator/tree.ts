/**
 * The simulated document itself: a tree of block-level nodes with parent pointers.
 *   body → paragraph | table | control;  table → row → cell;  cell and control hold blocks like the body.
 * Content controls are block-level (they wrap whole paragraphs/tables), which is how the add-in uses them;
 * inline controls inside a paragraph's text are not modelled.
 * This module only reads the tree; changes go through host-document.ts, which keeps indexes and events right.
 */
import type { InlineMark } from "../domain/document-model";

export interface ParagraphNode {
  kind: "paragraph";
  parent: ContainerNode | null;
  text: string;
  style?: string;
  outlineLevel?: number;
  marks?: InlineMark[];
}

export interface TableNode {
  kind: "table";
  parent: ContainerNode | null;
  rows: RowNode[];
  shading: string | null;
  headerRowCount: number;
}

export interface RowNode {
  kind: "row";
  parent: TableNode | null;
  cells: CellNode[];
}

export interface CellNode {
  kind: "cell";
  parent: RowNode | null;
  children: BlockNode[];
  shading: string | null;
  gridSpan: number;
}

export interface ControlNode {
  kind: "control";
  parent: ContainerNode | null;
  children: BlockNode[];
  id: number;
  tag: string;
  title: string;
  color: string;
  appearance: "BoundingBox" | "Tags" | "Hidden";
  cannotDelete: boolean;
  cannotEdit: boolean;
  placeholderText: string;
  removeWhenEdited: boolean;
}

export interface BodyNode {
  kind: "body";
  parent: null;
  children: BlockNode[];
}

export type BlockNode = ParagraphNode | TableNode | ControlNode;
export type ContainerNode = BodyNode | CellNode | ControlNode;
export type AnyNode = BlockNode | ContainerNode | RowNode;

export function newParagraph(text: string, parent: ContainerNode | null = null): ParagraphNode {
  return { kind: "paragraph", parent, text };
}

export function isContainer(node: AnyNode): node is ContainerNode {
  return node.kind === "body" || node.kind === "cell" || node.kind === "control";
}

/** True while the node is part of the document: removal clears the removed node's parent pointer. */
export function isAttached(node: AnyNode, root: BodyNode): boolean {
  let current: AnyNode = node;
  while (current.parent) current = current.parent;
  return current === root;
}

export function ancestors(node: AnyNode): AnyNode[] {
  const result: AnyNode[] = [];
  for (let current = node.parent as AnyNode | null; current; current = current.parent) result.push(current);
  return result;
}

export function nearestControl(node: AnyNode, includeSelf: boolean): ControlNode | null {
  if (includeSelf && node.kind === "control") return node;
  for (const ancestor of ancestors(node)) if (ancestor.kind === "control") return ancestor;
  return null;
}

export function nearestCell(node: AnyNode, includeSelf = false): CellNode | null {
  if (includeSelf && node.kind === "cell") return node;
  for (const ancestor of ancestors(node)) if (ancestor.kind === "cell") return ancestor;
  return null;
}

export function nearestTable(node: AnyNode, includeSelf = false): TableNode | null {
  if (includeSelf && node.kind === "table") return node;
  for (const ancestor of ancestors(node)) if (ancestor.kind === "table") return ancestor;
  return null;
}

/** The main body or the cell body that contains the node (a control is not a body). */
export function enclosingBody(node: AnyNode): BodyNode | CellNode | null {
  for (const ancestor of ancestors(node)) if (ancestor.kind === "body" || ancestor.kind === "cell") return ancestor;
  return null;
}

/** Number of table cells around the node: 0 outside tables, 1 in a top-level table… */
export function tableNestingLevel(node: AnyNode): number {
  return ancestors(node).filter((ancestor) => ancestor.kind === "cell").length + (node.kind === "cell" ? 1 : 0);
}

export function indexInParent(node: BlockNode): number {
  const parent = node.parent;
  return parent ? parent.children.indexOf(node) : -1;
}

/** Visits blocks in document order; `visit` returning false skips the node's descendants. */
export function walkBlocks(blocks: readonly BlockNode[], visit: (block: BlockNode) => boolean | void): void {
  for (const block of blocks) {
    if (visit(block) === false) continue;
    if (block.kind === "control") walkBlocks(block.children, visit);
    else if (block.kind === "table") for (const row of block.rows) for (const cell of row.cells) walkBlocks(cell.children, visit);
  }
}

export function descendantControls(blocks: readonly BlockNode[]): ControlNode[] {
  const result: ControlNode[] = [];
  walkBlocks(blocks, (block) => {
    if (block.kind === "control") result.push(block);
  });
  return result;
}

/** Paragraphs in document order; `includeTables` false leaves out paragraphs in tables (WordApi 1.1/1.2 behaviour). */
export function descendantParagraphs(blocks: readonly BlockNode[], includeTables: boolean): ParagraphNode[] {
  const result: ParagraphNode[] = [];
  walkBlocks(blocks, (block) => {
    if (block.kind === "paragraph") result.push(block);
    return includeTables || block.kind !== "table";
  });
  return result;
}

export function descendantTables(blocks: readonly BlockNode[]): TableNode[] {
  const result: TableNode[] = [];
  walkBlocks(blocks, (block) => {
    if (block.kind === "table") result.push(block);
  });
  return result;
}

/** Tables nested exactly one level inside the table's cells (Word.Table.tables: "the child tables nested one level deeper"). */
export function childTables(table: TableNode): TableNode[] {
  const result: TableNode[] = [];
  for (const row of table.rows)
    for (const cell of row.cells)
      walkBlocks(cell.children, (block) => {
        if (block.kind === "table") {
          result.push(block);
          return false;
        }
        return true;
      });
  return result;
}

/**
 * Text as Word returns it: paragraphs separated by `separator` ("\r" on Word desktop), a nested table's cells by "\t"
 * and its rows by the separator. Word's end-of-cell marks are not reproduced.
 */
export function blocksText(blocks: readonly BlockNode[], separator: string): string {
  return blocks.map((block) => blockText(block, separator)).join(separator);
}

export function blockText(block: BlockNode, separator: string): string {
  if (block.kind === "paragraph") return block.text;
  if (block.kind === "control") return blocksText(block.children, separator);
  return block.rows.map((row) => row.cells.map((cell) => blocksText(cell.children, separator)).join("\t")).join(separator);
}

/**
 * A key ordering nodes by document position: the child indexes on the path from the root.
 * Used only to sort the few matches of a tag lookup, so the O(depth × siblings) cost is paid rarely.
 */
export function documentOrderKey(node: AnyNode): number[] {
  const key: number[] = [];
  let current: AnyNode = node;
  while (current.parent) {
    const parent: AnyNode = current.parent;
    if (parent.kind === "table") key.push(parent.rows.indexOf(current as RowNode));
    else if (parent.kind === "row") key.push(parent.cells.indexOf(current as CellNode));
    else key.push(parent.children.indexOf(current as BlockNode));
    current = parent;
  }
  return key.reverse();
}

export function compareOrderKeys(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function sortInDocumentOrder<T extends AnyNode>(nodes: T[]): T[] {
  if (nodes.length < 2) return nodes;
  const keyed = nodes.map((node) => ({ node, key: documentOrderKey(node) }));
  keyed.sort((a, b) => compareOrderKeys(a.key, b.key));
  return keyed.map((entry) => entry.node);
}

/** True when `node` is `scope` or lies inside it. */
export function isWithin(node: AnyNode, scope: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) if (current === scope) return true;
  return false;
}

/** Tables of the main body that are not inside another table, in document order (CellAddress.table counts these). */
export function topLevelTableNodes(root: BodyNode): TableNode[] {
  const result: TableNode[] = [];
  walkBlocks(root.children, (block) => {
    if (block.kind !== "table") return true;
    result.push(block);
    return false;
  });
  return result;
}
