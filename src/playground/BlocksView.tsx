/**
 * A run of blocks (the body, a cell, a control's content): paragraphs, tables and the content controls around them,
 * each control as a framed box with its title (see document-view-css.ts). `selectedTag` marks the controls that hold
 * the selection; `tableIndex` numbers top-level tables as CellAddress.table does (nested tables have none).
 */
import type { DocBlock } from "../domain/document-model";
import { groupByControls, type ViewNode } from "./control-groups";
import { ControlBox } from "./ControlBox";
import { ParagraphView } from "./ParagraphView";
import { TableView } from "./TableView";
import { highlightForTable, type DocumentHighlight } from "./document-highlight";

interface BlocksViewProps {
  blocks: readonly DocBlock[];
  highlight: DocumentHighlight;
  /** True for the body: its tables are the top-level tables that CellAddress counts. */
  topLevel?: boolean;
}

export function BlocksView({ blocks, highlight, topLevel = false }: BlocksViewProps) {
  const tableIndexes = new Map<DocBlock, number>();
  if (topLevel) for (const block of blocks) if (block.kind === "table") tableIndexes.set(block, tableIndexes.size);
  const indexOf = (block: DocBlock): number | null => tableIndexes.get(block) ?? null;
  return <NodesView nodes={groupByControls(blocks)} highlight={highlight} tableIndexOf={indexOf} />;
}

interface NodesViewProps {
  nodes: ViewNode[];
  highlight: DocumentHighlight;
  tableIndexOf: (block: DocBlock) => number | null;
}

function NodesView({ nodes, highlight, tableIndexOf }: NodesViewProps) {
  return (
    <>
      {nodes.map((node, index) => {
        if (node.kind === "control") {
          return (
            <ControlBox key={index} tag={node.control.tag} title={node.control.title} selected={highlight.tag === node.control.tag}>
              <NodesView nodes={node.children} highlight={highlight} tableIndexOf={tableIndexOf} />
            </ControlBox>
          );
        }
        const { block } = node;
        if (block.kind === "paragraph") return <ParagraphView key={index} paragraph={block} />;
        const tableIndex = tableIndexOf(block);
        return <TableView key={index} table={block} tableIndex={tableIndex} highlight={highlightForTable(highlight, tableIndex)} />;
      })}
    </>
  );
}
