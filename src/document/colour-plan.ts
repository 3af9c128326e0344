/**
 * The colouring policy applied to what is in the document (pure; both adapters, Word and .docx, apply its
 * decisions). Red in a number cell is the document's own jeopardy convention, and people set it by hand;
 * the add-in records every red it sets in the shared state, so that it can later remove exactly its own red
 * and nothing else:
 *  - wanted red, cell not red           → shade ADDIN_RED, record it with the fill it replaced ("marked")
 *  - wanted red, cell already red        → leave; a person's red stays a person's ("personRedKept" unless recorded)
 *  - not wanted, red recorded, unchanged → put back the fill it replaced (none, or e.g. a person's yellow),
 *                                          forget the record                                   ("cleared")
 *  - not wanted, red not recorded        → a person's red: never touched          ("personRedKept")
 *  - a record whose cell a person re-coloured or cleared is forgotten (the person's choice wins).
 */
import { isRedShading } from "../domain/shading";
import type { RedMark, SharedState } from "./shared-state";

/** The red the add-in paints with: pure red, as in the document's legend. */
export const ADDIN_RED = "#FF0000";

export interface ColourTarget {
  itemKey: string;
  /** Current shading of the item's number cell ("#RRGGBB") or null. */
  shading: string | null;
  wantRed: boolean;
}

export type ColourOutcome = "marked" | "cleared" | "person-red-kept" | "unchanged";

export interface ColourDecision {
  itemKey: string;
  outcome: ColourOutcome;
  /** New shading for the number cell: a colour, null to remove shading, undefined to leave it. */
  shading?: string | null;
}

export function planColours(targets: readonly ColourTarget[], state: SharedState): { decisions: ColourDecision[]; state: SharedState } {
  const marks = new Map<string, RedMark>(state.redMarks.map((mark) => [mark.itemId, mark]));
  const decisions = targets.map((target): ColourDecision => {
    const recorded = marks.get(target.itemKey);
    const red = isRedShading(target.shading);
    const ours = recorded !== undefined && red && target.shading === recorded.colour;
    if (recorded && !ours) marks.delete(target.itemKey);
    if (target.wantRed) {
      if (ours) return { itemKey: target.itemKey, outcome: "unchanged" };
      if (red) return { itemKey: target.itemKey, outcome: "person-red-kept" };
      marks.set(target.itemKey, { itemId: target.itemKey, colour: ADDIN_RED, ...(target.shading ? { previous: target.shading } : {}) });
      return { itemKey: target.itemKey, outcome: "marked", shading: ADDIN_RED };
    }
    if (ours) {
      marks.delete(target.itemKey);
      return { itemKey: target.itemKey, outcome: "cleared", shading: recorded.previous ?? null };
    }
    return { itemKey: target.itemKey, outcome: red ? "person-red-kept" : "unchanged" };
  });
  return { decisions, state: { ...state, redMarks: [...marks.values()] } };
}
