/**
 * Text preservation on the .docx adapter, the same property as on the Word simulator (reliability-text-word): random
 * sequences of structure / colour as of a random date / insert a random valid status block / uncolour / unstructure on
 * the whole actual plan as a .docx. After every step, and again after saving and opening the saved bytes:
 *  - every paragraph that was in the document is still there, in order, in its cell (or in the body);
 *  - the only new paragraphs are the rendered lines of the inserted status blocks, at the top of their status cell;
 *  - a person's red is unchanged; any other cell is as it was, or the add-in's red when the last colour wanted it red.
 * The input bytes are never modified. Each run parses and rewrites the whole plan, so the number of runs is small.
 */
import fc from "fast-check";
import { defaultCalendar } from "../src/domain/calendar";
import { colourMarks } from "../src/domain/colouring";
import { allItems } from "../src/domain/plan";
import { renderStatusBlock } from "../src/domain/status-block";
import { isRedShading } from "../src/domain/shading";
import { validatePlan } from "../src/domain/validate";
import { ADDIN_RED } from "../src/document/colour-plan";
import { openDocx, type DocxDocument } from "../src/document/docx/docx-document";
import { isDocxError } from "../src/document/docx/docx-error";
import { planDocx } from "./fixtures/docx/actual-plan";
import { zipText } from "./fixtures/docx/zip-entries";
import { cellKey, operations, textDifferences, textLayout, type Operation, type TextLayout } from "./reliability-support";

let bytes: Uint8Array;
let originalLayout: TextLayout;
let personRed: Map<string, string | null>;

beforeAll(async () => {
  bytes = await planDocx();
  originalLayout = textLayout((await openDocx(bytes)).model());
  personRed = new Map([...originalLayout.shading].filter(([, shading]) => shading !== null));
});

function copyLayout(layout: TextLayout): TextLayout {
  return { body: [...layout.body], cells: new Map([...layout.cells].map(([key, texts]) => [key, [...texts]])), shading: new Map(layout.shading) };
}

interface Run {
  doc: DocxDocument;
  expected: TextLayout;
  wantedRed: Set<string>;
  log: string[];
}

async function apply(run: Run, step: Operation): Promise<void> {
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
    const report = await doc.colour(marks, read.fingerprints);
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
      // An item without a status row, or without a usable number for the block's tags, is refused with a typed error.
      if (!isDocxError(error) || !["NoStatusCell", "ItemNotFound"].includes(error.code)) throw error;
      run.log.push(`insert into ${item.key}: refused (${error.code})`);
      return;
    }
    const status = item.cells.status!;
    const key = cellKey(status.table, status.row, status.cell);
    run.expected.cells.set(key, [...renderStatusBlock(step.block), ...run.expected.cells.get(key)!]);
    run.log.push(`insert into ${item.key}`);
  }
}

function shadingProblems(run: Run, now: TextLayout): string[] {
  const problems: string[] = [];
  for (const [key, before] of originalLayout.shading) {
    const after = now.shading.get(key) ?? null;
    if (personRed.has(key)) {
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

describe("text preservation on the .docx adapter (property)", () => {
  it("any sequence of structure / colour / insert status block / uncolour / unstructure keeps every character in its cell and a person's red, also after saving", async () => {
    const input = Uint8Array.from(bytes);
    await fc.assert(
      fc.asyncProperty(operations, async (steps) => {
        const run: Run = { doc: await openDocx(input), expected: copyLayout(originalLayout), wantedRed: new Set(), log: [] };
        const check = (now: TextLayout, where: string): void =>
          expect({ where, log: run.log, problems: [...textDifferences(run.expected, now), ...shadingProblems(run, now)] }).toEqual({ where, log: run.log, problems: [] });
        for (const step of steps) {
          await apply(run, step);
          check(textLayout(run.doc.model()), "in memory");
        }
        check(textLayout((await openDocx(await run.doc.save())).model()), "saved and opened again");
      }),
      { numRuns: 8 },
    );
    expect(input).toEqual(bytes);
  }, 120_000);
});

/** Characters outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/U+FFFF), raw or as references. */
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern is about
const NOT_XML_1_0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|&#0*(?:[0-8]|1[124-9]|2[0-9]|3[01]);|&#x0*(?:[0-8BCEF]|1[0-9A-F]);/i;

describe("text XML cannot carry", () => {
  // A person can paste a control character (e.g. U+0001 from another program) into the pane or pass one to the CLI.
  // Word refuses to open a word/document.xml holding one ("unreadable content"), while this project's own reader
  // (xmldom, lenient) opens it again, so nothing else would notice. The .docx adapter refuses it with a typed error
  // (InvalidValue) before anything is written.
  test("a field value or status block with U+0001 is refused or stored as valid XML 1.0, never saved into a document Word cannot open", async () => {
    const outcomes: string[] = [];
    for (const write of ["setField", "insertStatusBlock"] as const) {
      const doc = await openDocx(bytes);
      const read = await doc.read();
      try {
        if (write === "setField") await doc.setField("01-04", "milestone", "WTSA-24\u0001", read.fingerprints);
        else await doc.insertStatusBlock({ itemKey: "01-04", block: { date: "2022-01-20", event: "TSAG", state: "On track", summary: "pasted \u0001 text", references: [], nextSteps: "n" } }, read.fingerprints);
      } catch (error) {
        outcomes.push(`${write}: ${isDocxError(error) ? `refused (${error.code})` : `threw ${String(error)}`}`);
        continue;
      }
      const xml = await zipText(await doc.save(), "word/document.xml");
      outcomes.push(`${write}: ${NOT_XML_1_0.test(xml) ? "saved a word/document.xml that is not XML 1.0" : "saved valid XML"}`);
    }
    expect(outcomes.filter((outcome) => /not XML 1\.0|threw/.test(outcome))).toEqual([]);
    expect(outcomes).toEqual(["setField: refused (InvalidValue)", "insertStatusBlock: refused (InvalidValue)"]);
  });

  it("the check above recognizes a valid document: the unchanged plan's word/document.xml is XML 1.0", async () => {
    expect(NOT_XML_1_0.test(await zipText(bytes, "word/document.xml"))).toBe(false);
  });
});
