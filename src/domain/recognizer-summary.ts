/**
 * Section I, Table 1: one row per resolution ("Resolution 1 – Rules of procedure …") and the opinion,
 * followed by who acts, collaborates and reports. Also the heading text parser shared with Section II.
 */
import { cellText, type DocTable } from "./document-model";
import type { Finding } from "./finding";
import type { SummaryRow } from "./plan";
import { clip } from "./text-clip";

export interface ResolutionTitle {
  key: string;
  kind: "Resolution" | "Opinion";
  number: number;
  /** Empty when the text has no title part ("Resolution 34"). */
  title: string;
}

const MAX_TITLE_LINE = 600;
const TITLED = /^(Resolution|Opinion)\s+(\d{1,4})\b\s*(?:[-–—:]\s*([\s\S]*))?$/;

/**
 * "Resolution 1 - Rules of procedure…", "Resolution 34", "Opinion 1 – Practical…"; null for anything else,
 * e.g. "Resolution 40 (Rev. Hammamet, 2016) on …", which is a reference in body text, not a title line.
 */
export function parseResolutionTitle(text: string): ResolutionTitle | null {
  // Cheap rejection first: this runs on every paragraph of the document.
  const start = text.trimStart();
  if (text.length > MAX_TITLE_LINE || !(start.startsWith("Resolution") || start.startsWith("Opinion"))) return null;
  const match = TITLED.exec(text.trim().replace(/\s+/g, " "));
  if (!match) return null;
  const kind = match[1] === "Opinion" ? "Opinion" : "Resolution";
  const number = Number(match[2]);
  const title = (match[3] ?? "").trim();
  return { key: resolutionKey(kind, number), kind, number, title };
}

export function resolutionKey(kind: "Resolution" | "Opinion", number: number): string {
  return kind === "Opinion" ? `OP${number}` : String(number);
}

/** The summary table is the one whose rows start with "Resolution N – title". */
export function isSummaryTable(table: DocTable): boolean {
  return table.rows.some((row) => {
    const first = row.cells[0];
    if (!first) return false;
    const parsed = parseResolutionTitle(cellText(first));
    return parsed !== null && parsed.title !== "";
  });
}

export function readSummary(table: DocTable, tableIndex: number): { rows: SummaryRow[]; findings: Finding[] } {
  const rows: SummaryRow[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  table.rows.forEach((row, r) => {
    const first = row.cells[0];
    const text = first ? cellText(first).trim() : "";
    const parsed = parseResolutionTitle(text);
    if (!parsed || parsed.title === "") {
      // Rows before the first resolution are the table's header rows.
      if (rows.length > 0 && text !== "") {
        findings.push({
          rule: "uninterpretable-summary-row",
          severity: "warning",
          message: `Section I, Table 1, row ${r + 1} does not start with "Resolution N – title": "${clip(text)}".`,
          location: { table: tableIndex, row: r, cell: 0 },
        });
      }
      return;
    }
    if (seen.has(parsed.key)) {
      findings.push({
        rule: "duplicate-summary-row",
        severity: "warning",
        message: `Section I, Table 1 lists ${parsed.kind} ${parsed.number} twice (row ${r + 1}).`,
        resolution: parsed.key,
        location: { table: tableIndex, row: r, cell: 0 },
      });
      return;
    }
    seen.add(parsed.key);
    rows.push({ key: parsed.key, kind: parsed.kind, number: parsed.number, title: parsed.title, cells: row.cells.slice(1).map((c) => cellText(c)) });
  });
  return { rows, findings };
}
