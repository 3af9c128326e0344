/**
 * The parsers that read what a document says (tags, the shared state part, status blocks, milestones, the action
 * tables) never throw on what a document may contain, never hang, and return results of the documented shape.
 * Inputs are mutations of real material: the actual plan's model, its milestone texts, rendered status blocks,
 * serialized states and the tags the add-in writes. Complements the per-module property tests (tags, shared-state,
 * status-block, milestone-parser, recognizer-properties), which use generated rather than real material.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import fc from "fast-check";
import { cellText, topLevelTables, type DocBlock, type DocCell, type DocModel, type DocTable } from "../../src/domain/document-model";
import { parseMilestone, type MilestoneTermKind } from "../../src/domain/milestone";
import { allItems, ITEM_FIELDS } from "../../src/domain/plan";
import { recognizePlan, type Recognition } from "../../src/domain/recognizer";
import { isHeaderRow } from "../../src/domain/recognizer-rows";
import { findStatusBlocks, parseStatusBlock, renderStatusBlock, scanStatusBlocks } from "../../src/domain/status-block";
import { isSharedStateXml, parseSharedState, serializeSharedState, type SharedState } from "../../src/document/shared-state";
import { DocumentError } from "../../src/document/document-error";
import { fieldTag, parseTag, statusBlockTag, statusPartTag, STATUS_PARTS, type ParsedTag } from "../../src/document/tags";
import { recognizeModel } from "../../src/document/word/recognize";
import { actualPlanModel } from "../support/word-adapter-builders";
import { validStatusBlock } from "../support/reliability-support";

const seed = actualPlanModel();
const seedItems = allItems(recognizeModel(seed).plan);

/** Edits a string the way damage or a careless edit would: insert, delete, duplicate or replace a slice. */
type StringEdit = { kind: "insert" | "delete" | "duplicate" | "replace"; at: number; length: number; text: string };
const junk = fc.oneof(
  fc.constantFrom("/", "..", "~", "<", ">", "&", '"', "=", " ", "\n", "\r\n", "\t", "·", "]", "[", "\\", ":", ";", ",", "√", "\u0000", "\uFEFF", "😀", "٣", "-", "0", "9"),
  fc.string({ maxLength: 6 }),
);
const stringEdit: fc.Arbitrary<StringEdit> = fc.record({
  kind: fc.constantFrom("insert", "delete", "duplicate", "replace"),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 12 }),
  text: junk,
});

function editString(text: string, edits: readonly StringEdit[]): string {
  let result = text;
  for (const edit of edits) {
    const at = result.length === 0 ? 0 : edit.at % (result.length + 1);
    const end = Math.min(result.length, at + edit.length);
    if (edit.kind === "insert") result = result.slice(0, at) + edit.text + result.slice(at);
    else if (edit.kind === "delete") result = result.slice(0, at) + result.slice(end);
    else if (edit.kind === "duplicate") result = result.slice(0, end) + result.slice(at, end) + result.slice(end);
    else result = result.slice(0, at) + edit.text + result.slice(end);
  }
  return result;
}

/** Runs `code` (CommonJS, may require the project's TypeScript) in a fresh Node process; false when it did not finish in time. */
function finishesWithin(code: string, milliseconds: number): boolean {
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", code], { cwd: join(__dirname, "..", ".."), timeout: milliseconds, encoding: "utf8" });
  if (run.error && (run.error as NodeJS.ErrnoException).code !== "ETIMEDOUT") throw run.error;
  if (run.status !== null && run.status !== 0) throw new Error(`The child process failed: ${run.stderr}`);
  return run.status === 0;
}

