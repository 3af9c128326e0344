/** The readable `check` report: the summary, then each resolution's items that need a look, each finding with its reason. */
import type { Plan, Resolution } from "../../domain/plan";
import type { ItemResult, ItemState, ValidationResult } from "../../domain/validation-types";
import { calendarNotices } from "./calendar-notice";

const STATE_LABEL: Record<ItemState, string> = { jeopardy: "IN JEOPARDY", attention: "ATTENTION", ok: "on track", done: "done" };

export function checkText(plan: Plan, result: ValidationResult, source: string): string {
  const { summary } = result;
  const lines = [
    `Action plan check: ${source}, as of ${summary.asOf}`,
    `${summary.resolutions} resolutions, ${summary.items} items: ${summary.states.jeopardy} in jeopardy, ${summary.states.attention} need attention, ${summary.states.ok} on track, ${summary.states.done} done`,
    `${summary.completed} completed, ${summary.periodicMet} with periodic goals met`,
    ...calendarNotices(result).flatMap((notice) => ["", notice]),
  ];
  const byResolution = new Map<string, ItemResult[]>();
  for (const item of result.items) {
    if (item.findings.length === 0 && (item.state === "ok" || item.state === "done")) continue;
    const list = byResolution.get(item.resolution) ?? [];
    list.push(item);
    byResolution.set(item.resolution, list);
  }
  const milestones = new Map(plan.resolutions.flatMap((resolution) => resolution.items.map((item) => [item.key, item.milestoneText] as const)));
  let shown = 0;
  for (const resolution of plan.resolutions) {
    const items = byResolution.get(resolution.key);
    if (!items) continue;
    lines.push("", resolutionTitle(resolution));
    for (const item of items) {
      shown += 1;
      const label = item.itemId ?? `(no number; ${item.proposedId ? `proposed ${item.proposedId}` : item.itemKey})`;
      const milestone = milestones.get(item.itemKey) ?? "";
      const due = item.dueDates.length > 0 ? `, due ${item.dueDates.join(", ")}` : "";
      lines.push(`  ${label.padEnd(6)}  ${STATE_LABEL[item.state].padEnd(11)}  milestone "${oneLine(milestone)}"${due}`);
      for (const finding of item.findings) lines.push(`          - ${finding.rule} (${finding.severity}): ${finding.message}`);
    }
  }
  if (result.planFindings.length > 0) {
    lines.push("", "The plan as a whole");
    for (const finding of result.planFindings) lines.push(`  - ${finding.rule} (${finding.severity}): ${finding.message}`);
  }
  lines.push("", shown === summary.items ? "" : `Nothing to report for the other ${summary.items - shown} items.`);
  return `${lines.join("\n").trimEnd()}\n`;
}

export function resolutionTitle(resolution: Resolution): string {
  return `${resolution.kind} ${resolution.number}${resolution.title ? ` – ${resolution.title}` : ""}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " / ");
}
