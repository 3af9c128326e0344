/**
 * The table recognizer: document model → Plan, plus findings for everything it could not interpret.
 * It reads Section I, Table 1 (the summary), the resolution headings of Section II and each action table
 * ("Action Item | Action | Milestone | Periodic goals met | Completed", each item row followed by its status row).
 * Pure and total: it never throws, it never drops a row silently, and its cost is linear in the document.
 */
import { cellText, type DocModel, type DocParagraph, type DocTable } from "./document-model";
import type { Finding } from "./finding";
import { itemPrefixFor, parseItemNumberCell, prefixOf } from "./item-number";
import type { Plan, PlanAssembly, Resolution, SummaryRow } from "./plan";
import { attachStatus, draftItem, itemCellFindings, settleNumbers, type FieldForControl, type ItemDraft } from "./recognizer-items";
import { classifyRows, COLUMN_NAMES, describeColumns, type RowClass } from "./recognizer-rows";
import { isSummaryTable, parseResolutionTitle, readSummary, resolutionKey, type ResolutionTitle } from "./recognizer-summary";

export type { ControlField, FieldForControl } from "./recognizer-items";

export interface RecognizeOptions {
  /** Reads the add-in's content-control tags (structured documents); see src/document/tags.ts. */
  fieldForControl?: FieldForControl;
}

export interface Recognition {
  plan: Plan;
  findings: Finding[];
}

export function recognizePlan(model: DocModel, options: RecognizeOptions = {}): Recognition {
  const reader = new PlanReader();
  let tableIndex = 0;
  for (const block of model.blocks) {
    if (block.kind === "paragraph") reader.paragraph(block);
    else {
      reader.table(block, tableIndex);
      tableIndex += 1;
    }
  }
  return reader.finish(options.fieldForControl);
}

interface ResolutionDraft {
  key: string;
  kind: "Resolution" | "Opinion";
  number: number;
  headingTitle: string;
  label: string;
  prefix: string;
  items: ItemDraft[];
  tables: number[];
}

class PlanReader {
  private readonly resolutions: ResolutionDraft[] = [];
  private readonly byKey = new Map<string, ResolutionDraft>();
  private current: ResolutionDraft | null = null;
  private summary: SummaryRow[] | null = null;
  private readonly findings: Finding[] = [];
  private actionTables = 0;
  private assembly: PlanAssembly | null = null;

  paragraph(paragraph: DocParagraph): void {
    if (this.assembly === null) this.assembly = assemblyNamedIn(paragraph.text);
    const heading = parseResolutionTitle(paragraph.text);
    if (heading) {
      this.enterResolution(heading);
      return;
    }
    // A section or appendix heading closes the current resolution: tables after it are not its tables.
    if (paragraph.outlineLevel === 1) this.current = null;
  }

  private enterResolution(heading: ResolutionTitle): void {
    const current = this.current;
    if (current && current.key === heading.key) {
      // The "Resolution 1" line under the heading "Resolution 1 - Title".
      if (current.headingTitle === "") current.headingTitle = heading.title;
      return;
    }
    const existing = this.byKey.get(heading.key);
    if (existing) {
      this.findings.push({
        rule: "duplicate-resolution-heading",
        severity: "warning",
        message: `${existing.label} has a second heading; its action tables are read as one.`,
        resolution: existing.key,
      });
      this.current = existing;
      return;
    }
    this.current = this.addResolution(heading.kind, heading.number, heading.title);
  }

  private addResolution(kind: "Resolution" | "Opinion", number: number, headingTitle: string): ResolutionDraft {
    const draft: ResolutionDraft = {
      key: resolutionKey(kind, number),
      kind,
      number,
      headingTitle,
      label: `${kind} ${number}`,
      prefix: itemPrefixFor(kind, number),
      items: [],
      tables: [],
    };
    this.resolutions.push(draft);
    this.byKey.set(draft.key, draft);
    return draft;
  }

  table(table: DocTable, tableIndex: number): void {
    const rows = classifyRows(table, tableIndex);
    if (!isActionTable(rows)) {
      if (this.summary === null && isSummaryTable(table)) {
        const summary = readSummary(table, tableIndex);
        this.summary = summary.rows;
        this.findings.push(...summary.findings);
      }
      return;
    }
    this.actionTables += 1;
    const resolution = this.current ?? this.resolutionForOrphanTable(rows, tableIndex);
    resolution.tables.push(tableIndex);
    if (!rows.some((row) => row.kind === "header")) {
      this.findings.push({
        rule: "action-table-without-header",
        severity: "info",
        message: `An action table of ${resolution.label} has no header row; it is read as a continuation of the one above.`,
        resolution: resolution.key,
        location: { table: tableIndex, row: 0, cell: 0 },
      });
    }
    this.readRows(rows, resolution, tableIndex);
  }

