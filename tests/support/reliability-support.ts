/**
 * Shared pieces of the reliability (property-based) tests: arbitraries for valid status blocks, as-of dates and
 * operation sequences, views of a DocModel that say exactly which characters are where, the driver that applies an
 * operation to either adapter and says what the document should then hold, and the co-author tests' document setup.
 */
import { paragraphTexts } from "./document-text";
import fc from "fast-check";
import { defaultCalendar } from "../../src/domain/calendar";
import { colourMarks } from "../../src/domain/colouring";
import type { DocModel } from "../../src/domain/document-model";
import { allItems } from "../../src/domain/plan";
import { isRedShading } from "../../src/domain/shading";
import { renderStatusBlock, STATUS_STATES, validateStatusBlock, type StatusBlock, type StatusReference } from "../../src/domain/status-block";
import { validatePlan } from "../../src/domain/validate";
import { ADDIN_RED } from "../../src/document/colour-plan";
import type { DocumentPort } from "../../src/document/port";
import { WordDocument } from "../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../../src/simulator";

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
        layout.cells.set(cellKey(table, rowIndex, cellIndex), paragraphTexts(cell.blocks));
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

// --- the random-operation driver (reliability-text-word and reliability-text-docx) -----------------------------------

/** One run of random operations on one document, and what the document should hold after each of them. */
export interface OperationRun {
  doc: DocumentPort;
  /** Layout before any operation: a person's red is the shading found there. */
  original: TextLayout;
  /** Cell texts the document should have now: the original ones plus the status blocks inserted. */
  expected: TextLayout;
  /** Number cells the last colour wanted red (by cell key); cleared by an uncolour. */
  wantedRed: Set<string>;
  log: string[];
  /** The code of the adapter's typed refusal of a status block (an item it cannot write one into), else undefined. */
  refusalCode: (error: unknown) => string | undefined;
}

export function startRun(doc: DocumentPort, original: TextLayout, refusalCode: OperationRun["refusalCode"]): OperationRun {
  const expected: TextLayout = { body: [...original.body], cells: new Map([...original.cells].map(([key, texts]) => [key, [...texts]])), shading: new Map(original.shading) };
  return { doc, original, expected, wantedRed: new Set(), log: [], refusalCode };
}

/** Applies one operation through the port and updates what the run expects (an insert the adapter refuses changes nothing). */
export async function applyOperation(run: OperationRun, step: Operation): Promise<void> {
  const { doc } = run;
  if (step.kind === "structure") {
    run.log.push(`structure: ${(await doc.structure()).wrapped} wrapped`);
  } else if (step.kind === "unstructure") {
    run.log.push(`unstructure: ${(await doc.unstructure()).removed} removed`);
  } else if (step.kind === "colour" || step.kind === "uncolour") {
    const read = await doc.read();
    const marks =
      step.kind === "colour"
        ? colourMarks(validatePlan(read.plan, defaultCalendar(), step.asOf, {}, read.findings))
        : allItems(read.plan).map((item) => ({ itemKey: item.key, red: false }));
    const report = await doc.colour(marks, read);
    expect(report.conflicts).toEqual([]);
    const numberCell = new Map(allItems(read.plan).map((item) => [item.key, item.cells.id]));
    run.wantedRed.clear();
    for (const mark of marks) {
      const address = numberCell.get(mark.itemKey);
      if (address && mark.red) run.wantedRed.add(cellKey(address.table, address.row, address.cell));
    }
    run.log.push(`${step.kind}${step.kind === "colour" ? ` ${step.asOf}` : ""}: ${report.marked} marked, ${report.cleared} cleared`);
  } else {
    const read = await doc.read();
    const items = allItems(read.plan);
    const item = items[step.pick % items.length]!;
    try {
      await doc.insertStatusBlock({ itemKey: item.key, block: step.block }, read.fingerprints);
    } catch (error) {
      const code = run.refusalCode(error);
      if (code === undefined) throw error;
      run.log.push(`insert into ${item.key}: refused (${code})`);
      return;
    }
    const status = item.cells.status!;
    const key = cellKey(status.table, status.row, status.cell);
    run.expected.cells.set(key, [...renderStatusBlock(step.block), ...run.expected.cells.get(key)!]);
    run.log.push(`insert into ${item.key}`);
  }
}

/**
 * What is wrong with the document's layout `now` for this run, as readable lines (empty when right): texts that are not
 * the expected ones; a person's red changed; a cell the last colour wanted red without the add-in's red; any other
 * cell's shading changed.
 */
export function runProblems(run: OperationRun, now: TextLayout): string[] {
  const problems = textDifferences(run.expected, now);
  for (const [key, before] of run.original.shading) {
    const after = now.shading.get(key) ?? null;
    if (before !== null) {
      if (after !== before) problems.push(`a person's red in ${key} changed from ${before} to ${after}`);
    } else if (run.wantedRed.has(key)) {
      if (after !== ADDIN_RED) problems.push(`${key} should carry the add-in's red, has ${after}`);
    } else if (after !== before) {
      problems.push(`${key} changed from ${before} to ${after} though no colour wanted it red`);
    }
  }
  for (const key of run.wantedRed) if (!isRedShading(now.shading.get(key) ?? null)) problems.push(`${key} was wanted red and is not`);
  return problems;
}

// --- co-author tests (reliability-concurrent, reliability-tampered-tags) ----------------------------------------------

/** `model` after the Word adapter structured it on the simulator: the document a co-author then edits. */
export async function structuredOnSimulator(model: DocModel): Promise<DocModel> {
  const sim = createSimulatedWord(model);
  const restore = installSimulatedOffice(globalThis, sim);
  try {
    await new WordDocument().structure();
    return sim.exportModel();
  } finally {
    restore();
  }
}

/** Control colours per top-level cell ("tag=colour" for each control in the cell body, outermost first). */
export async function controlColours(sim: SimulatedWord): Promise<Map<string, string>> {
  return await sim.run(async (context) => {
    const tables = context.document.body.tables.load("items/nestingLevel,items/rows/items/cells/items/body/contentControls/items/tag,items/rows/items/cells/items/body/contentControls/items/color");
    await context.sync();
    const colours = new Map<string, string>();
    tables.items
      .filter((table) => table.nestingLevel === 1)
      .forEach((table, t) =>
        table.rows.items.forEach((row, r) =>
          row.cells.items.forEach((cell, c) => colours.set(cellKey(t, r, c), cell.body.contentControls.items.map((control) => `${control.tag}=${control.color}`).join(" "))),
        ),
      );
    return colours;
  });
}
