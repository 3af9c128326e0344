/**
 * The one way tests read a document's text, and the one round-trip check (ProseMirror's test/trans.ts style: an
 * operation is checked for its result, for the text it must not change, and for its inverse).
 * - paragraphTexts: every paragraph's text in document order, nested tables' cells included.
 * - textOutline: everything a person reads, labelled with where it is (paragraphs with their marks, cells' whole
 *   text): two documents with equal outlines read the same.
 */
import { cellText, type DocBlock, type DocModel } from "../../src/domain/document-model";

export function paragraphTexts(document: DocModel | readonly DocBlock[]): string[] {
  const texts: string[] = [];
  const visit = (blocks: readonly DocBlock[]): void => {
    for (const block of blocks) {
      if (block.kind === "paragraph") texts.push(block.text);
      else for (const row of block.rows) for (const cell of row.cells) visit(cell.blocks);
    }
  };
  visit("blocks" in document ? document.blocks : document);
  return texts;
}

export function textOutline(model: DocModel): string[] {
  const lines: string[] = [];
  visit(model.blocks, "", lines);
  return lines;
}

function visit(blocks: readonly DocBlock[], path: string, lines: string[]): void {
  blocks.forEach((block, index) => {
    const here = `${path}/${index}`;
    if (block.kind === "paragraph") {
      const marks = (block.marks ?? []).map((mark) => (mark.kind === "bookmark" ? `[bm ${mark.name}@${mark.offset}]` : `[fn ${mark.id}@${mark.offset}: ${mark.text}]`));
      lines.push(`${here} p ${block.text}${marks.join("")}`);
      return;
    }
    block.rows.forEach((row, rowIndex) =>
      row.cells.forEach((cell, cellIndex) => {
        const at = `${here}/r${rowIndex}/c${cellIndex}`;
        lines.push(`${at} cell ${cellText(cell)}`);
        visit(cell.blocks, at, lines);
      }),
    );
  });
}

export interface RoundTrip<Document> {
  /** The document before the operation. */
  original: Document;
  /** The operation (structure, colour…): the document after it. */
  forward: (document: Document) => Promise<Document>;
  /** Its inverse (unstructure, uncolour…): the document after undoing it. */
  inverse: (document: Document) => Promise<Document>;
  /** The text as a person reads it. */
  text: (document: Document) => string[] | Promise<string[]>;
  /** What the inverse must give back exactly (default: the text); e.g. the whole model or the part's bytes. */
  restored?: (document: Document) => unknown;
}

/** The operation changes no text, and its inverse restores the original (text, or what `restored` compares). Returns both results. */
export async function expectRoundTrip<Document>(trip: RoundTrip<Document>): Promise<{ forward: Document; back: Document }> {
  const restored = trip.restored ?? trip.text;
  const before = await trip.text(trip.original);
  const forward = await trip.forward(trip.original);
  expect(await trip.text(forward)).toEqual(before);
  const back = await trip.inverse(forward);
  expect(await trip.text(back)).toEqual(before);
  expect(await restored(back)).toEqual(await restored(trip.original));
  return { forward, back };
}