  private readRows(rows: readonly RowClass[], resolution: ResolutionDraft, tableIndex: number): void {
    let lastItem: ItemDraft | null = null;
    const where = (row: number): string => `${resolution.label}, action table row ${row + 1}`;
    const at = (row: number) => ({ resolution: resolution.key, location: { table: tableIndex, row, cell: 0 } });
    for (const row of rows) {
      switch (row.kind) {
        case "header":
          if (row.lostFirstCell) {
            this.findings.push({ rule: "header-lost-first-cell", severity: "info", message: `The header row of ${resolution.label}'s action table has lost its first cell ("Action Item").`, ...at(row.row) });
          }
          if (!row.columns.standard) {
            const unread = row.columns.missing.filter((field) => field === "id" || field === "action" || field === "milestone");
            const consequence = row.columns.readable
              ? `its items are read by the header's column names${row.columns.missing.length > 0 ? ", the missing columns as empty" : ""}${row.columns.extra.length > 0 ? ", the other columns are not read" : ""}.`
              : `without ${unread.map((field) => `"${COLUMN_NAMES[field]}"`).join(" and ")} its rows cannot be read as items; each is reported.`;
            this.findings.push({
              rule: "action-table-columns",
              severity: "warning",
              message: `The action table of ${resolution.label} (table ${tableIndex + 1} of the document) has ${describeColumns(row.columns)}; ${consequence}`,
              ...at(row.row),
            });
          }
          lastItem = null;
          break;
        case "item": {
          lastItem = draftItem(row, resolution.key, where(row.row));
          resolution.items.push(lastItem);
          if (row.mergedFrom) {
            this.findings.push({ rule: "split-row-merged", severity: "info", message: `${where(row.row)}: the item's row is split in two (rows ${row.mergedFrom[0] + 1} and ${row.mergedFrom[1] + 1}); read as one item.`, ...at(row.row) });
          }
          if (row.idCellMissing) {
            this.findings.push({ rule: "number-cell-missing", severity: "warning", message: `${where(row.row)}: the row has no number cell (four cells instead of five).`, ...at(row.row) });
          }
          break;
        }
        case "status":
          if (lastItem && !lastItem.item.cells.status) attachStatus(lastItem, row.field);
          else this.findings.push({ rule: "orphan-status-row", severity: "warning", message: `${where(row.row)}: a status row that follows no item; its text is not attached to any item.`, ...at(row.row) });
          break;
        case "empty":
          this.findings.push({ rule: "empty-row", severity: "info", message: `${where(row.row)}: an empty row; ignored.`, ...at(row.row) });
          break;
        case "uninterpretable":
          this.findings.push({
            rule: "uninterpretable-row",
            severity: "warning",
            message: row.columns
              ? `${where(row.row)}: a row of ${row.cellCount} cells, not read: the table's header has ${describeColumns(row.columns)}.`
              : `${where(row.row)}: a row of ${row.cellCount} cells that is neither an item, a status row nor a header; not read.`,
            ...at(row.row),
          });
          break;
      }
    }
  }

  /** An action table before any resolution heading belongs to the resolution its item numbers name. */
  private resolutionForOrphanTable(rows: readonly RowClass[], tableIndex: number): ResolutionDraft {
    const firstId = rows.map(itemNumberOf).find((id) => id !== null) ?? null;
    const prefix = firstId ? prefixOf(firstId) : null;
    const kind = prefix === "OP" ? "Opinion" : "Resolution";
    const number = prefix === null ? 0 : prefix === "OP" ? 1 : Number(prefix);
    const resolution = this.byKey.get(resolutionKey(kind, number)) ?? this.addResolution(kind, number, "");
    this.findings.push({
      rule: "action-table-without-heading",
      severity: "warning",
      message: prefix === null ? "An action table has no resolution heading above it and no item numbers." : `An action table has no resolution heading above it; its item numbers place it under ${resolution.label}.`,
      resolution: resolution.key,
      location: { table: tableIndex, row: 0, cell: 0 },
    });
    return resolution;
  }

  finish(fieldForControl: FieldForControl | undefined): Recognition {
    const findings = this.findings;
    findings.push(...settleNumbers(this.resolutions, fieldForControl));
    const summaryByKey = new Map((this.summary ?? []).map((row) => [row.key, row]));
    const resolutions: Resolution[] = this.resolutions.map((draft) => {
      const summaryTitle = summaryByKey.get(draft.key)?.title ?? "";
      const titleSource = draft.headingTitle !== "" ? "heading" : summaryTitle !== "" ? "summary" : "none";
      if (titleSource === "summary") {
        findings.push({ rule: "title-from-summary", severity: "info", message: `The heading of ${draft.label} has no title; the title is taken from Section I.`, resolution: draft.key });
      } else if (titleSource === "none") {
        findings.push({ rule: "resolution-title-missing", severity: "warning", message: `${draft.label} has no title, neither in its heading nor in Section I.`, resolution: draft.key });
      }
      for (const item of draft.items) findings.push(...itemCellFindings(item, fieldForControl));
      return {
        key: draft.key,
        kind: draft.kind,
        number: draft.number,
        title: titleSource === "heading" ? draft.headingTitle : summaryTitle,
        titleSource,
        items: draft.items.map((item) => item.item),
        tables: draft.tables,
      };
    });
    if (this.actionTables === 0) {
      findings.push({ rule: "no-action-table", severity: "warning", message: "No action table (Action Item | Action | Milestone | Periodic goals met | Completed) was found in this document." });
    }
    const plan: Plan = { resolutions, summary: this.summary ?? [], ...(this.assembly !== null ? { assembly: this.assembly } : {}) };
    return { plan, findings };
  }
}

const ASSEMBLY_RESOLUTIONS = /\bWTSA[-\u2010-\u2015 ]?(\d{2}) Resolutions\b/;

/** "List of WTSA-24 Resolutions and Opinion", "… implementation of WTSA-16 Resolutions": the plan's own assembly. */
function assemblyNamedIn(text: string): PlanAssembly | null {
  if (!text.includes("WTSA")) return null;
  const match = ASSEMBLY_RESOLUTIONS.exec(text);
  return match ? { series: "WTSA", year: 2000 + Number(match[1]) } : null;
}

/** A table is an action table when it has the header row, or item rows whose number cell holds an item number. */
function isActionTable(rows: readonly RowClass[]): boolean {
  return rows.some((row) => row.kind === "header" || itemNumberOf(row) !== null);
}

function itemNumberOf(row: RowClass): string | null {
  return row.kind === "item" && row.fields.id ? parseItemNumberCell(cellText(row.fields.id.cell)).id : null;
}
