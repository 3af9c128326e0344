/**
 * Tampered tags cannot make the add-in write outside the item it is asked to write. The document is tampered before
 * the read (so no "changed since read" check can save the day): a field control of item A carrying item B's tag, a
 * traversal-like tag, a status-block tag for another item on a field control, a tag naming another field of the same
 * item. For every write (set a field, insert a status block, colour) on A or B, on the Word adapter (simulator) and on
 * the .docx adapter: the only cells that change are cells of the item written, and the value lands in that item's
 * own cell, or the write is refused with a typed error and nothing changes. A small plan in the actual plan's shapes
 * keeps the 84 writes quick; the whole plan's text preservation is covered by reliability-text-*.
 */
import JSZip from "jszip";
import { defaultCalendar } from "../../src/domain/calendar";
import { colourMarks } from "../../src/domain/colouring";
import type { DocModel } from "../../src/domain/document-model";
import { allItems, ITEM_FIELDS, type ActionItem, type ItemField, type Plan } from "../../src/domain/plan";
import { renderStatusBlock, type StatusBlock } from "../../src/domain/status-block";
import { validatePlan } from "../../src/domain/validate";
import { openDocx, type DocxDocument } from "../../src/document/docx/docx-document";
import { isDocumentError } from "../../src/document/document-error";
import type { DocumentPort, ReadResult } from "../../src/document/port";
import { fieldTag } from "../../src/document/tags";
import { recognizeModel } from "../../src/document/word/recognize";
import { WordDocument } from "../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice } from "../../src/simulator";
import { writeDocx } from "../../src/fixture/docx-writer";
import { planDoc, resolutionSection, summaryTable } from "../support/builders/plan-builders";
import { cellKey, controlColours, structuredOnSimulator, textLayout } from "../support/reliability-support";

/** Two resolutions in the actual plan's shapes, with a person's red on 01-04 and items late as of 2022-01-20. */
function smallPlan(): DocModel {
  return planDoc(
    summaryTable([{ number: 1, title: "Rules of procedure" }, { number: 22, title: "TSAG" }]),
    resolutionSection(1, "Rules of procedure of ITU-T", [
      { id: "01-04", milestone: "Each TSAG meeting", shading: "#C00000" },
      { id: "01-05", milestone: "WTSA-20" },
      { id: "01-06", milestone: "Council 2019", completed: true },
      { id: "01-07", milestone: "TSAG 2018" },
    ]),
    resolutionSection(22, "Authorization for TSAG", [{ id: "22-01", milestone: "WTSA-20" }, { id: "22-02", milestone: "Ongoing", status: "No news." }]),
  );
}

const A = "01-05";
const B = "01-06";
const BLOCK: StatusBlock = { date: "2022-01-20", event: "TSAG, January 2022", state: "Attention", summary: "Waiting for SG17.", references: [], nextSteps: "Ask again." };

interface Tampering {
  name: string;
  /** The tag on A's `field` control is replaced by `tag`. */
  field: ItemField;
  tag: string;
}

const TAMPERINGS: Tampering[] = [
  { name: "A's milestone control carries B's milestone tag", field: "milestone", tag: fieldTag(B, "milestone") },
  { name: "A's number control carries B's number tag", field: "id", tag: fieldTag(B, "id") },
  { name: "A's number control carries a traversal-like tag", field: "id", tag: "ap/1/item/../id" },
  { name: "A's milestone control carries a path to B's milestone", field: "milestone", tag: `ap/1/item/${A}/../../item/${B}/milestone` },
  { name: "A's status control carries a status-block tag for B", field: "status", tag: `ap/1/status/${B}/20220120ab12` },
  { name: "A's milestone control carries A's completed tag", field: "milestone", tag: fieldTag(A, "completed") },
];

type WriteRequest = { kind: "set-field"; item: string; field: "milestone" | "completed"; value: string } | { kind: "insert"; item: string } | { kind: "colour" };

