import fc from "fast-check";
import type { DocBlock, DocCell, DocModel, DocParagraph, DocRow, DocTable } from "../../src/domain/document-model";
import { topLevelTables } from "../../src/domain/document-model";
import { allItems, ITEM_FIELDS } from "../../src/domain/plan";
import { recognizePlan, type ControlField, type Recognition } from "../../src/domain/recognizer";
import { isHeaderRow } from "../../src/domain/recognizer-rows";
import { planDoc, resolutionSection, summaryTable } from "../support/builders/plan-builders";

const interestingText = fc.oneof(
  fc.constantFrom("", " ", "√", "√\nSee comment below.", "Action Item", "Action", "Milestone", "Periodic goals met", "Completed", "01-01", "22-13", "54-03\n(44-25)", "OP-01", "Ongoing", "Resolution 1 - Rules", "Resolution 34", "Opinion 1", "Resolution 7 – Collaboration"),
  fc.string({ maxLength: 12 }),
);
const shading = fc.constantFrom(null, "#FF0000", "#FFFFFF", "#C00000", "zz");
const control = fc.option(fc.record({ tag: fc.constantFrom("t/01-01/id", "t/01-02/status", "t/xx/zz", "other"), title: fc.constant("") }), { nil: undefined });

const paragraphArb: fc.Arbitrary<DocParagraph> = fc.record({
  kind: fc.constant("paragraph" as const),
  text: interestingText,
  outlineLevel: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
});

const { table: tableArb } = fc.letrec<{ table: DocTable; row: DocRow; cell: DocCell; block: DocBlock }>((tie) => ({
  block: fc.oneof({ maxDepth: 1, depthIdentifier: "cell-nesting", withCrossShrink: true }, paragraphArb, tie("table")),
  cell: fc.record({ blocks: fc.array(tie("block"), { maxLength: 2 }), shading, gridSpan: fc.integer({ min: 1, max: 5 }), control }),
  row: fc.record({ cells: fc.array(tie("cell"), { maxLength: 6 }) }),
  table: fc.record({ kind: fc.constant("table" as const), rows: fc.array(tie("row"), { maxLength: 6 }) }),
}));

const modelArb: fc.Arbitrary<DocModel> = fc.record({ blocks: fc.array(fc.oneof(paragraphArb, tableArb), { maxLength: 8 }) });

const fieldForControl = (tag: string): ControlField | null => {
  const match = /^t\/([^/]+)\/(.+)$/.exec(tag);
  return match && (ITEM_FIELDS as readonly string[]).includes(match[2]!) ? { itemId: match[1]!, field: match[2] as ControlField["field"] } : null;
};

/** Every row of every action table is an item's row, a status row, a header, or the location of a finding. */
function uncoveredRows(model: DocModel, result: Recognition): string[] {
  const covered = new Set<string>();
  for (const item of allItems(result.plan)) for (const address of Object.values(item.cells)) covered.add(`${address.table}:${address.row}`);
  for (const finding of result.findings) if (finding.location) covered.add(`${finding.location.table}:${finding.location.row}`);
  const tables = topLevelTables(model);
  const missing: string[] = [];
  for (const resolution of result.plan.resolutions) {
    for (const t of resolution.tables) {
      tables[t]!.rows.forEach((row, r) => {
        if (!covered.has(`${t}:${r}`) && !isHeaderRow(row)) missing.push(`${t}:${r}`);
      });
    }
  }
  return missing;
}

function checkInvariants(model: DocModel, result: Recognition): void {
  const keys = allItems(result.plan).map((i) => i.key);
  expect(new Set(keys).size).toBe(keys.length);
  const resolutionKeys = new Set(result.plan.resolutions.map((r) => r.key));
  for (const item of allItems(result.plan)) expect(resolutionKeys.has(item.resolution)).toBe(true);
  expect(uncoveredRows(model, result)).toEqual([]);
}

describe("recognizePlan properties", () => {
  it("never throws on arbitrary documents, keeps keys unique and accounts for every row", () => {
    fc.assert(
      fc.property(modelArb, fc.boolean(), (model, withHook) => {
        const result = recognizePlan(model, withHook ? { fieldForControl } : {});
        checkInvariants(model, result);
      }),
      { numRuns: 400 },
    );
  });

  const realistic = (): DocModel =>
    planDoc(
      summaryTable([{ number: 1, title: "Rules" }, { number: 22, title: "TSAG" }]),
      resolutionSection(1, "Rules", [{ id: "01-01" }, { id: "01-02", completed: true }, { id: "" }]),
      resolutionSection(22, "", [{ id: "22-09" }, { id: "54-03\n(44-25)" }, { id: "22-11", milestone: "Completed" }]),
    );

  type Mutation = { kind: "drop-row" | "drop-cell" | "duplicate-row" | "set-text"; table: number; row: number; cell: number; text: string };
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    kind: fc.constantFrom("drop-row", "drop-cell", "duplicate-row", "set-text"),
    table: fc.nat(3),
    row: fc.nat(8),
    cell: fc.nat(5),
    text: interestingText,
  });

  function mutate(model: DocModel, mutations: Mutation[]): DocModel {
    const tables = topLevelTables(model);
    for (const m of mutations) {
      const table = tables[m.table % tables.length]!;
      if (table.rows.length === 0) continue;
      const r = m.row % table.rows.length;
      const row = table.rows[r]!;
      if (m.kind === "drop-row") table.rows.splice(r, 1);
      else if (m.kind === "duplicate-row") table.rows.splice(r, 0, structuredClone(row));
      else if (row.cells.length > 0) {
        const c = m.cell % row.cells.length;
        if (m.kind === "drop-cell") row.cells.splice(c, 1);
        else row.cells[c] = { ...row.cells[c]!, blocks: [{ kind: "paragraph", text: m.text }] };
      }
    }
    return model;
  }

  it("never throws on mutated action plans (rows dropped, duplicated, cells dropped, texts replaced) and accounts for every row", () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 6 }), (mutations) => {
        const model = mutate(realistic(), mutations);
        checkInvariants(model, recognizePlan(model, { fieldForControl }));
      }),
      { numRuns: 400 },
    );
  });

  it("reads the unmutated realistic plan completely", () => {
    const { plan } = recognizePlan(realistic());
    expect(allItems(plan).map((i) => i.key)).toEqual(["01-01", "01-02", "01-03", "22-09", "54-03", "22-11"]);
  });
});