describe("content-control tags (strict codec)", () => {
  const realTags = seedItems.flatMap((item) => (item.id && /^(?:[0-9]{2,4}|OP)-[0-9]{2}[a-z]?$/.test(item.id) ? ITEM_FIELDS.map((field) => fieldTag(item.id!, field)) : []));
  const statusTags = ["01-04", "OP-01", "22-13a"].flatMap((id) => [statusBlockTag(id, "20220120ab12"), ...STATUS_PARTS.map((part) => statusPartTag(id, "20220120ab12", part))]);
  const encode = (parsed: ParsedTag): string =>
    parsed.kind === "field"
      ? fieldTag(parsed.itemId, parsed.field, parsed.proposed)
      : parsed.kind === "status-block"
        ? statusBlockTag(parsed.itemId, parsed.blockId)
        : statusPartTag(parsed.itemId, parsed.blockId, parsed.part);

  it("reads a tag only when it is exactly what the add-in writes: any parsed tag re-encodes to the same string (mutated real tags)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...realTags, ...statusTags), fc.array(stringEdit, { maxLength: 3 }), (tag, edits) => {
        const mutated = editString(tag, edits);
        const parsed = parseTag(mutated);
        if (parsed !== null) expect(encode(parsed)).toBe(mutated);
      }),
      { numRuns: 3000 },
    );
  });

  it("never names another item or a path: traversal, padding, case, other digits and separators are refused", () => {
    for (const tag of [
      "ap/1/item/01-04/../id",
      "ap/1/item/../01-04/id",
      "ap/1/item/01-04/./id",
      "ap/1/item/01-04//id",
      "ap/1/item/01-04/id/",
      "/ap/1/item/01-04/id",
      " ap/1/item/01-04/id",
      "ap/1/item/01-04/id ",
      "ap/1/item/01-04/ID",
      "AP/1/item/01-04/id",
      "ap/01/item/01-04/id",
      "ap/1/item/٠١-٠٤/id",
      "ap/1/item/01-04\u0000/id",
      "ap/1/item/01-04%2F..%2Fid",
      "ap\\1\\item\\01-04\\id",
      "ap/1/status/01-04/20220120ab12/../../item/01-05/id",
      "ap/1/status/01-04/20220120ab12/date/x",
      "ap/1/item/01-04~/id~",
    ]) {
      expect({ tag, parsed: parseTag(tag) }).toEqual({ tag, parsed: null });
    }
  });
});

