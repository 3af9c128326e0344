/**
 * Test-data builders for plan objects: a sensible default plus only what a test cares about.
 *   planOf(item({ id: "01-02", milestoneText: "WTSA-20" }), item({ id: "02-01", resolution: "2" }))
 */
import type { ActionItem, Plan, Resolution, SummaryRow } from "../../../src/domain/plan";
import type { ItemFacts } from "../../../src/domain/rules/run";
import { renderStatusBlock, type StatusBlock } from "../../../src/domain/status-block";

export function item(overrides: Partial<ActionItem> = {}): ActionItem {
  const id = overrides.id === undefined ? "01-01" : overrides.id;
  return {
    key: id ?? overrides.proposedId ?? "1#1",
    id,
    altIds: [],
    rawId: id ?? "",
    resolution: id ? String(Number(id.split("-")[0])) : "1",
    action: "TSB to report to TSAG.",
    milestoneText: "Ongoing",
    periodicMet: true,
    periodicText: "√",
    completed: false,
    completedText: "",
    status: "Reported to TSAG in January 2022 (TSAG-TD1187).",
    numberCellRed: false,
    numberCellShading: null,
    cells: {},
    ...overrides,
  };
}

export function completedItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return item({ completed: true, completedText: "√", ...overrides });
}

export function resolution(key: string, items: ActionItem[], overrides: Partial<Resolution> = {}): Resolution {
  return { key, kind: "Resolution", number: Number(key), title: `Title of Resolution ${key}`, titleSource: "heading", items, tables: items.length > 0 ? [Number(key)] : [], ...overrides };
}

export function summaryRow(key: string, overrides: Partial<SummaryRow> = {}): SummaryRow {
  return { key, kind: "Resolution", number: Number(key), title: `Title of Resolution ${key}`, cells: ["all", "X"], ...overrides };
}

/** A plan whose resolutions are the items' resolutions, in order of first appearance, each listed in Section I. */
export function planOf(...items: ActionItem[]): Plan {
  const keys = [...new Set(items.map((each) => each.resolution))];
  return {
    resolutions: keys.map((key) => resolution(key, items.filter((each) => each.resolution === key))),
    summary: keys.map((key) => summaryRow(key)),
  };
}

/** Resolved-milestone facts: a one-off milestone with no dates unless told otherwise. */
export function facts(overrides: Partial<ItemFacts> = {}): ItemFacts {
  return { dueDates: [], recurring: [], ongoing: false, saysCompleted: false, unresolved: [], interpretation: "", ...overrides };
}

export function statusBlock(overrides: Partial<StatusBlock> = {}): StatusBlock {
  return { date: "2022-01-20", event: "TSAG, January 2022", state: "On track", summary: "Reported.", references: [], nextSteps: "", ...overrides };
}

/** A status narrative with the given blocks on top of some legacy text. */
export function statusWith(...blocks: StatusBlock[]): string {
  return [...blocks.flatMap((block) => renderStatusBlock(block)), "· Legacy narrative (TSAG-TD882)."].join("\n");
}
