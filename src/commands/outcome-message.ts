/** The words of the "Validate plan" notification: every string the command shows, in one module. */
import type { ValidatePlanOutcome } from "./validate-plan";

export interface OutcomeMessage {
  title: string;
  lines: string[];
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export function outcomeMessage(outcome: ValidatePlanOutcome): OutcomeMessage {
  if (outcome.kind === "not-a-plan") {
    return { title: "Not an action plan", lines: ["No resolution headings with action tables were found in this document. Nothing was changed."] };
  }
  if (outcome.kind === "failed") {
    const lines = [outcome.message];
    if (outcome.code === "DocumentChanged") lines.push("Run “Validate plan” again.");
    if (outcome.code !== "Unsupported") lines.push("Nothing else was changed in the document.");
    return { title: outcome.code === "Unsupported" ? "Not supported in this version of Word" : "The plan could not be validated", lines };
  }
  const { colour } = outcome;
  const lines = [
    `${plural(outcome.items, "item", "items")} checked as of ${outcome.asOf}: ${plural(outcome.jeopardy, "item", "items")} in jeopardy, ${plural(outcome.attention, "item", "items")} needing attention.`,
    `Red boxes: ${colour.marked} added, ${colour.cleared} removed (items that recovered); ${plural(colour.personRedKept, "red box", "red boxes")} set by a person kept as ${colour.personRedKept === 1 ? "it is" : "they are"}.`,
  ];
  if (outcome.structured && outcome.structured.wrapped > 0) lines.push(`${plural(outcome.structured.wrapped, "field cell", "field cells")} wrapped in content controls first.`);
  if (outcome.structured && outcome.structured.skipped.length > 0) lines.push(`${plural(outcome.structured.skipped.length, "row or cell", "rows or cells")} could not be structured; open the Action plan pane for details.`);
  if (colour.conflicts.length > 0) lines.push(`${plural(colour.conflicts.length, "item was", "items were")} edited while validating and not coloured: run “Validate plan” again.`);
  return { title: "Plan validated", lines };
}
