/**
 * Small builders of action-plan documents (DocModel) for unit tests: a resolution heading, an action table
 * with its header, item rows and status rows, the Section I summary table. They build the shapes the seed-text
 * builder produces for the actual plan (status rows = empty cell + narrative cell spanning 4 columns).
 */
import { cell, paragraph, type DocBlock, type DocCell, type DocModel, type DocParagraph, type DocRow, type DocTable } from "../../../src/domain/document-model";

export const HEADER_TEXTS = ["Action Item", "Action", "Milestone", "Periodic goals met", "Completed"] as const;

export interface ItemSpec {
  /** Number cell text ("01-04", "" for an empty number cell, "54-03\n(44-25)" for a second number). */
  id: string;
  action?: string;
  milestone?: string;
  /** true = "√". A string is written as is. */
  periodic?: boolean | string;
  completed?: boolean | string;
  /** Status narrative; null = no status row under the item. Default: "Status of <id>". */
  status?: string | null;
  /** Shading of the number cell ("#RRGGBB"). */
  shading?: string | null;
}

function tick(value: boolean | string | undefined): string {
  return value === true ? "√" : value === false || value === undefined ? "" : value;
}

export function headerRow(options: { lostFirstCell?: boolean } = {}): DocRow {
  const texts = options.lostFirstCell ? HEADER_TEXTS.slice(1) : HEADER_TEXTS;
  return { cells: texts.map((t) => cell(t)) };
}

export function itemRow(id: string, action: string, milestone: string, periodic: boolean | string = false, completed: boolean | string = false, shading: string | null = null): DocRow {
  return { cells: [cell(id, { shading }), cell(action), cell(milestone), cell(tick(periodic)), cell(tick(completed))] };
}

export function statusRow(text: string): DocRow {
  return { cells: [cell(""), cell(text, { gridSpan: 4 })] };
}

/** Rows of one item: its item row, then its status row unless `status` is null. */
export function itemRows(spec: ItemSpec): DocRow[] {
  const row = itemRow(spec.id, spec.action ?? `Action of ${spec.id}`, spec.milestone ?? "Ongoing", spec.periodic ?? true, spec.completed ?? false, spec.shading ?? null);
  const status = spec.status === undefined ? `Status of ${spec.id}` : spec.status;
  return status === null ? [row] : [row, statusRow(status)];
}

/** An action table: header row, then each item (spec → item row + status row) or a row given as is. */
export function actionTable(items: (ItemSpec | DocRow)[], options: { header?: boolean; lostFirstCell?: boolean } = {}): DocTable {
  const rows: DocRow[] = options.header === false ? [] : [headerRow({ lostFirstCell: options.lostFirstCell ?? false })];
  for (const item of items) {
    if ("cells" in item) rows.push(item);
    else rows.push(...itemRows(item));
  }
  return { kind: "table", rows };
}

/** "Resolution 1 - Title" as a level-2 heading; without a title, just "Resolution 1". */
export function resolutionHeading(number: number, title = "", kind: "Resolution" | "Opinion" = "Resolution"): DocParagraph {
  return paragraph(title === "" ? `${kind} ${number}` : `${kind} ${number} - ${title}`, { style: "Heading 2", outlineLevel: 2 });
}

/** A resolution of Section II: heading, the "Resolution N" line, operative text, then its action table. */
export function resolutionSection(number: number, title: string, items: (ItemSpec | DocRow)[], kind: "Resolution" | "Opinion" = "Resolution"): DocBlock[] {
  const blocks: DocBlock[] = [resolutionHeading(number, title, kind), paragraph(`${kind} ${number}`), paragraph("resolves"), paragraph("1\tto do something.")];
  if (items.length > 0) blocks.push(actionTable(items));
  return blocks;
}

/** Section I, Table 1: two header rows, then "Resolution N – Title" rows with 12 more cells. */
export function summaryTable(entries: { number: number; title: string; kind?: "Resolution" | "Opinion" }[]): DocTable {
  const blank = (): DocCell => cell("");
  return {
    kind: "table",
    rows: [
      { cells: [cell("Resolution - Title**"), cell("Action by"), cell("Collaboration with"), cell("Report to")] },
      { cells: [blank(), ...["SGs", "TSAG", "TSB", "Membership", "GenSec", "GenSec", "BDT", "BR", "TSAG", "Council", "WTSA-20", "PP-18"].map((t) => cell(t))] },
      ...entries.map((e) => ({ cells: [cell(`${e.kind ?? "Resolution"} ${e.number} – ${e.title}`), cell("all"), ...Array.from({ length: 11 }, blank)] })),
    ],
  };
}

export function planDoc(...blocks: (DocBlock | DocBlock[])[]): DocModel {
  return { blocks: blocks.flat() };
}
