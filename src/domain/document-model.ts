/**
 * The document as every adapter sees it: an ordered list of paragraphs and tables.
 * The .docx reader, the Word adapter and the seed-text fixture builder all produce this shape,
 * and the recognizer (recognizer.ts) turns it into a Plan. Pure data: no Office, no DOM.
 */

/** A Word bookmark or footnote reference anchored at a character offset of a paragraph's text. */
export type InlineMark =
  | { kind: "bookmark"; name: string; offset: number }
  | { kind: "footnote"; id: string; offset: number; text: string };

/** A content control of the add-in (tag + title), as found around a cell's content or a paragraph. */
export interface ControlRef {
  tag: string;
  title: string;
}

export interface DocParagraph {
  kind: "paragraph";
  /** Visible text only: bookmarks and footnote references are in `marks`, not in the text. */
  text: string;
  /** Word style name when known (e.g. "Heading 1"). */
  style?: string;
  /** 1 for a top-level heading, 2 for a sub-heading…; absent for body text. */
  outlineLevel?: number;
  marks?: InlineMark[];
  /** The add-in content control this paragraph sits in (status-block fields), innermost first. */
  controls?: ControlRef[];
}

export interface DocCell {
  /** Paragraphs and nested tables in document order. */
  blocks: DocBlock[];
  /** Cell shading as a hex colour "#RRGGBB" (upper case), or null when the cell has none. */
  shading: string | null;
  /** Number of grid columns this cell spans horizontally (w:gridSpan); 1 for a plain cell. */
  gridSpan: number;
  /** The add-in's field content control wrapping the cell content, when the document is structured. */
  control?: ControlRef;
}

export interface DocRow {
  cells: DocCell[];
}

export interface DocTable {
  kind: "table";
  rows: DocRow[];
}

export type DocBlock = DocParagraph | DocTable;

export interface DocModel {
  blocks: DocBlock[];
}

/** Address of a cell of a top-level table: `table` counts top-level tables in document order from 0. */
export interface CellAddress {
  table: number;
  row: number;
  cell: number;
}

/** The text of a cell as a person reads it: paragraphs joined by "\n"; nested tables' cells joined by "\t", rows by "\n". */
export function cellText(cell: DocCell): string {
  return blocksText(cell.blocks);
}

export function blocksText(blocks: readonly DocBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === "paragraph"
        ? block.text
        : block.rows.map((row) => row.cells.map((cell) => cellText(cell)).join("\t")).join("\n"),
    )
    .join("\n");
}

/** Top-level tables in document order; index i here is `CellAddress.table === i`. */
export function topLevelTables(model: DocModel): DocTable[] {
  return model.blocks.filter((block): block is DocTable => block.kind === "table");
}

export function paragraph(text: string, extra: Omit<DocParagraph, "kind" | "text"> = {}): DocParagraph {
  return { kind: "paragraph", text, ...extra };
}

export function cell(texts: string | string[], extra: Partial<Omit<DocCell, "blocks">> = {}): DocCell {
  const lines = Array.isArray(texts) ? texts : texts.split("\n");
  return { blocks: lines.map((line) => paragraph(line)), shading: null, gridSpan: 1, ...extra };
}
