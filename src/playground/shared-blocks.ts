/**
 * Keeps the blocks of the previous snapshot that did not change, so that the document view redraws only the
 * tables and paragraphs an operation touched (a validation colours a few dozen number cells among thousands).
 * The simulator exports a new DocModel each time; blocks are compared by their JSON text, which is kept per block.
 */
import type { DocBlock, DocModel } from "../domain/document-model";

export interface SharedModel {
  model: DocModel;
  /** JSON text of each top-level block, for the next comparison. */
  texts: string[];
}

export function shareUnchangedBlocks(previous: SharedModel | null, next: DocModel): SharedModel {
  const texts = next.blocks.map((block) => JSON.stringify(block));
  if (!previous) return { model: next, texts };
  const blocks: DocBlock[] = next.blocks.map((block, index) => (previous.texts[index] === texts[index] ? previous.model.blocks[index]! : block));
  return { model: { blocks }, texts };
}
