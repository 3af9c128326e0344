/**
 * How storage reaches the state shared through the document (the add-in's custom XML part).
 * The Word and .docx adapters implement it; storage never imports them, so only the fields
 * storage needs are declared here (SharedState in src/document/shared-state.ts has them).
 */
export interface SharedStateFields {
  /** The document's key (a GUID), or null when it has none yet. */
  documentKey: string | null;
  /** Calendar overrides as JSON text (calendar-overrides-json), or null when the document has none. */
  calendarOverrides: string | null;
}

export interface SharedStateAccess<State extends SharedStateFields = SharedStateFields> {
  /** The document's shared state (an empty state when the document has none). Rejects when it cannot be read. */
  read(): Promise<State>;
  /**
   * Writes `mutate(current state)` to the document. Rejects, having written nothing, when it cannot,
   * or when `mutate` throws (with that error).
   */
  update(mutate: (state: State) => State): Promise<void>;
}
