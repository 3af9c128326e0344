/**
 * Colouring policy: which items get the document's red box, and the content-control colour of every item.
 *
 * Default: red for attention AND jeopardy, because the plan's own legend (Section II) says "A box coloured with red
 * indicates an item requiring attention or one that is in jeopardy". "jeopardy" narrows red to jeopardy only, for
 * teams that want the red box to mean "late" and nothing else.
 *
 * Contract for the adapters that apply the marks (Word, .docx):
 * - red: true → shade the item's number cell red, unless it is red already, and record in the shared document state
 *   that the add-in set it (shared-state.ts, <redMark>);
 * - red: false → remove red only where the add-in recorded setting it, and only while the cell still has that fill;
 * - red a person set (red shading the add-in did not record, see shading.ts isRedShading) is never removed or
 *   changed, whatever the state: the person's signal outranks the engine's;
 * - controlColour is set on the item's field content controls when the document is structured; it never changes text.
 */
import { ITEM_STATES, type ItemState, type ValidationResult } from "./validation-types";

export const RED_POLICIES = ["attention-and-jeopardy", "jeopardy"] as const;
export type RedPolicy = (typeof RED_POLICIES)[number];
export const DEFAULT_RED_POLICY: RedPolicy = "attention-and-jeopardy";

/** Content-control colour per state: dark red and amber stand out; ok and done stay a neutral grey. */
export const CONTROL_COLOURS: Readonly<Record<ItemState, string>> = {
  jeopardy: "#C00000",
  attention: "#E8A000",
  ok: "#7F7F7F",
  done: "#7F7F7F",
};

export interface ItemColour {
  itemKey: string;
  red: boolean;
  controlColour: string;
}

export function isRed(state: ItemState, policy: RedPolicy = DEFAULT_RED_POLICY): boolean {
  return state === "jeopardy" || (state === "attention" && policy === "attention-and-jeopardy");
}

/** One decision per item of the result, in its order. An unknown policy (e.g. from stored settings) is refused. */
export function colourMarks(result: ValidationResult, options: { redFor: RedPolicy } = { redFor: DEFAULT_RED_POLICY }): ItemColour[] {
  if (!(RED_POLICIES as readonly string[]).includes(options.redFor)) {
    throw new RangeError(`Unknown red policy "${String(options.redFor)}"; use one of: ${RED_POLICIES.join(", ")}.`);
  }
  return result.items.map((item) => {
    if (!(ITEM_STATES as readonly string[]).includes(item.state)) throw new RangeError(`Item ${item.itemKey} has an unknown state "${String(item.state)}".`);
    return { itemKey: item.itemKey, red: isRed(item.state, options.redFor), controlColour: CONTROL_COLOURS[item.state] };
  });
}
