/**
 * The Status block tab as the App mounts it: the view, with its drafts kept in the local store for this document.
 * The draft store is made here rather than in the App so that the draft code (and the status-block format it
 * checks drafts with) loads with the tab, not with the pane's first view.
 */
import { useMemo } from "react";
import type { LocalStore } from "../../storage/local-store";
import { draftStore, type DraftDocumentKey } from "../services/status-drafts";
import StatusBlockView, { type StatusBlockViewProps } from "./StatusBlockView";

export interface StatusBlockPanelProps extends Omit<StatusBlockViewProps, "drafts"> {
  /** The local store (null: no storage yet, or none; the form is then not saved). */
  store: LocalStore | null;
  /** The document's key as it becomes known; a draft saved first gives the document its key. Keep it stable. */
  documentKey: DraftDocumentKey;
  now?: () => Date;
}

export default function StatusBlockPanel({ store, documentKey, now, ...view }: StatusBlockPanelProps) {
  const drafts = useMemo(() => (store ? draftStore(store, documentKey, now) : null), [store, documentKey, now]);
  return <StatusBlockView {...view} drafts={drafts} />;
}