const WRITES: WriteRequest[] = [
  { kind: "set-field", item: A, field: "milestone", value: "WTSA-24" },
  { kind: "set-field", item: A, field: "completed", value: "√" },
  { kind: "set-field", item: B, field: "milestone", value: "WTSA-24" },
  { kind: "set-field", item: B, field: "completed", value: "√" },
  { kind: "insert", item: A },
  { kind: "insert", item: B },
  { kind: "colour" },
];

function describeWrite(write: WriteRequest): string {
  return write.kind === "colour" ? "colour the plan" : write.kind === "insert" ? `insert a status block into ${write.item}` : `set ${write.item}'s ${write.field}`;
}

function itemOf(plan: Plan, id: string): ActionItem {
  return allItems(plan).find((item) => item.id === id)!;
}

function cellsOf(item: ActionItem, fields: readonly ItemField[] = ITEM_FIELDS): string[] {
  return fields.flatMap((field) => (item.cells[field] ? [cellKey(item.cells[field].table, item.cells[field].row, item.cells[field].cell)] : []));
}

interface Cells {
  texts: Map<string, string[]>;
  shading: Map<string, string | null>;
}

function cellsOfModel(model: DocModel): Cells {
  const layout = textLayout(model);
  return { texts: layout.cells, shading: layout.shading };
}

function changed(before: Cells, after: Cells, colours?: { before: Map<string, string>; after: Map<string, string> }): string[] {
  const keys = new Set<string>();
  for (const [key, texts] of before.texts) if (JSON.stringify(after.texts.get(key)) !== JSON.stringify(texts)) keys.add(key);
  for (const [key, shading] of before.shading) if (after.shading.get(key) !== shading) keys.add(key);
  if (colours) for (const [key, value] of colours.before) if (colours.after.get(key) !== value) keys.add(key);
  return [...keys].sort();
}

/** Makes the write through either adapter; returns the error it failed with, or null when it succeeded. */
async function attempt(doc: DocumentPort, write: WriteRequest, read: ReadResult): Promise<unknown> {
  try {
    if (write.kind === "colour") {
      const report = await doc.colour(colourMarks(validatePlan(read.plan, defaultCalendar(), "2022-01-20", {}, read.findings)), read);
      expect(report.conflicts).toEqual([]);
    } else if (write.kind === "insert") await doc.insertStatusBlock({ itemKey: write.item, block: BLOCK }, read.fingerprints);
    else await doc.setField(write.item, write.field, write.value, read.fingerprints);
  } catch (error) {
    return error;
  }
  return null;
}

/**
 * The outcome of a write on a tampered document, checked: a set field or a status block changes at most the written
 * item's cell (with the value asked for), or is refused with nothing changed; colouring changes only cells of items
 * whose controls name them (never A's tampered cell with B's colour). Returns a short description for the snapshot.
 */
function judge(write: WriteRequest, plan: Plan, before: Cells, after: Cells, changedCells: string[], failure: unknown, typed: boolean): string {
  if (failure !== null) {
    expect({ typed, changedCells }).toEqual({ typed: true, changedCells: [] });
    return `refused (${(failure as { code: string }).code})`;
  }
  if (write.kind === "colour") {
    const allowed = new Set(allItems(plan).flatMap((item) => cellsOf(item)));
    expect(changedCells.filter((key) => !allowed.has(key))).toEqual([]);
    for (const [key, texts] of before.texts) expect(after.texts.get(key)).toEqual(texts);
    return `coloured ${changedCells.length} cells`;
  }
  const item = itemOf(plan, write.item);
  const [target] = cellsOf(item, [write.kind === "insert" ? "status" : write.field]);
  expect(changedCells.filter((key) => key !== target)).toEqual([]);
  const expected = write.kind === "insert" ? [...renderStatusBlock(BLOCK), ...before.texts.get(target!)!] : [write.value];
  expect(after.texts.get(target!)).toEqual(expected);
  return `written into ${write.item}'s own cell`;
}

