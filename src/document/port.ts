/**
 * The document port: what the add-in does to an action-plan document, whatever holds it.
 * Two adapters implement it: the Office.js adapter (src/document/word, the live document in Word)
 * and the .docx adapter (src/document/docx, files on disk). The task pane, ribbon commands and
 * CLI talk to this interface only.
 */
import type { CellAddress, DocModel } from "../domain/document-model";
import type { Finding } from "../domain/finding";
import type { ActionItem, Plan } from "../domain/plan";
import type { DocumentError } from "./document-error";
import type { EditableField } from "./field-value";
import type { SharedState } from "./shared-state";

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

/** Where the add-in's shared state is stored: a custom XML part (its id or part name; null when there is none yet), Word's document settings (below WordApi 1.4), or this session only. */
export type StateLocation = { kind: "custom-xml"; partId: string | null } | { kind: "settings" } | { kind: "session" };

/** The add-in's shared document state (red marks, calendar changes, document key) as a read found it. */
export interface SharedStateRead {
  state: SharedState;
  location: StateLocation;
  /** Set when the stored state cannot be read: the read goes on (with a finding, and an empty state); writes of the state refuse with it. */
  error?: DocumentError;
}

export interface ReadResult {
  model: DocModel;
  plan: Plan;
  findings: Finding[];
  structure: StructureLevel;
  fingerprints: ItemFingerprint[];
  /** Read in the same operation as the plan: every caller takes the calendar and the red marks from here. */
  sharedState: SharedStateRead;
}

/** What a write is based on: the item fingerprints and the shared state of one read. */
export type ReadBasis = Pick<ReadResult, "fingerprints" | "sharedState">;

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
  /** Applies colours; `basis` is the read the marks were computed from (its fingerprints and where its shared state is). */
  colour(marks: ColourMark[], basis: ReadBasis): Promise<ColourReport>;
  insertStatusBlock(request: StatusBlockInsert, basis: ItemFingerprint[]): Promise<void>;
  setField(itemKey: string, field: EditableField, value: string, basis: ItemFingerprint[]): Promise<void>;
}

// ---- Optional capabilities: declared once here; an adapter offers those its host has ----

/** An item (found by its tag when structured, else by its number cell) or a cell of a finding. */
export type NavigateTarget = { item: ActionItem } | { location: CellAddress };

export interface NavigateResult {
  /** What was selected: the item's number control (found by tag) or a cell by its address. */
  selected: "control" | "cell";
}

export interface ItemAtSelection {
  itemId: string;
  /** How it was found: the tag of a content control around the cursor, or the number cell of its table row. */
  via: "control" | "table";
}

export interface WatchOptions {
  debounceMs?: number;
  /** Called once per quiet period with the numbers of the items whose controls changed. */
  onItemsChanged: (itemIds: string[]) => void;
}

/** `watchedControls` is how many controls are listened to: 0 on a plain document, where edits go unnoticed although watching "works". */
export type WatchStart = { available: true; watchedControls: number; stop: () => Promise<void> } | { available: false; reason: string };

/** Read and update of the shared state on their own (storage's calendar sync and document key). */
export interface SharedStateAccess {
  /** The document's shared state (an empty state when the document has none). Rejects when it cannot be read. */
  read(): Promise<SharedState>;
  /** Writes `mutate(current state)`; rejects, having written nothing, when it cannot or when `mutate` throws (with that error). */
  update(mutate: (state: SharedState) => SharedState): Promise<void>;
}

export interface DocumentCapabilities {
  /** Selects and scrolls to the target in the document. */
  navigate?(target: NavigateTarget): Promise<NavigateResult>;
  /** The action item the cursor is in, or null when it is in none. */
  itemAtSelection?(): Promise<ItemAtSelection | null>;
  /** Calls back (debounced) when a field that decides an item's state changes in the document (WordApi 1.5). */
  watch?(options: WatchOptions): Promise<WatchStart>;
  /** The shared state's own read and update. */
  sharedStateAccess?(): SharedStateAccess;
}

/** A document port with whichever optional capabilities its adapter has. */
export type CapableDocument = DocumentPort & DocumentCapabilities;
