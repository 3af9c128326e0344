/**
 * Co-authors on the Word host simulator, as a property: between the add-in's read and its write, another person deletes
 * rows, copies a row (its controls and tags with it), gives a control another item's tag, removes a control or types
 * over a cell, near the item being written or anywhere. Then the add-in colours the plan, inserts a status block or sets
 * a field. Whatever happened:
 *  - nothing is written outside the cells of the item being written (colour: of each item it colours);
 *  - an item whose own rows were changed is not written, and the user is told (a DocumentChanged/ItemNotFound error, or
 *    a conflict in the colour report, naming the item);
 *  - an item nobody touched is written as asked, in its own cells, wherever its rows moved.
 * The example-based cases in word-adapter.test.ts ("a document edited between the read and the write") stay; this runs
 * the same guarantees over random combinations, for all three writes.
 */
import fc from "fast-check";
import { defaultCalendar } from "../../src/domain/calendar";
import { colourMarks } from "../../src/domain/colouring";
import { topLevelTables, type DocModel } from "../../src/domain/document-model";
import { allItems, ITEM_FIELDS, type ActionItem, type ItemField } from "../../src/domain/plan";
import { renderStatusBlock, type StatusBlock } from "../../src/domain/status-block";
import { isRedShading } from "../../src/domain/shading";
import { validatePlan } from "../../src/domain/validate";
import { cellAt } from "../../src/document/fingerprint";
import type { ColourMark, ReadResult } from "../../src/document/port";
import { isDocumentError } from "../../src/document/document-error";
import { recognizeModel } from "../../src/document/word/recognize";
import { WordDocument } from "../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice, type SimulatedWord } from "../../src/simulator";
import { planModel } from "../support/docx/actual-plan";
import { cellKey, controlColours, seededRandom, structuredOnSimulator, textLayout, validStatusBlock } from "../support/reliability-support";

const AS_OF = "2022-01-20";
let structured: DocModel;

beforeAll(async () => {
  structured = await structuredOnSimulator(planModel());
});

// --- what the co-author does, and where each original row ends up ---------------------------------------------------

type Who = { kind: "target" | "previous" | "next" | "any"; pick: number };
type Edit =
  | { kind: "delete-row"; who: Who; statusRow: boolean }
  | { kind: "copy-row"; who: Who }
  | { kind: "retag"; who: Who; field: ItemField; to: Who; toField: ItemField }
  | { kind: "remove-control"; who: Who; field: ItemField }
  | { kind: "type-over"; who: Who; field: ItemField };

const who: fc.Arbitrary<Who> = fc.record({ kind: fc.constantFrom("target", "previous", "next", "any"), pick: fc.nat() });
const field = fc.constantFrom(...ITEM_FIELDS);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete-row" as const), who, statusRow: fc.boolean() }),
  fc.record({ kind: fc.constant("copy-row" as const), who }),
  fc.record({ kind: fc.constant("retag" as const), who, field, to: who, toField: field }),
  fc.record({ kind: fc.constant("remove-control" as const), who, field }),
  fc.record({ kind: fc.constant("type-over" as const), who, field }),
);

type Write = { kind: "colour" } | { kind: "insert"; block: StatusBlock } | { kind: "set-field"; field: "milestone" | "periodic" | "completed"; value: string };
const write: fc.Arbitrary<Write> = fc.oneof(
  fc.constant({ kind: "colour" as const }),
  fc.record({ kind: fc.constant("insert" as const), block: validStatusBlock }),
  fc.record({ kind: fc.constant("set-field" as const), field: fc.constantFrom("milestone" as const), value: fc.constantFrom("WTSA-24", "Each TSAG meeting", "") }),
  fc.record({ kind: fc.constant("set-field" as const), field: fc.constantFrom("periodic" as const, "completed" as const), value: fc.constantFrom("√", "") }),
);

/** Which original row (by "table:row" of the read) sits at each row index of each top-level table now. */
class RowMap {
  private readonly rows: (string | null)[][];
  /** Original rows whose content changed, or that were deleted or copied. */
  readonly touched = new Set<string>();
  /** Items whose tags a co-author put on another cell (their identity is now ambiguous). */
  readonly tagTargets = new Set<string>();
  /** Original rows deleted while an identical copy of them stood right after: the copy now stands in their place. */
  readonly twinned = new Set<string>();

  constructor(model: DocModel) {
    this.rows = topLevelTables(model).map((table, t) => table.rows.map((_row, r) => `${t}:${r}`));
  }

  /** Current row index of an original row, or -1 when it was deleted. */
  now(table: number, row: number): number {
    return this.rows[table]!.indexOf(`${table}:${row}`);
  }

  delete(table: number, row: number): void {
    const id = `${table}:${row}`;
    const index = this.now(table, row);
    this.touched.add(id);
    if (this.rows[table]![index + 1] === null) {
      this.rows[table]![index + 1] = id;
      this.twinned.add(id);
    }
    this.rows[table]!.splice(index, 1);
  }