describe("the shared state part", () => {
  const states: SharedState[] = [
    { schemaVersion: 1, documentKey: "6f1c2d3e-0000-4000-8000-000000000000", redMarks: [{ itemId: "01-04", colour: "#FF0000" }, { itemId: "22-04", colour: "#FF0000", previous: "#FFFF00" }], calendarOverrides: '[{"id":"tsag-2022"}]' },
    { schemaVersion: 1, documentKey: null, redMarks: [], calendarOverrides: null },
  ];

  it("a damaged part is either read into a well-formed state or refused with DocumentError and a message (mutated real parts)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...states.map(serializeSharedState)), fc.array(stringEdit, { minLength: 1, maxLength: 4 }), (xml, edits) => {
        const mutated = editString(xml, edits);
        isSharedStateXml(mutated);
        let state: SharedState;
        try {
          state = parseSharedState(mutated);
        } catch (error) {
          expect(error).toBeInstanceOf(DocumentError);
          expect((error as DocumentError).code).toBe("SharedStateInvalid");
          expect((error as Error).message.length).toBeGreaterThan(20);
          return;
        }
        expect(state.schemaVersion).toBe(1);
        for (const mark of state.redMarks) {
          expect(mark.itemId.length).toBeGreaterThan(0);
          expect(mark.colour).toMatch(/^#[0-9A-F]{6}$/);
          if (mark.previous !== undefined && mark.previous !== null) expect(mark.previous).toMatch(/^#[0-9A-F]{6}$/);
        }
        const byItem = (marks: SharedState["redMarks"]): SharedState["redMarks"] => [...marks].sort((a, b) => a.itemId.localeCompare(b.itemId));
        const again = parseSharedState(serializeSharedState(state));
        expect({ ...again, redMarks: byItem(again.redMarks) }).toEqual({ ...state, redMarks: byItem(state.redMarks) });
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a large well-formed part at once (the control for the two hang checks below: same size, closed root)", () => {
    const code = `const { parseSharedState } = require("./src/document/shared-state.ts");
      const state = parseSharedState('<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1"' + " ".repeat(300000) + "/>");
      if (state.schemaVersion !== 1) throw new Error("not read");`;
    expect(finishesWithin(code, 5_000)).toBe(true);
  }, 15_000);

  // A .docx's customXml/itemN.xml reaches parseSharedState as raw text (src/document/docx/state-part.ts), so its regular
  // expressions see whatever a file holds. These used to backtrack polynomially: an unclosed root tag followed by spaces.
  test("does not hang on an unclosed root element followed by many spaces (polynomial regex backtracking)", () => {
    const code = `const { parseSharedState } = require("./src/document/shared-state.ts");
      try { parseSharedState('<actionPlanState xmlns="urn:action-plan-addin:state"' + " ".repeat(300000)); } catch (error) { if (error.code !== "SharedStateInvalid") throw error; }`;
    expect(finishesWithin(code, 5_000)).toBe(true);
  }, 15_000);

  test("isSharedStateXml does not hang on many unclosed '<actionPlanState' tags (quadratic regex scan)", () => {
    const code = `const { isSharedStateXml } = require("./src/document/shared-state.ts"); isSharedStateXml("<actionPlanState ".repeat(60000));`;
    expect(finishesWithin(code, 5_000)).toBe(true);
  }, 15_000);
});

describe("status blocks", () => {
  type LineEdit = { kind: "delete" | "duplicate" | "swap" | "edit" | "insert"; at: number; other: number; edits: StringEdit[]; line: string };
  const extraLine = fc.constantFrom("[Status 2022-01-20 · TSAG · On track]", "[End of status]", "Summary:", "References: none", "Next steps:", "References: TSAG-TD99; nonsense", "[Status x]", "\\", "");
  const lineEdit: fc.Arbitrary<LineEdit> = fc.record({
    kind: fc.constantFrom("delete", "duplicate", "swap", "edit", "insert"),
    at: fc.nat(),
    other: fc.nat(),
    edits: fc.array(stringEdit, { minLength: 1, maxLength: 2 }),
    line: extraLine,
  });

  function editLines(lines: string[], edits: readonly LineEdit[]): string[] {
    const result = [...lines];
    for (const edit of edits) {
      if (result.length === 0) break;
      const at = edit.at % result.length;
      const other = edit.other % result.length;
      if (edit.kind === "delete") result.splice(at, 1);
      else if (edit.kind === "duplicate") result.splice(at, 0, result[at]!);
      else if (edit.kind === "swap") [result[at], result[other]] = [result[other]!, result[at]!];
      else if (edit.kind === "edit") result[at] = editString(result[at]!, edit.edits);
      else result.splice(at, 0, edit.line);
    }
    return result;
  }

  it("a damaged block is read or refused with a message; what is read renders and reads back the same; scans report within the text", () => {
    fc.assert(
      fc.property(fc.array(validStatusBlock, { minLength: 1, maxLength: 3 }), fc.array(lineEdit, { minLength: 1, maxLength: 4 }), (blocks, edits) => {
        const lines = editLines(blocks.flatMap((block) => renderStatusBlock(block)), edits);
        const parsed = parseStatusBlock(lines);
        if ("block" in parsed) expect(parseStatusBlock(renderStatusBlock(parsed.block))).toEqual(parsed);
        else expect(parsed.error.length).toBeGreaterThan(10);
        const text = lines.join("\n");
        const scan = scanStatusBlocks(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const problem of scan.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(0);
          expect(problem.line).toBeLessThan(lineCount);
          expect(problem.error.length).toBeGreaterThan(10);
        }
        for (const block of scan.blocks) expect(parseStatusBlock(renderStatusBlock(block))).toEqual({ block });
        expect(findStatusBlocks(text)).toEqual(scan.blocks);
      }),
      { numRuns: 1500 },
    );
  });

  it("reads the status narratives of the actual plan, damaged, without throwing", () => {
    const narratives = seedItems.map((item) => item.status).filter((text) => text.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...narratives), fc.array(stringEdit, { maxLength: 4 }), (narrative, edits) => {
        const scan = scanStatusBlocks(editString(narrative, edits));
        expect(Array.isArray(scan.blocks) && Array.isArray(scan.problems)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("milestones", () => {
  const KINDS: MilestoneTermKind[] = ["ongoing", "completed", "event", "recurring", "annual", "date", "relative", "last-before", "next", "first", "unparsed"];
  const texts = [...new Set(seedItems.map((item) => item.milestoneText))];

  it("damaged milestone texts of the actual plan parse into known terms, keeping the text", () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom(...texts), fc.array(stringEdit, { maxLength: 4 }), fc.boolean(), (text, other, edits, join) => {
        const mutated = editString(join ? `${text}\n${other}` : text, edits);
        const milestone = parseMilestone(mutated);
        expect(milestone.text).toBe(mutated);
        for (const term of milestone.terms) {
          expect(KINDS).toContain(term.kind);
          expect(term.text.trim().length).toBeGreaterThan(0);
          if ("year" in term && term.year !== undefined) expect(Number.isInteger(term.year)).toBe(true);
          if (term.kind === "relative") expect(Number.isFinite(term.amount) && term.amount >= 0).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("does not hang on long or repetitive text (a cell pasted many times over)", () => {
    for (const text of ["3 months before ".repeat(5000), "WTSA-".repeat(20000), `Last TSAG${" ".repeat(100000)}x`, `${"1".repeat(100000)} months before WTSA-20`, texts.join("\n").repeat(20)]) {
      expect(parseMilestone(text).text).toBe(text);
    }
  });
});

describe("the recognizer on the actual plan, damaged", () => {
  type Mutation =
    | { kind: "delete-row" | "duplicate-row" | "empty-cell" | "drop-cell"; table: number; row: number; cell: number }
    | { kind: "swap-cells"; table: number; row: number; cell: number; other: number }
    | { kind: "junk-row"; table: number; row: number; texts: string[] }
    | { kind: "grid-span"; table: number; row: number; cell: number; span: number }
    | { kind: "nest-table"; table: number; row: number; cell: number; nested: number }
    | { kind: "tag"; table: number; row: number; cell: number; tag: string }
    | { kind: "delete-block" | "duplicate-block"; block: number }
    | { kind: "edit-text"; table: number; row: number; cell: number; edits: StringEdit[] };

  const at = { table: fc.nat(), row: fc.nat(), cell: fc.nat() };
  const tag = fc.oneof(
    fc.constantFrom("ap/1/item/01-04/id", "ap/1/item/01-05/milestone", "ap/1/item/44-36~/id", "ap/1/item/../id", "ap/2/item/01-04/id", "ap/1/status/01-04/20220120ab12", "other-add-in"),
    fc.constantFrom(...seedItems.slice(0, 40).flatMap((item) => (item.id ? [fieldTag(item.id, "status")] : []))),
  );
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constantFrom("delete-row" as const, "duplicate-row" as const, "empty-cell" as const, "drop-cell" as const), ...at }),
    fc.record({ kind: fc.constant("swap-cells" as const), ...at, other: fc.nat() }),
    fc.record({ kind: fc.constant("junk-row" as const), table: fc.nat(), row: fc.nat(), texts: fc.array(fc.oneof(junk, fc.constantFrom("01-04", "√", "Action Item", "Ongoing", "Resolution 1 - x")), { maxLength: 8 }) }),
    fc.record({ kind: fc.constant("grid-span" as const), ...at, span: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant("nest-table" as const), ...at, nested: fc.nat() }),
    fc.record({ kind: fc.constant("tag" as const), ...at, tag }),
    fc.record({ kind: fc.constantFrom("delete-block" as const, "duplicate-block" as const), block: fc.nat() }),
    fc.record({ kind: fc.constant("edit-text" as const), ...at, edits: fc.array(stringEdit, { minLength: 1, maxLength: 3 }) }),
  );

  function mutate(model: DocModel, mutations: readonly Mutation[]): DocModel {
    for (const m of mutations) {
      if ("block" in m) {
        if (model.blocks.length === 0) continue;
        const index = m.block % model.blocks.length;
        if (m.kind === "delete-block") model.blocks.splice(index, 1);
        else model.blocks.splice(index, 0, structuredClone(model.blocks[index]!));
        continue;
      }
      const tables = topLevelTables(model);
      if (tables.length === 0) continue;
      const table = tables[m.table % tables.length]!;
      if (m.kind === "junk-row") {
        table.rows.splice(m.row % (table.rows.length + 1), 0, { cells: m.texts.map((text): DocCell => ({ blocks: [{ kind: "paragraph", text }], shading: null, gridSpan: 1 })) });
        continue;
      }
      if (table.rows.length === 0) continue;
      const r = m.row % table.rows.length;
      const row = table.rows[r]!;
      if (m.kind === "delete-row") table.rows.splice(r, 1);
      else if (m.kind === "duplicate-row") table.rows.splice(r, 0, structuredClone(row));
      else if (row.cells.length > 0) {
        const c = m.cell % row.cells.length;
        const cell = row.cells[c]!;
        if (m.kind === "empty-cell") cell.blocks = [{ kind: "paragraph", text: "" }];
        else if (m.kind === "drop-cell") row.cells.splice(c, 1);
        else if (m.kind === "swap-cells") {
          const o = m.other % row.cells.length;
          [row.cells[c], row.cells[o]] = [row.cells[o]!, cell];
        } else if (m.kind === "grid-span") cell.gridSpan = m.span;
        else if (m.kind === "nest-table") cell.blocks.push(structuredClone(tables[m.nested % tables.length]!) as DocTable);
        else if (m.kind === "tag") cell.control = { tag: m.tag, title: "" };
        else if (m.kind === "edit-text") cell.blocks = editString(cellText(cell), m.edits).split("\n").map((text): DocBlock => ({ kind: "paragraph", text }));
      }
    }
    return model;
  }

  function invariants(model: DocModel, result: Recognition): void {
    const items = allItems(result.plan);
    const keys = items.map((item) => item.key);
    expect(keys.every((key) => typeof key === "string" && key.length > 0)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    const tables = topLevelTables(model);
    const resolutionKeys = new Set(result.plan.resolutions.map((resolution) => resolution.key));
    for (const item of items) {
      expect(resolutionKeys.has(item.resolution)).toBe(true);
      for (const address of Object.values(item.cells)) expect(tables[address.table]?.rows[address.row]?.cells[address.cell]).toBeDefined();
    }
    for (const finding of result.findings) {
      expect(typeof finding.rule === "string" && finding.rule.length > 0).toBe(true);
      expect(["error", "warning", "info"]).toContain(finding.severity);
      expect(typeof finding.message === "string" && finding.message.trim().length > 10).toBe(true);
      if (finding.location) expect(tables[finding.location.table]?.rows[finding.location.row]).toBeDefined();
    }
    // No row of an action table is dropped silently: it is an item's, a header, or a finding's location.
    const covered = new Set<string>();
    for (const item of items) for (const address of Object.values(item.cells)) covered.add(`${address.table}:${address.row}`);
    for (const finding of result.findings) if (finding.location) covered.add(`${finding.location.table}:${finding.location.row}`);
    for (const resolution of result.plan.resolutions)
      for (const t of resolution.tables) tables[t]!.rows.forEach((row, r) => expect(covered.has(`${t}:${r}`) || isHeaderRow(row)).toBe(true));
  }

  it("never throws, and keeps keys unique, addresses real, findings readable and every row accounted for", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.boolean(), (mutations, withTags) => {
        const model = mutate(structuredClone(seed), mutations);
        invariants(model, withTags ? recognizeModel(model) : recognizePlan(model));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
