/**
 * The task pane's storage in the playground: the same local store (the browser's real IndexedDB, in a database of its
 * own) and calendar sync as in Word, over the simulated document's shared state.
 *
 * Document key: the simulated document is created afresh on every page load (and on "Open"), so a key the pane
 * created would be new each time and the history and drafts of the previous visit would belong to "another
 * document". Decision: the playground seeds each document it can open (plan ×1 or ×4, with or without a person's red
 * boxes) with a fixed key of its own before the pane asks for one: history and drafts survive a reload, two different
 * playground documents never mix, and calendar edits (stored in the simulated document) last until it is reopened, as
 * they would in a document that was not saved.
 */
import type { OpenPaneStorage } from "../taskpane/services/pane-storage";
import type { DocumentSettings, PlaygroundDocument } from "./playground-document";

export const PLAYGROUND_DATABASE = "action-plan-playground";

/** One fixed document key (a version 4 GUID) per document the playground opens. */
export function playgroundDocumentKey(settings: DocumentSettings): string {
  const variant = (settings.size === 1 ? 1 : 3) + (settings.personRed ? 0 : 1);
  return `00000000-0000-4000-8000-${String(variant).padStart(12, "0")}`;
}

export function playgroundStorage(document: PlaygroundDocument, settings: DocumentSettings): OpenPaneStorage {
  return async () => {
    const access = document.port.sharedStateAccess();
    const documentKey = playgroundDocumentKey(settings);
    try {
      await access.update((state) => (state.documentKey ? state : { ...state, documentKey }));
    } catch (error) {
      // The pane then gives the document a new key of its own (history starts afresh): say why in the console.
      console.warn("The playground could not seed the document key", error);
    }
    const { openPaneStorage } = await import(/* webpackChunkName: "storage" */ "../taskpane/services/open-pane-storage");
    return openPaneStorage({ access, store: { name: PLAYGROUND_DATABASE } });
  };
}
