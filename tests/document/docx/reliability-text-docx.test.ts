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
import { openDocx } from "../../../src/document/docx/docx-document";
import { isDocumentError } from "../../../src/document/document-error";
import { planDocx } from "../../support/docx/actual-plan";
import { zipText } from "../../support/docx/zip-entries";
import { applyOperation, operations, runProblems, startRun, textLayout, type TextLayout } from "../../support/reliability-support";

let bytes: Uint8Array;
let originalLayout: TextLayout;

beforeAll(async () => {
  bytes = await planDocx();
  originalLayout = textLayout((await openDocx(bytes)).model());
});

/** An item without a status row, or without a usable number for the block's tags, is refused with a typed error. */
function refusalCode(error: unknown): string | undefined {
  return isDocumentError(error) && ["NoStatusCell", "ItemNotFound"].includes(error.code) ? error.code : undefined;
}

describe("text preservation on the .docx adapter (property)", () => {
  it("any sequence of structure / colour / insert status block / uncolour / unstructure keeps every character in its cell and a person's red, also after saving", async () => {
    const input = Uint8Array.from(bytes);
    await fc.assert(
      fc.asyncProperty(operations, async (steps) => {
        const doc = await openDocx(input);
        const run = startRun(doc, originalLayout, refusalCode);
        const check = (now: TextLayout, where: string): void => expect({ where, log: run.log, problems: runProblems(run, now) }).toEqual({ where, log: run.log, problems: [] });
        for (const step of steps) {
          await applyOperation(run, step);
          check(textLayout(doc.model()), "in memory");
        }
        check(textLayout((await openDocx(await doc.save())).model()), "saved and opened again");
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
        outcomes.push(`${write}: ${isDocumentError(error) ? `refused (${error.code})` : `threw ${String(error)}`}`);
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
