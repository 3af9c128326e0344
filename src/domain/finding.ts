import type { CellAddress } from "./document-model";

/** How bad a finding is: an error is a structural defect, a warning needs a person, info is a note. */
export type Severity = "error" | "warning" | "info";

/**
 * Something the engine noticed. Findings are values, never exceptions: the recognizer, the milestone
 * parser and the rules all return them, and every surface (pane, CLI, report) shows `message` as is.
 */
export interface Finding {
  /** Stable rule id, e.g. "overdue", "unparsed-milestone", "missing-item-number" (see README "Rules"). */
  rule: string;
  severity: Severity;
  /** One sentence a user can read: the reason ("why is this red?"). */
  message: string;
  /** Key of the item concerned (ActionItem.key), when the finding is about one item. */
  itemKey?: string;
  /** The item's number as written in the document (null when the cell is empty). */
  itemId?: string | null;
  /** Key of the resolution concerned (Resolution.key). */
  resolution?: string;
  /** Where in the document, when known. */
  location?: CellAddress;
}
