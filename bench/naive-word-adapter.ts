/**
 * A NAIVE Office.js read + colour, written the way a first-time add-in developer writes it: walk the tables,
 * and for each table, each row and each cell load what is needed and `await context.sync()`; then, for each item,
 * load its number cell and field controls, sync, write the shading and control colours, sync.
 *
 * Kept ONLY in the benchmark, as the baseline the real adapter (src/document/word) is compared with. It builds the
 * same DocModel as the adapter (it reuses the adapter's pure assembleModel and recognizer, so the two differ only in
 * how they talk to Word) and paints the same colours on a document without earlier marks; it has none of the
 * adapter's safety (no fingerprint check, no shared record of its own red).
 *
 * The lint rule office-addins/no-context-sync-in-loop is switched off below on purpose: the syncs in loops ARE what
 * is being measured.
 */
/* eslint-disable office-addins/no-context-sync-in-loop, office-addins/no-navigational-load */
import type { CellAddress, DocModel } from "../src/domain/document-model";
import type { Finding } from "../src/domain/finding";
import { ITEM_FIELDS, allItems, type Plan } from "../src/domain/plan";
import { isRedShading } from "../src/domain/shading";
import type { ColourMark } from "../src/document/port";
import { cellLookup } from "../src/document/fingerprint";
import { assembleModel, cleanText, normalizeColour, type RawCell, type RawParagraph, type RawTable } from "../src/document/word/assemble-model";
import { recognizeModel } from "../src/document/word/recognize";

const NAIVE_RED = "#FF0000";

export interface NaiveItemTarget {
  /** Number cell of the item. */
  numberCell: CellAddress;
  /** Tags of the content controls around the item's field cells (structured documents). */
  controlTags: string[];
}

export interface NaiveReadResult {
  model: DocModel;
  plan: Plan;
  findings: Finding[];
  targets: Map<string, NaiveItemTarget>;
}

export async function naiveRead(): Promise<NaiveReadResult> {
  return await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text,style,outlineLevel,tableNestingLevel");
    await context.sync();
    const rawParagraphs: RawParagraph[] = paragraphs.items.map((paragraph) => ({
      text: paragraph.text,
      style: paragraph.style,
      outlineLevel: paragraph.outlineLevel,
      tableNestingLevel: paragraph.tableNestingLevel,
    }));

    const tables = context.document.body.tables;
    tables.load("nestingLevel");
    await context.sync();
    const rawTables: RawTable[] = [];
    for (const table of tables.items) {
      table.rows.load("cellCount");
      await context.sync();
      const rows: RawCell[][] = [];
      for (const row of table.rows.items) {
        row.cells.load("shadingColor");
        await context.sync();
        const cells: RawCell[] = [];
        for (const cell of row.cells.items) {
          const cellParagraphs = cell.body.paragraphs;
          cellParagraphs.load("text,tableNestingLevel");
          const controls = cell.body.contentControls;
          controls.load("id,tag,title,color");
          await context.sync();
          cells.push({
            shading: normalizeColour(cell.shadingColor),
            paragraphs: cellParagraphs.items.map((paragraph) => ({ text: cleanText(paragraph.text), tableNestingLevel: paragraph.tableNestingLevel })),
            controls: controls.items.map((control) => ({ id: control.id, tag: control.tag, title: control.title, color: control.color })),
          });
        }
        rows.push(cells);
      }
      rawTables.push({ nestingLevel: table.nestingLevel, rows });
    }

    const { model } = assembleModel(rawParagraphs, rawTables);
    const { plan, findings } = recognizeModel(model);
    const cellAt = cellLookup(model);
    const targets = new Map<string, NaiveItemTarget>();
    for (const item of allItems(plan)) {
      if (!item.cells.id) continue;
      const controlTags = ITEM_FIELDS.flatMap((field) => {
        const address = item.cells[field];
        const tag = address ? cellAt(address)?.control?.tag : undefined;
        return tag ? [tag] : [];
      });
      targets.set(item.key, { numberCell: item.cells.id, controlTags });
    }
    return { model, plan, findings, targets };
  });
}

export interface NaiveColourReport {
  marked: number;
  cleared: number;
}

/** Per item: load the number cell's shading and the item's controls, sync; write, sync. */
export async function naiveColour(marks: readonly ColourMark[], targets: ReadonlyMap<string, NaiveItemTarget>): Promise<NaiveColourReport> {
  return await Word.run(async (context) => {
    const tables = context.document.body.tables;
    tables.load("nestingLevel");
    await context.sync();
    const topLevel = tables.items.filter((table) => table.nestingLevel === 1);
    const report: NaiveColourReport = { marked: 0, cleared: 0 };
    for (const mark of marks) {
      const target = targets.get(mark.itemKey);
      const table = target ? topLevel[target.numberCell.table] : undefined;
      if (!target || !table) continue;
      const cell = table.getCell(target.numberCell.row, target.numberCell.cell);
      cell.load("shadingColor");
      const controls = target.controlTags.map((tag) => {
        const found = context.document.contentControls.getByTag(tag);
        found.load("color");
        return found;
      });
      await context.sync();
      const shading = normalizeColour(cell.shadingColor);
      let changed = false;
      if (mark.red && !isRedShading(shading)) {
        cell.shadingColor = NAIVE_RED;
        report.marked += 1;
        changed = true;
      } else if (!mark.red && shading === NAIVE_RED) {
        cell.shadingColor = "";
        report.cleared += 1;
        changed = true;
      }
      if (mark.controlColour) {
        for (const found of controls) {
          for (const control of found.items) {
            if (control.color.toUpperCase() === mark.controlColour.toUpperCase()) continue;
            control.color = mark.controlColour;
            changed = true;
          }
        }
      }
      if (changed) await context.sync();
    }
    return report;
  });
}
