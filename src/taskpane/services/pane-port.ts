/**
 * What the pane needs from the document: the document port, plus navigation and the item under the cursor where the
 * adapter offers them (the Word adapter does; a port without them still works, the pane then only shows the item).
 * Declared here structurally so that the pane never imports the Word adapter (only index.tsx wires it).
 */
import type { CellAddress } from "../../domain/document-model";
import type { ActionItem } from "../../domain/plan";
import type { DocumentPort } from "../../document/port";

/** An item (found by its tag when structured, else by its number cell) or a cell of a finding. */
export type NavigateTarget = { item: ActionItem } | { location: CellAddress };

/**
 * What watching the document for changes gives (the Word adapter's WatchStart, structurally). `watchedControls` is how
 * many controls are listened to: 0 on a plain document, where edits go unnoticed although watching "works".
 */
export type PaneWatch = { available: true; watchedControls: number; stop: () => Promise<void> } | { available: false; reason: string };

export interface PanePort extends DocumentPort {
  /** Selects and scrolls to the target in the document. Optional: not every adapter has a selection. */
  navigate?(target: NavigateTarget): Promise<unknown>;
  /**
   * The number of the action item the cursor is in (a content control's tag, or its table row's number cell), or
   * null when the cursor is in no item. Optional: the Item view offers "Use the item at the cursor" only with it.
   */
  itemAtSelection?(): Promise<{ itemId: string } | null>;
  /**
   * Calls back (debounced) when a field that decides an item's state changes in the document. Optional: the pane
   * uses it for the personal "auto-validate" setting where the adapter offers it (WordApi 1.5).
   */
  watch?(options: { onItemsChanged: (itemIds: string[]) => void }): Promise<PaneWatch>;
}
