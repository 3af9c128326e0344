/**
 * The task pane's storage in the playground: the same local store (the browser's real IndexedDB, in a database of its
 * own) and calendar sync as in Word, over the simulated document's shared state.
 *
 * Document key: the simulated document is created afresh on every page load (and on "Open"), so a key the pane
 * created would be new each time and the history and drafts of the previous visit would belong to "another
 * document". Decision: each document the playground can open (plan ×1 or ×4, with or without a person's red boxes)
 * has a fixed key of its own, which the playground's access to the shared state gives whenever the simulated document
 * holds none yet (and which is written into it with the first write, as the pane's own key would be). So history and
 * drafts survive a reload, two different playground documents never mix, and opening the pane costs no more round
 * trips than in Word. Calendar edits live in the simulated document: they last until it is reopened, as in a document
 * that was not saved.
 */
import type { SharedState } from "../document/shared-state";
import type { OpenPaneStorage } from "../taskpane/services/pane-storage";
import type { DocumentSettings, PlaygroundDocument } from "./playground-document";

export const PLAYGROUND_DATABASE = "action-plan-playground";

/** One fixed document key (a version 4 GUID) per document the playground opens. */
export function playgroundDocumentKey(settings: DocumentSettings): string {
  const variant = (settings.size === 1 ? 1 : 3) + (settings.personRed ? 0 : 1);
  return `00000000-0000-4000-8000-${String(variant).padStart(12, "0")}`;
}

export function playgroundStorage(document: PlaygroundDocument, settings: DocumentSettings): OpenPaneStorage {
  const inner = document.port.sharedStateAccess();
  const documentKey = playgroundDocumentKey(settings);
  const withKey = (state: SharedState): SharedState => (state.documentKey ? state : { ...state, documentKey });
  const access = {
    read: async () => withKey(await inner.read()),
    update: (mutate: (state: SharedState) => SharedState) => inner.update((state) => mutate(withKey(state))),
  };
  return async () => {
    const { openPaneStorage } = await import(/* webpackChunkName: "storage" */ "../taskpane/services/open-pane-storage");
    return openPaneStorage({ access, store: { name: PLAYGROUND_DATABASE } });
  };
}
