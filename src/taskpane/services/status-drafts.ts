/**
 * The status-block form's autosave: the form as typed ↔ the draft record the local store keeps (string fields;
 * reference rows one per line), and the store's draft operations for one document, which never reject.
 */
import { STATUS_STATES, type StatusState } from "../../domain/status-block";
import type { LocalStore } from "../../storage/local-store";
import type { StatusDraftFields } from "../../storage/records";
import { logError } from "../office-helpers";
import { emptyDraft, type StatusBlockDraft } from "./status-block-draft";

/** Milliseconds of no typing after which the form is saved. */
export const DRAFT_SAVE_DELAY_MS = 400;

export function draftToFields(draft: StatusBlockDraft): StatusDraftFields {
  return { date: draft.date, event: draft.event, state: draft.state, summary: draft.summary, references: draft.references.join("\n"), nextSteps: draft.nextSteps };
}

function isStatusState(text: string): text is StatusState {
  return (STATUS_STATES as readonly string[]).includes(text);
}

/** The form a saved draft restores (a state the form does not offer falls back to the form's default). */
export function fieldsToDraft(fields: StatusDraftFields, today: string): StatusBlockDraft {
  const empty = emptyDraft(today);
  return {
    date: fields.date,
    event: fields.event,
    state: isStatusState(fields.state) ? fields.state : empty.state,
    summary: fields.summary,
    references: fields.references === "" ? [""] : fields.references.split("\n"),
    nextSteps: fields.nextSteps,
  };
}

/** True when the form holds nothing the person typed (a new form as of `today`): there is nothing to keep. */
export function isUntouched(draft: StatusBlockDraft, today: string): boolean {
  const empty = draftToFields(emptyDraft(today));
  const fields = draftToFields(draft);
  return (Object.keys(empty) as (keyof StatusDraftFields)[]).every((key) => fields[key].trim() === empty[key].trim());
}

export interface SavedDraft {
  itemKey: string;
  draft: StatusBlockDraft;
  /** ISO instant of the last save. */
  updatedAt: string;
}

/** The drafts of one document in the local store. */
export interface DraftStore {
  load(itemKey: string, today: string): Promise<SavedDraft | null>;
  save(itemKey: string, draft: StatusBlockDraft): Promise<void>;
  discard(itemKey: string): Promise<void>;
  /** Most recently saved first. */
  list(today: string): Promise<SavedDraft[]>;
}

/** The document's key as the drafts need it: known already (reads), or given to the document first (a save). */
export interface DraftDocumentKey {
  current(): string | null;
  ensure(): Promise<string | null>;
}

export function draftStore(store: LocalStore, key: DraftDocumentKey, now: () => Date = () => new Date()): DraftStore {
  const quietly = async <T,>(operation: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await operation();
    } catch (error) {
      // The store rejects only for bad input (e.g. an item key too long to be one); the form keeps working.
      void logError(error);
      return fallback;
    }
  };
  return {
    load: (itemKey, today) =>
      quietly(async () => {
        const documentKey = key.current();
        const saved = documentKey ? await store.getDraft(documentKey, itemKey) : null;
        return saved ? { itemKey, draft: fieldsToDraft(saved.fields, today), updatedAt: saved.updatedAt } : null;
      }, null),
    save: (itemKey, draft) =>
      quietly(async () => {
        const documentKey = await key.ensure();
        if (documentKey) await store.saveDraft(documentKey, itemKey, draftToFields(draft), now());
      }, undefined),
    discard: (itemKey) =>
      quietly(async () => {
        const documentKey = key.current();
        if (documentKey) await store.discardDraft(documentKey, itemKey);
      }, undefined),
    list: (today) =>
      quietly(async () => {
        const documentKey = key.current();
        const saved = documentKey ? await store.listDrafts(documentKey) : [];
        return saved.map((draft) => ({ itemKey: draft.itemKey, draft: fieldsToDraft(draft.fields, today), updatedAt: draft.updatedAt }));
      }, []),
  };
}