  copy(table: number, row: number): void {
    this.touched.add(`${table}:${row}`);
    this.rows[table]!.splice(this.now(table, row) + 1, 0, null);
  }

  tableSize(table: number): number {
    return this.rows[table]!.length;
  }
}

function rowsOf(item: ActionItem): { table: number; rows: number[] } {
  const rows = [...new Set(Object.values(item.cells).map((address) => address.row))];
  return { table: item.cells.id?.table ?? Object.values(item.cells)[0]!.table, rows };
}

function isTouched(item: ActionItem, map: RowMap): boolean {
  const { table, rows } = rowsOf(item);
  return rows.some((row) => map.touched.has(`${table}:${row}`) || map.now(table, row) < 0);
}

/** A row of the item was replaced by an identical copy (copied, then the original deleted): writing it or not is both right. */
function isTwinned(item: ActionItem, map: RowMap): boolean {
  const { table, rows } = rowsOf(item);
  return rows.some((row) => map.twinned.has(`${table}:${row}`));
}

function resolve(choice: Who, target: ActionItem, items: readonly ActionItem[]): ActionItem {
  const index = items.indexOf(target);
  if (choice.kind === "target") return target;
  if (choice.kind === "previous") return items[Math.max(0, index - 1)]!;
  if (choice.kind === "next") return items[Math.min(items.length - 1, index + 1)]!;
  return items[choice.pick % items.length]!;
}

function applyEdit(sim: SimulatedWord, read: ReadResult, map: RowMap, target: ActionItem, change: Edit): void {
  const items = allItems(read.plan);
  const item = resolve(change.who, target, items);
  const { table } = rowsOf(item);
  const address = (f: ItemField): { table: number; row: number; cell: number } | null => {
    const at = item.cells[f];
    if (!at) return null;
    const row = map.now(at.table, at.row);
    return row < 0 ? null : { table: at.table, row, cell: at.cell };
  };
  const tagOf = (of: ActionItem, f: ItemField): string | undefined => {
    const at = of.cells[f];
    return at ? cellAt(read.model, at)?.control?.tag : undefined;
  };
  if (change.kind === "delete-row") {
    const at = address(change.statusRow ? "status" : "id") ?? address("id");
    if (!at || map.tableSize(table) <= 2) return;
    sim.edit((editor) => editor.deleteRow(at));
    map.delete(table, item.cells[change.statusRow && item.cells.status ? "status" : "id"]!.row);
  } else if (change.kind === "copy-row") {
    const at = address("id");
    if (!at) return;
    sim.edit((editor) => editor.duplicateRow(at));
    map.copy(table, item.cells.id!.row);
  } else {
    const at = address(change.field);
    if (!at) return;
    const original = item.cells[change.field]!;
    if (change.kind === "type-over") {
      sim.edit((editor) => editor.setCellText(at, "Typed over by a co-author"));
    } else {
      const tag = tagOf(item, change.field);
      if (!tag) return;
      if (change.kind === "remove-control") sim.edit((editor) => editor.controls(tag).find((control) => control.text === editor.cellText(at))?.remove(true));
      else {
        const other = resolve(change.to, target, items);
        const newTag = tagOf(other, change.toField);
        if (!newTag || newTag === tag) return;
        sim.edit((editor) => editor.controls(tag).find((control) => control.text === editor.cellText(at))?.setTag(newTag));
        map.tagTargets.add(other.key);
      }
    }
    map.touched.add(`${original.table}:${original.row}`);
  }
}

// --- what the document looks like, cell by cell -----------------------------------------------------------------------

interface Snapshot {
  texts: Map<string, string[]>;
  shading: Map<string, string | null>;
  colours: Map<string, string>;
}

async function snapshot(sim: SimulatedWord): Promise<Snapshot> {
  const layout = textLayout(sim.exportModel());
  return { texts: layout.cells, shading: layout.shading, colours: await controlColours(sim) };
}

function changedCells(before: Snapshot, after: Snapshot): Set<string> {
  const changed = new Set<string>();
  for (const key of new Set([...before.texts.keys(), ...after.texts.keys()])) {
    if (JSON.stringify(before.texts.get(key)) !== JSON.stringify(after.texts.get(key))) changed.add(key);
    if (before.shading.get(key) !== after.shading.get(key)) changed.add(key);
    if (before.colours.get(key) !== after.colours.get(key)) changed.add(key);
  }
  return changed;
}

/** The cells of an item where they are now (none for a deleted row). */
function cellsNow(item: ActionItem, map: RowMap, fields: readonly ItemField[] = ITEM_FIELDS): string[] {
  return fields.flatMap((f) => {
    const at = item.cells[f];
    const row = at ? map.now(at.table, at.row) : -1;
    return at && row >= 0 ? [cellKey(at.table, row, at.cell)] : [];
  });
}

// --- the property ------------------------------------------------------------------------------------------------------

