/**
 * The document port: what the add-in does to an action-plan document, whatever holds it.
 * Two adapters implement it: the Office.js adapter (src/document/word, the live document in Word)
 * and the .docx adapter (src/document/docx, files on disk). The task pane, ribbon commands and
 * CLI talk to this interface only.
 */
import type { DocModel } from "../domain/document-model";
import type { Finding } from "../domain/finding";
import type { ItemField, Plan } from "../domain/plan";

export type StructureLevel = "plain" | "partial" | "structured";

export interface DetectReport {
  isActionPlan: boolean;
  structure: StructureLevel;
  resolutions: number;
  items: number;
  /** Items whose six field cells are all wrapped in the add-in's controls. */
  structuredItems: number;
  /** Field controls whose tag does not match the item they sit in (copied rows, tampered tags). */
  conflictingControls: number;
  /**
   * Every content control of the add-in (tag prefix, any kind: field and status-block), what unstructure removes.
   * Non-zero in a "plain" document whose only add-in controls are status blocks: Remove structure is still offered.
   */
  addinControls: number;
}

/** A fingerprint of one item as read: used to detect a document edited between read and write. */
export interface ItemFingerprint {
  itemKey: string;
  /** Hash of the item's field cell texts and tags, as read. */
  hash: string;
}

export interface ReadResult {
  model: DocModel;
  plan: Plan;
  findings: Finding[];
  structure: StructureLevel;
  fingerprints: ItemFingerprint[];
}

export interface StructureReport {
  /** Controls added by this run. */
  wrapped: number;
  /** Field cells already wrapped (left as they were). */
  alreadyWrapped: number;
  /** Rows the recognizer could not interpret: reported, never guessed. */
  skipped: Finding[];
}

export interface UnstructureReport {
  removed: number;
}

/** One item's wanted colour, decided by the domain (see src/domain/colouring.ts). */
export interface ColourMark {
  itemKey: string;
  red: boolean;
  /** Control colour to set on the item's controls ("#RRGGBB"), when structured. */
  controlColour?: string;
}

export interface ColourReport {
  /** Number cells the add-in shaded red in this run. */
  marked: number;
  /** Red the add-in had set earlier and removed because the item recovered. */
  cleared: number;
  /** Red set by a person: never touched. */
  personRedKept: number;
  /** Items not written because they changed since they were read. */
  conflicts: Finding[];
}

export interface StatusBlockInsert {
  itemKey: string;
  /** The rendered lines of the block (domain status-block format), one paragraph each. */
  block: import("../domain/status-block").StatusBlock;
}

export interface DocumentPort {
  detect(): Promise<DetectReport>;
  read(): Promise<ReadResult>;
  structure(): Promise<StructureReport>;
  unstructure(): Promise<UnstructureReport>;
  /** Applies colours; `basis` are the fingerprints of the read the marks were computed from. */
  colour(marks: ColourMark[], basis: ItemFingerprint[]): Promise<ColourReport>;
  insertStatusBlock(request: StatusBlockInsert, basis: ItemFingerprint[]): Promise<void>;
  setField(itemKey: string, field: Extract<ItemField, "milestone" | "periodic" | "completed">, value: string, basis: ItemFingerprint[]): Promise<void>;
}
