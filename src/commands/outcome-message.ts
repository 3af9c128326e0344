/** The words of the "Validate plan" notification: every string the command shows, in one module. */
import type { RedPolicy } from "../domain/colouring";
import { DEFAULT_SETTINGS } from "../storage/settings";
import type { DefaultsReason } from "./personal-settings";
import type { RibbonRunNotes } from "./ribbon-validation";
import type { ValidatePlanOutcome } from "./validate-plan";

export interface OutcomeMessage {
  title: string;
  lines: string[];
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const RED_FOR: Record<RedPolicy, string> = {
  "attention-and-jeopardy": "items needing attention or in jeopardy",
  jeopardy: "items in jeopardy only",
};

function whyDefaults(reason: DefaultsReason): string {
  switch (reason.kind) {
    case "no-storage":
      return "this version of Office or this browser mode gives add-ins no local storage (IndexedDB)";
    case "blocked":
      return "an older copy of the add-in, open in another window, holds the local storage";
    case "timeout":
      return `the local storage did not answer within ${reason.ms / 1000} seconds`;
    case "failed":
      return reason.detail;
  }
}

/** The line saying the person's settings were not used, and what was used instead. */
function defaultsLine(reason: DefaultsReason): string {
  const defaults = DEFAULT_SETTINGS;
  return (
    `Using default settings: your settings from the Action plan pane could not be read (${whyDefaults(reason)}). ` +
    `Checked as of today with a ${defaults.attentionHorizonDays}-day attention horizon, red for ${RED_FOR[defaults.redPolicy]}, ` +
    `${defaults.autoStructure ? "structured first" : "not structured first"}; this run is not kept in the validation history.`
  );
}

/** `notes` (what the ribbon adds: which settings were used, the history) is left out where a caller has none. */
export function outcomeMessage(outcome: ValidatePlanOutcome, notes?: RibbonRunNotes): OutcomeMessage {
  if (outcome.kind === "not-a-plan") {
    return { title: "Not an action plan", lines: ["No resolution headings with action tables were found in this document. Nothing was changed."] };
  }
  if (outcome.kind === "failed") {
    const lines = [outcome.message];
    if (outcome.code === "DocumentChanged") lines.push("Run “Validate plan” again.");
    if (outcome.code !== "Unsupported") lines.push("Nothing else was changed in the document.");
    return { title: outcome.code === "Unsupported" ? "Not supported in this version of Word" : "The plan could not be validated", lines };
  }
  const colour = outcome.colour ?? { marked: 0, cleared: 0, personRedKept: 0, conflicts: [] };
  const { summary } = outcome.result;
  const chosenDate = notes?.settings.source === "personal" && notes.settings.asOfOverride !== null ? " (your as-of date setting)" : "";
  const lines = [
    `${plural(summary.items, "item", "items")} checked as of ${outcome.asOf}${chosenDate}: ${plural(summary.states.jeopardy, "item", "items")} in jeopardy, ${plural(summary.states.attention, "item", "items")} needing attention.`,
    `Red boxes: ${colour.marked} added, ${colour.cleared} removed (items that recovered); ${plural(colour.personRedKept, "red box", "red boxes")} set by a person kept as ${colour.personRedKept === 1 ? "it is" : "they are"}.`,
  ];
  if (outcome.structured && outcome.structured.wrapped > 0) lines.push(`${plural(outcome.structured.wrapped, "field cell", "field cells")} wrapped in content controls first.`);
  if (outcome.structured && outcome.structured.skipped.length > 0) lines.push(`${plural(outcome.structured.skipped.length, "row or cell", "rows or cells")} could not be structured; open the Action plan pane for details.`);
  if (colour.conflicts.length > 0) lines.push(`${plural(colour.conflicts.length, "item was", "items were")} edited while validating and not coloured: run “Validate plan” again.`);
  if (notes?.settings.source === "defaults") lines.push(defaultsLine(notes.settings.reason));
  const history = notes?.history;
  if (history?.kind === "not-recorded") {
    if (history.reason === "no-key") lines.push(history.detail);
    else if (history.reason === "session-only") lines.push("This run was not kept in the validation history: the local storage stopped working.");
    else lines.push(`This run was not kept in the validation history (${history.detail}).`);
  }
  return { title: "Plan validated", lines };
}