// --- Word (simulator) --------------------------------------------------------------------------------------------------

let structured: DocModel;
beforeAll(async () => {
  structured = await structuredOnSimulator(smallPlan());
});

async function runWord(tampering: Tampering, write: WriteRequest): Promise<string> {
  const sim = createSimulatedWord(structuredClone(structured));
  const restore = installSimulatedOffice(globalThis, sim);
  try {
    const original = itemOf(recognizeModel(structured).plan, A);
    sim.edit((editor) => editor.controls(fieldTag(A, tampering.field))[0]!.setTag(tampering.tag));
    expect(sim.exportModel()).not.toEqual(structured);
    const doc = new WordDocument({ random: () => 0.25 });
    const read = await doc.read();
    expect(itemOf(read.plan, A).cells).toEqual(original.cells);
    const before = cellsOfModel(sim.exportModel());
    const coloursBefore = await controlColours(sim);
    const failure = await attempt(doc, write, read);
    const after = cellsOfModel(sim.exportModel());
    const colours = { before: coloursBefore, after: await controlColours(sim) };
    const outcome = judge(write, read.plan, before, after, changed(before, after, colours), failure, isDocumentError(failure));
    if (write.kind === "colour") {
      // A's tampered control is never given the colour of the item its tag names.
      const tampered = cellsOf(itemOf(read.plan, A), [tampering.field])[0]!;
      expect(colours.after.get(tampered)).toBe(colours.before.get(tampered));
    }
    return outcome;
  } finally {
    restore();
  }
}

describe("tampered tags on the Word adapter", () => {
  for (const tampering of TAMPERINGS) {
    it(`${tampering.name}: every write stays in the item written, or is refused`, async () => {
      const outcomes: string[] = [];
      for (const write of WRITES) outcomes.push(`${describeWrite(write)}: ${await runWord(tampering, write)}`);
      // A's tampered milestone control does not name A's milestone: the Word adapter will not write through it.
      if (tampering.field === "milestone") expect(outcomes).toContain(`set ${A}'s milestone: refused (NotStructured)`);
      expect(outcomes.find((outcome) => outcome.startsWith(`set ${B}'s milestone: `))).toBe(`set ${B}'s milestone: written into ${B}'s own cell`);
    }, 30_000);
  }
});

// --- .docx ------------------------------------------------------------------------------------------------------------

let structuredDocx: Uint8Array;
beforeAll(async () => {
  const doc = await openDocx(await writeDocx(smallPlan()));
  await doc.structure();
  structuredDocx = await doc.save();
});

async function tamperedDocx(tampering: Tampering): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(structuredDocx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const from = `w:val="${fieldTag(A, tampering.field)}"`;
  expect(xml.split(from)).toHaveLength(2);
  zip.file("word/document.xml", xml.replace(from, `w:val="${tampering.tag}"`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function runDocx(tampering: Tampering, write: WriteRequest, bytes: Uint8Array): Promise<string> {
  const doc: DocxDocument = await openDocx(bytes);
  const read = await doc.read();
  const before = cellsOfModel(doc.model());
  const failure = await attempt(doc, write, read);
  const saved = await openDocx(await doc.save());
  const after = cellsOfModel(saved.model());
  return judge(write, read.plan, before, after, changed(before, after), failure, isDocumentError(failure));
}

describe("tampered tags on the .docx adapter", () => {
  for (const tampering of TAMPERINGS) {
    it(`${tampering.name}: every write stays in the item written, or is refused`, async () => {
      const bytes = await tamperedDocx(tampering);
      for (const write of WRITES) expect(`${describeWrite(write)}: ${await runDocx(tampering, write, bytes)}`).toMatch(/: (refused|written into|coloured)/);
    }, 30_000);
  }
});
