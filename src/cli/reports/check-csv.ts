/**
 * `check --format csv`: one row per finding (an item without findings has one row with the finding columns
 * empty), then one row per finding about the plan as a whole (item columns empty).
 */
import type { Finding } from "../../domain/finding";
import type { CheckJson } from "./check-json";

const HEADER = ["id", "proposedId", "resolution", "state", "milestone", "periodicMet", "completed", "dueDates", "rule", "severity", "message"];

export function checkCsv(report: CheckJson, planFindings: readonly Finding[]): string {
  const rows: string[][] = [HEADER];
  for (const item of report.items) {
    const base = [item.id ?? "", item.proposedId ?? "", item.resolution, item.state, item.milestone, String(item.periodicMet), String(item.completed), item.dueDates.join(" ")];
    if (item.findings.length === 0) rows.push([...base, "", "", ""]);
    for (const finding of item.findings) rows.push([...base, finding.rule, finding.severity, finding.message]);
  }
  for (const finding of planFindings) rows.push(["", "", finding.resolution ?? "", "", "", "", "", "", finding.rule, finding.severity, finding.message]);
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** RFC 4180: quote fields with commas, quotes or line breaks; double the quotes inside. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
