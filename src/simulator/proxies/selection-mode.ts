/** Word.SelectionMode for select(): "Select", "Start" or "End" (default "Select"). */
import type { SelectionModeName } from "../host-document";
import { checkLocation } from "./editing";

export type SelectionModeArgument = Word.SelectionMode | SelectionModeName;

export function checkSelectionMode(mode: SelectionModeArgument | undefined, location: string): SelectionModeName {
  return checkLocation(mode ?? "Select", ["Select", "Start", "End"] as const, location);
}
