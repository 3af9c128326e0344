/**
 * Loads a DocModel into the simulated document and exports the document back as a DocModel.
 *
 * Content controls map to the model this way:
 *   - a control that wraps the whole content of a table cell is `DocCell.control` (the add-in's field control);
 *   - any other control is listed on each paragraph inside it, innermost first (`DocParagraph.controls`).
 * On load, consecutive paragraphs with the same control (tag and title) share one control. Controls around tables
 * outside cells cannot be expressed in the model and are left out of the export (their content is not).
 */
import type { ControlRef, DocBlock, DocCell, DocModel, DocParagraph, DocTable } from "../domain/document-model";
import type { HostDocument } from "./host-document";
import type { BlockNode, CellNode, ContainerNode, ParagraphNode, RowNode, TableNode } from "./tree";

export function loadModel(host: HostDocument, model: DocModel): void {
  host.root.children = buildBlocks(host, model.blocks, 0, host.root);
  if (host.root.children.length === 0) host.root.children.push({ kind: "paragraph", parent: host.root, text: "" });
}

export function exportModel(host: HostDocument): DocModel {
  return { blocks: exportBlocks(host.root.children, []) };
}

// ---------- load ----------

/** The control a paragraph's chain places at nesting `level` (0 = outermost), or null. */
function controlAtLevel(block: DocBlock, level: number): ControlRef | null {
  if (block.kind !== "paragraph" || !block.controls || block.controls.length <= level) return null;
  return block.controls[block.controls.length - 1 - level] ?? null;
}

function sameControl(a: ControlRef | null, b: ControlRef | null): boolean {
  return a !== null && b !== null && a.tag === b.tag && a.title === b.title;
}

function buildBlocks(host: HostDocument, blocks: readonly DocBlock[], level: number, parent: ContainerNode): BlockNode[] {
  const result: BlockNode[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index]!;
    const control = controlAtLevel(block, level);
    if (!control) {
      result.push(buildBlock(host, block, parent));
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < blocks.length && sameControl(controlAtLevel(blocks[end]!, level), control)) end += 1;
    const node = host.newControl(control.tag, control.title);
    node.parent = parent;
    node.children = buildBlocks(host, blocks.slice(index, end), level + 1, node);
    result.push(node);
    index = end;
  }
  return result;
}

function buildBlock(host: HostDocument, block: DocBlock, parent: ContainerNode): BlockNode {
  if (block.kind === "paragraph") return buildParagraph(block, parent);
  const table: TableNode = { kind: "table", parent, rows: [], shading: null, headerRowCount: 0 };
  table.rows = block.rows.map((row) => {
    const rowNode: RowNode = { kind: "row", parent: table, cells: [] };
    rowNode.cells = row.cells.map((cell) => buildCell(host, cell, rowNode));
    return rowNode;
  });
  return table;
}

function buildParagraph(paragraph: DocParagraph, parent: ContainerNode): ParagraphNode {
  const node: ParagraphNode = { kind: "paragraph", parent, text: paragraph.text };
  if (paragraph.style !== undefined) node.style = paragraph.style;
  if (paragraph.outlineLevel !== undefined) node.outlineLevel = paragraph.outlineLevel;
  if (paragraph.marks) node.marks = paragraph.marks.map((mark) => ({ ...mark }));
  return node;
}

function buildCell(host: HostDocument, cell: DocCell, row: RowNode): CellNode {
  const node: CellNode = { kind: "cell", parent: row, children: [], shading: cell.shading, gridSpan: cell.gridSpan };
  const blocks = cell.blocks.length > 0 ? cell.blocks : [{ kind: "paragraph" as const, text: "" }];
  if (cell.control) {
    const control = host.newControl(cell.control.tag, cell.control.title);
    control.parent = node;
    control.children = buildBlocks(host, blocks, 0, control);
    node.children = [control];
  } else {
    node.children = buildBlocks(host, blocks, 0, node);
  }
  return node;
}

// ---------- export ----------

function exportBlocks(blocks: readonly BlockNode[], chain: readonly ControlRef[]): DocBlock[] {
  const result: DocBlock[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") result.push(exportParagraph(block, chain));
    else if (block.kind === "table") result.push(exportTable(block));
    else result.push(...exportBlocks(block.children, [{ tag: block.tag, title: block.title }, ...chain]));
  }
  return result;
}

function exportParagraph(paragraph: ParagraphNode, chain: readonly ControlRef[]): DocParagraph {
  const result: DocParagraph = { kind: "paragraph", text: paragraph.text };
  if (paragraph.style !== undefined) result.style = paragraph.style;
  if (paragraph.outlineLevel !== undefined) result.outlineLevel = paragraph.outlineLevel;
  if (paragraph.marks) result.marks = paragraph.marks.map((mark) => ({ ...mark }));
  if (chain.length > 0) result.controls = chain.map((control) => ({ ...control }));
  return result;
}

function exportTable(table: TableNode): DocTable {
  return { kind: "table", rows: table.rows.map((row) => ({ cells: row.cells.map(exportCell) })) };
}

function exportCell(cell: CellNode): DocCell {
  const only = cell.children.length === 1 ? cell.children[0] : undefined;
  if (only?.kind === "control") {
    return { blocks: exportBlocks(only.children, []), shading: cell.shading, gridSpan: cell.gridSpan, control: { tag: only.tag, title: only.title } };
  }
  return { blocks: exportBlocks(cell.children, []), shading: cell.shading, gridSpan: cell.gridSpan };
}
