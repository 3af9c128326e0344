/**
 * Groups a run of blocks by the content controls around them, for drawing each control once as a box around its
 * paragraphs. In a DocModel a control around paragraphs is listed on each of them (`DocParagraph.controls`,
 * innermost first); consecutive blocks with the same control (tag and title) at a nesting level share one box, as
 * the simulator does when it loads a model (model-io.ts).
 */
import type { ControlRef, DocBlock } from "../domain/document-model";

export type ViewNode = { kind: "block"; block: DocBlock } | { kind: "control"; control: ControlRef; children: ViewNode[] };

/** The control a block's chain places at nesting `level` (0 = outermost), or null. */
function controlAtLevel(block: DocBlock, level: number): ControlRef | null {
  if (block.kind !== "paragraph" || !block.controls || block.controls.length <= level) return null;
  return block.controls[block.controls.length - 1 - level] ?? null;
}

function sameControl(a: ControlRef | null, b: ControlRef | null): boolean {
  return a !== null && b !== null && a.tag === b.tag && a.title === b.title;
}

export function groupByControls(blocks: readonly DocBlock[], level = 0): ViewNode[] {
  const nodes: ViewNode[] = [];
  let index = 0;
  while (index < blocks.length) {
    const control = controlAtLevel(blocks[index]!, level);
    if (!control) {
      nodes.push({ kind: "block", block: blocks[index]! });
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < blocks.length && sameControl(controlAtLevel(blocks[end]!, level), control)) end += 1;
    nodes.push({ kind: "control", control, children: groupByControls(blocks.slice(index, end), level + 1) });
    index = end;
  }
  return nodes;
}
