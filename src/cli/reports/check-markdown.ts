/** A readable Markdown report of a check: summary, then the items in jeopardy and needing attention with their reasons. */
import type { Plan } from "../../domain/plan";
import type { ItemResult, ItemState, ValidationResult } from "../../domain/validation-types";
import { resolutionTitle } from "./check-text";

export interface MarkdownReportContext {
  title: string;
  /** What was done to the document (the CLI's own output for structure and colour), shown as is under the summary. */
  actions: string[];
}

export function checkMarkdown(plan: Plan, result: ValidationResult, context: MarkdownReportContext): string {
  const { summary } = result;
  const lines = [
    `# ${context.title}`,
    "",
    `As of **${summary.asOf}**.`,
    "",
    "| Resolutions | Items | In jeopardy | Need attention | On track | Done | Completed (√) | Periodic goals met (√) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${summary.resolutions} | ${summary.items} | ${summary.states.jeopardy} | ${summary.states.attention} | ${summary.states.ok} | ${summary.states.done} | ${summary.completed} | ${summary.periodicMet} |`,
    "",
  ];
  if (context.actions.length > 0) lines.push("## What was done to the document", "", "```text", ...context.actions, "```", "");
  section(lines, plan, result, "jeopardy", "In jeopardy");
  section(lines, plan, result, "attention", "Needing attention");
  const notes = result.items.filter((item) => (item.state === "ok" || item.state === "done") && item.findings.length > 0);
  if (notes.length > 0) {
    lines.push("## Notes on other items", "", "| Item | State | Finding |", "|---|---|---|");
    for (const item of notes) for (const finding of item.findings) lines.push(`| ${label(item)} | ${item.state} | ${cell(`${finding.rule}: ${finding.message}`)} |`);
    lines.push("");
  }
  if (result.planFindings.length > 0) {
    lines.push("## The plan as a whole", "");
    for (const finding of result.planFindings) lines.push(`- **${finding.rule}** (${finding.severity}): ${finding.message}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function section(lines: string[], plan: Plan, result: ValidationResult, state: ItemState, heading: string): void {
  const items = result.items.filter((item) => item.state === state);
  lines.push(`## ${heading} (${items.length})`, "");
  if (items.length === 0) {
    lines.push("None.", "");
    return;
  }
  const milestones = new Map(plan.resolutions.flatMap((resolution) => resolution.items.map((item) => [item.key, item.milestoneText] as const)));
  for (const resolution of plan.resolutions) {
    const own = items.filter((item) => item.resolution === resolution.key);
    if (own.length === 0) continue;
    lines.push(`### ${resolutionTitle(resolution)}`, "", "| Item | Milestone | Due | Why |", "|---|---|---|---|");
    for (const item of own) {
      const why = item.findings.map((finding) => `**${finding.rule}**: ${finding.message}`).join("<br>");
      lines.push(`| ${label(item)} | ${cell(milestones.get(item.itemKey) ?? "")} | ${item.dueDates.join(", ")} | ${cell(why)} |`);
    }
    lines.push("");
  }
}

function label(item: ItemResult): string {
  return item.itemId ?? `(none; proposed ${item.proposedId ?? item.itemKey})`;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
