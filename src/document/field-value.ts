/**
 * The fields a person edits through the port (milestone and the two ticks) and the one rule for what a tick field
 * holds: "√" or nothing. Both adapters check it before writing, so "x" in Completed is refused everywhere alike.
 */
import type { ItemField } from "../domain/plan";
import { DocumentError } from "./document-error";

export type EditableField = Extract<ItemField, "milestone" | "periodic" | "completed">;

export const CHECK_MARK = "√";

/** The value to write (a tick trimmed), or InvalidValue for a tick field holding anything but "√" or nothing. */
export function checkFieldValue(field: EditableField, value: string): string {
  if (field === "milestone") return value;
  const trimmed = value.trim();
  if (trimmed === "" || trimmed === CHECK_MARK) return trimmed;
  throw new DocumentError("InvalidValue", `"${field === "periodic" ? "Periodic goals met" : "Completed"}" is either ticked (${CHECK_MARK}) or empty, not "${value}".`);
}
