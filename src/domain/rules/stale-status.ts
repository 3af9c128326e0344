import { addDays } from "../dates";
import { latestStatusBlock, type ItemRule } from "./rule";
import { longDate } from "./wording";

/**
 * Reports are written ahead of the meeting they are for (contribution deadlines, TD preparation): a block dated up to
 * this many days before an occurrence counts as the report for it.
 */
export const REPORT_LEAD_DAYS = 30;

/**
 * A recurring item ("Each TSAG meeting") whose newest dated status block predates the last occurrence of its event.
 * Items without any status block are not judged: a legacy narrative carries no date the engine can trust, so adopting
 * status blocks is what opts an item into this check.
 */
export const staleStatus: ItemRule = {
  id: "stale-status",
  scope: "item",
  severity: "warning",
  effect: "attention",
  reason: "Recurring, and its latest status block is older than the last meeting it reports to.",
  check(context) {
    const { item, milestone } = context;
    const latest = latestStatusBlock(context);
    if (item.completed || latest === undefined) return [];
    const occurrences = milestone.recurring
      .filter((series): series is typeof series & { lastOccurrence: string } => series.lastOccurrence !== undefined)
      .sort((a, b) => (a.lastOccurrence < b.lastOccurrence ? 1 : -1));
    const last = occurrences[0];
    if (last === undefined || latest.date >= addDays(last.lastOccurrence, -REPORT_LEAD_DAYS)) return [];
    return [`The latest status block is dated ${longDate(latest.date)}, before the last ${last.label} (${longDate(last.lastOccurrence)}): add a status block for it.`];
  },
};
