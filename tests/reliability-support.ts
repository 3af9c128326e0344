/**
 * Shared pieces of the reliability (property-based) tests: arbitraries for valid status blocks, as-of dates and
 * operation sequences, and views of a DocModel that say exactly which characters are where.
 */
import fc from "fast-check";
import type { DocBlock, DocModel } from "../src/domain/document-model";
import { STATUS_STATES, validateStatusBlock, type StatusBlock, type StatusReference } from "../src/domain/status-block";

/** Characters a person may type in a status block: letters, digits, punctuation the format itself uses, RTL text, emoji. */
const TEXT_CHARS = [
  ..."abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789",
  ..."·|[]\\:;,./-_()'\"&<>#%",
  "é", "ß", "ü", "中", "文", "ש", "ל", "ו", "م", "ر", "ح", "ب", "😀", "🇨🇭", "\u00a0",
];

const oneLine = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...TEXT_CHARS), { minLength, maxLength }).map((chars) => chars.join(""));

/** Text of several lines; lines may start like a label ("Summary:", "[Status", "\\"), which the format escapes. */
const multiLine = fc
  .array(fc.oneof(oneLine(0, 30), fc.constantFrom("Summary: inner", "References: x", "[Status 2020-01-01 · x · On track]", "[End of status]", "\\back", "Next steps: y")), {
    minLength: 1,
    maxLength: 3,
  })
  .map((lines) => lines.join("\n"));

const VALID_REFERENCES: StatusReference[] = [
  { kind: "tsag-td", text: "TSAG-TD1187" },
  { kind: "circular-letter", text: "CL-21/3" },
  { kind: "wtsa-contribution", text: "WTSA-C28" },
];

export const isoDate = fc
  .date({ min: new Date("2016-10-01T00:00:00Z"), max: new Date("2024-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A status block the pane would accept (validateStatusBlock finds nothing). */
export const validStatusBlock: fc.Arbitrary<StatusBlock> = fc
  .record({
    date: isoDate,
    event: oneLine(1, 30).filter((text) => text.trim() !== ""),
    state: fc.constantFrom(...STATUS_STATES),
    summary: multiLine,
    references: fc.subarray(VALID_REFERENCES),
    nextSteps: multiLine,
  })
  .filter((block) => validateStatusBlock(block).length === 0);

export type Operation =
  | { kind: "structure" }
  | { kind: "colour"; asOf: string }
  | { kind: "uncolour" }
  | { kind: "insert"; pick: number; block: StatusBlock }
  | { kind: "unstructure" };

export const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.constant({ kind: "structure" as const }),
  isoDate.map((asOf) => ({ kind: "colour" as const, asOf })),
  fc.constant({ kind: "uncolour" as const }),
  fc.record({ kind: fc.constant("insert" as const), pick: fc.nat({ max: 100_000 }), block: validStatusBlock }),
  fc.constant({ kind: "unstructure" as const }),
);

export const operations = fc.array(operation, { minLength: 1, maxLength: 5 });

/** Every paragraph text of a list of blocks, nested tables' cells included, in document order. */
export function flatTexts(blocks: readonly DocBlock[]): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") texts.push(block.text);
    else for (const row of block.rows) for (const cell of row.cells) texts.push(...flatTexts(cell.blocks));
  }
  return texts;
}

export function cellKey(table: number, row: number, cell: number): string {
  return `${table}/${row}/${cell}`;
}

export interface TextLayout {
  /** Text of the body paragraphs outside tables, in order. */
  body: string[];
  /** Paragraph texts of every top-level cell, by "table/row/cell". */
  cells: Map<string, string[]>;
  /** Shading of every top-level cell, by "table/row/cell". */
  shading: Map<string, string | null>;
}

/** Where every character of the document is: body paragraphs, and each top-level cell's paragraphs. */
export function textLayout(model: DocModel): TextLayout {
  const layout: TextLayout = { body: [], cells: new Map(), shading: new Map() };
  let table = 0;
  for (const block of model.blocks) {
    if (block.kind === "paragraph") {
      layout.body.push(block.text);
      continue;
    }
    block.rows.forEach((row, rowIndex) =>
      row.cells.forEach((cell, cellIndex) => {
        layout.cells.set(cellKey(table, rowIndex, cellIndex), flatTexts(cell.blocks));
        layout.shading.set(cellKey(table, rowIndex, cellIndex), cell.shading);
      }),
    );
    table += 1;
  }
  return layout;
}

/** Differences between the texts expected in each cell and those found, as readable lines (empty when equal). */
export function textDifferences(expected: TextLayout, actual: TextLayout): string[] {
  const problems: string[] = [];
  if (JSON.stringify(expected.body) !== JSON.stringify(actual.body)) problems.push("body paragraphs changed");
  if (expected.cells.size !== actual.cells.size) problems.push(`cells: ${expected.cells.size} expected, ${actual.cells.size} found`);
  for (const [key, texts] of expected.cells) {
    const found = actual.cells.get(key);
    if (JSON.stringify(found) !== JSON.stringify(texts)) problems.push(`cell ${key}: expected ${JSON.stringify(texts)}, found ${JSON.stringify(found)}`);
  }
  return problems;
}

/** A deterministic random source (Park–Miller) for status-block ids. */
export function seededRandom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}