describe("a co-author edits the plan between the add-in's read and its write (property)", () => {
  it("nothing is written outside the item written; a changed item is not written and the user is told; an untouched item is written", async () => {
    let seed = 1;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 }), write, async (pick, edits, chosen) => {
        const sim = createSimulatedWord(structuredClone(structured));
        const restore = installSimulatedOffice(globalThis, sim);
        try {
          const doc = new WordDocument({ random: seededRandom(seed++) });
          const read = await doc.read();
          const items = allItems(read.plan).filter((item) => item.cells.id && item.cells.status);
          const target = items[pick % items.length]!;
          const map = new RowMap(read.model);
          const marks: ColourMark[] = colourMarks(validatePlan(read.plan, defaultCalendar(), AS_OF, {}, read.findings));
          for (const change of edits) applyEdit(sim, read, map, target, change);
          const before = await snapshot(sim);

          if (chosen.kind === "colour") {
            const report = await doc.colour(marks, read);
            const after = await snapshot(sim);
            const conflicts = new Map(report.conflicts.map((finding) => [finding.itemKey, finding.message]));
            const allowed = new Set<string>();
            for (const item of allItems(read.plan)) {
              const touched = isTouched(item, map);
              const ambiguous = map.tagTargets.has(item.key);
              if (touched && !isTwinned(item, map)) expect({ item: item.key, reported: conflicts.has(item.key) }).toEqual({ item: item.key, reported: true });
              if (!touched && !ambiguous) expect({ item: item.key, conflict: conflicts.get(item.key) }).toEqual({ item: item.key, conflict: undefined });
              if (!touched || isTwinned(item, map)) for (const key of cellsNow(item, map)) allowed.add(key);
              if (!touched && !ambiguous && item.cells.id) {
                const mark = marks.find((candidate) => candidate.itemKey === item.key)!;
                const [numberCell] = cellsNow(item, map, ["id"]);
                const shading = after.shading.get(numberCell!) ?? null;
                expect({ item: item.key, red: isRedShading(shading) }).toEqual({ item: item.key, red: mark.red || isRedShading(before.shading.get(numberCell!) ?? null) });
              }
            }
            for (const message of conflicts.values()) expect(message).toMatch(/was not updated because .{10,}/);
            const outside = [...changedCells(before, after)].filter((key) => !allowed.has(key));
            expect(outside).toEqual([]);
            for (const [key, texts] of before.texts) expect(after.texts.get(key)).toEqual(texts);
            return;
          }

          const targetCell = cellsNow(target, map, [chosen.kind === "insert" ? "status" : chosen.field]);
          let failure: unknown = null;
          try {
            if (chosen.kind === "insert") await doc.insertStatusBlock({ itemKey: target.key, block: chosen.block }, read.fingerprints);
            else await doc.setField(target.key, chosen.field, chosen.value, read.fingerprints);
          } catch (error) {
            failure = error;
          }
          const after = await snapshot(sim);
          const changed = [...changedCells(before, after)];
          if (isTouched(target, map) && !(isTwinned(target, map) && failure === null)) {
            expect({ refused: isDocumentError(failure, "DocumentChanged") || isDocumentError(failure, "ItemNotFound"), changed }).toEqual({ refused: true, changed: [] });
            // The message names the item by its number, or by the number proposed for it when it has none (22-10).
            expect((failure as Error).message).toContain(target.id ?? target.key);
            return;
          }
          if (failure !== null) {
            // Only an item whose tag a co-author copied elsewhere may be refused without its own rows changing.
            expect({ item: target.key, ambiguous: map.tagTargets.has(target.key), refused: isDocumentError(failure, "DocumentChanged"), changed }).toEqual({
              item: target.key,
              ambiguous: true,
              refused: true,
              changed: [],
            });
            return;
          }
          expect(changed.filter((key) => !targetCell.includes(key))).toEqual([]);
          const key = targetCell[0]!;
          const expected = chosen.kind === "insert" ? [...renderStatusBlock(chosen.block), ...before.texts.get(key)!] : [chosen.value];
          expect(after.texts.get(key)).toEqual(expected);
        } finally {
          restore();
        }
      }),
      { numRuns: 24 },
    );
  }, 120_000);
});

describe("the property's bookkeeping", () => {
  it("follows rows through deletions and copies, as the simulator moves them", () => {
    const map = new RowMap(structured);
    const before = recognizeModel(structured).plan;
    const item = allItems(before).find((candidate) => candidate.id === "22-04")!;
    const { table } = rowsOf(item);
    const row = item.cells.id!.row;
    map.copy(table, row - 2);
    map.delete(table, row - 4);
    expect(map.now(table, row)).toBe(row);
    map.delete(table, row - 3);
    expect(map.now(table, row)).toBe(row - 1);
    expect(map.now(table, row - 3)).toBe(-1);
    expect(isTouched(item, map)).toBe(false);
    map.copy(table, row);
    expect(isTouched(item, map)).toBe(true);
  });
});
