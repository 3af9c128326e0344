/**
 * The findings list: one row per finding of a validation (item findings and plan findings), in document order,
 * with the columns the pane filters and sorts by. Pure, so filtering and sorting are tested without a DOM.
 */
import type { Finding, Severity } from "../../domain/finding";
import { allItems, type ActionItem } from "../../domain/plan";
import { ruleById } from "../../domain/rules";
import { ITEM_STATES, type ItemResult, type ItemState } from "../../domain/validation-types";
import { strings } from "../strings";
import type { Validation } from "./validate-document";

export interface FindingRow {
  /** Stable within one validation: the row's position in document order. */
  id: string;
  order: number;
  finding: Finding;
  /** The rule's reason in plain words ("why is this red?"), when the rule is in the registry. */
  reason?: string;
  resolutionKey: string;
  resolutionLabel: string;
  /** The item concerned, if the finding is about one item. */
  item?: ActionItem;
  result?: ItemResult;
  /** Item number as written, else the proposed one, else "". */
  number: string;
  milestone: string;
  /** Earliest due date the milestone resolves to (YYYY-MM-DD), if any. */
  dueDate: string | null;
  state: ItemState | null;
}

export const SORT_KEYS = ["document", "number", "milestone", "dueDate", "state"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "ascending" | "descending";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingFilter {
  /** Empty = every state (plan findings, which have no state, show only then). */
  states: ItemState[];
  /** Empty = every severity. */
  severities: Severity[];
  /** Case-insensitive; matched against number, message, reason, milestone and action. */
  text: string;
}

export const NO_FILTER: FindingFilter = { states: [], severities: [], text: "" };

const PLAN_GROUP = "";

export function findingRows(validation: Validation): FindingRow[] {
  const { read, result } = validation;
  const items = new Map(allItems(read.plan).map((item) => [item.key, item]));
  const labels = new Map(read.plan.resolutions.map((resolution) => [resolution.key, strings.resolutionLabel(resolution.kind, resolution.number)]));
  const rows: FindingRow[] = [];
  const push = (finding: Finding, itemResult?: ItemResult): void => {
    const item = itemResult ? items.get(itemResult.itemKey) : undefined;
    const resolutionKey = itemResult?.resolution ?? finding.resolution ?? PLAN_GROUP;
    const reason = ruleById(finding.rule)?.reason;
    rows.push({
      id: `f${rows.length}`,
      order: rows.length,
      finding,
      ...(reason !== undefined && { reason }),
      resolutionKey,
      resolutionLabel: labels.get(resolutionKey) ?? strings.findings.wholePlan,
      ...(item && { item }),
      ...(itemResult && { result: itemResult }),
      number: itemResult?.itemId ?? itemResult?.proposedId ?? "",
      milestone: item?.milestoneText ?? "",
      dueDate: itemResult?.dueDates[0] ?? null,
      state: itemResult?.state ?? null,
    });
  };
  // Document order: each resolution's plan findings before its items' findings; findings about the whole plan first.
  const planFindingsOf = (key: string): Finding[] => result.planFindings.filter((finding) => (finding.resolution ?? PLAN_GROUP) === key);
  planFindingsOf(PLAN_GROUP).forEach((finding) => push(finding));
  const known = new Set<string>([PLAN_GROUP]);
  for (const resolution of read.plan.resolutions) {
    known.add(resolution.key);
    planFindingsOf(resolution.key).forEach((finding) => push(finding));
    for (const itemResult of result.items) if (itemResult.resolution === resolution.key) itemResult.findings.forEach((finding) => push(finding, itemResult));
  }
  result.planFindings.filter((finding) => !known.has(finding.resolution ?? PLAN_GROUP)).forEach((finding) => push(finding));
  return rows;
}

export function filterRows(rows: readonly FindingRow[], filter: FindingFilter): FindingRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter((row) => {
    if (filter.states.length > 0 && (row.state === null || !filter.states.includes(row.state))) return false;
    if (filter.severities.length > 0 && !filter.severities.includes(row.finding.severity)) return false;
    if (text === "") return true;
    return [row.number, row.finding.message, row.reason ?? "", row.milestone, row.item?.action ?? "", row.resolutionLabel].some((field) => field.toLowerCase().includes(text));
  });
}

/** "01-04" → [1, 4]; "101-04a" → [101, 4, "a"]: numbers compare as numbers. */
function numberParts(number: string): (number | string)[] {
  return number.split(/(\d+)/).filter((part) => part !== "" && part !== "-").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function compareNumbers(a: string, b: string): number {
  const pa = numberParts(a);
  const pb = numberParts(b);
  for (let index = 0; index < Math.max(pa.length, pb.length); index++) {
    const x = pa[index];
    const y = pb[index];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** Most urgent first when ascending: jeopardy, attention, ok, done. */
const STATE_RANK: Record<ItemState, number> = { jeopardy: 0, attention: 1, ok: 2, done: 3 };

function compareBy(key: Exclude<SortKey, "document">, a: FindingRow, b: FindingRow): number {
  switch (key) {
    case "number":
      return compareNumbers(a.number, b.number);
    case "milestone":
      return a.milestone.localeCompare(b.milestone, "en", { sensitivity: "base" });
    case "dueDate":
      return (a.dueDate ?? "").localeCompare(b.dueDate ?? "");
    case "state":
      return (a.state ? STATE_RANK[a.state] : ITEM_STATES.length) - (b.state ? STATE_RANK[b.state] : ITEM_STATES.length);
  }
}

/** Missing values (no number, no milestone, no due date, no state) always go last, whatever the direction. */
function isMissing(key: Exclude<SortKey, "document">, row: FindingRow): boolean {
  if (key === "number") return row.number === "";
  if (key === "milestone") return row.milestone.trim() === "";
  if (key === "dueDate") return row.dueDate === null;
  return row.state === null;
}

export function sortRows(rows: readonly FindingRow[], key: SortKey, direction: SortDirection = "ascending"): FindingRow[] {
  if (key === "document") return [...rows].sort((a, b) => a.order - b.order);
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const missing = Number(isMissing(key, a)) - Number(isMissing(key, b));
    if (missing !== 0) return missing;
    return sign * compareBy(key, a, b) || a.order - b.order;
  });
}

export interface FindingGroup {
  key: string;
  label: string;
  rows: FindingRow[];
}

/** Consecutive rows of the same resolution, in the order given (document order gives one group per resolution). */
export function groupByResolution(rows: readonly FindingRow[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.key === row.resolutionKey) last.rows.push(row);
    else groups.push({ key: row.resolutionKey, label: row.resolutionLabel, rows: [row] });
  }
  return groups;
}
