/**
 * What the pane needs from Word, in the chunk index.tsx loads right after the first render starts ("word"): the
 * Office.js adapter (and with it the domain engine), the calendar a document is validated against, and the shared
 * state that storage's CalendarSync reads and writes.
 */
import { calendarForDocument } from "../commands/calendar-for-document";
import type { Calendar } from "../domain/calendar";
import { WordDocument } from "../document/word/word-document";
import type { WordSharedStateStore } from "../document/word/shared-state-access";

export interface WordPane {
  port: WordDocument;
  /** The default calendar with the document's overrides as last read. */
  calendar: () => Calendar;
  sharedStateAccess: () => WordSharedStateStore;
}

export function openWordPane(): WordPane {
  const port = new WordDocument();
  return { port, calendar: () => calendarForDocument(port.sharedState()), sharedStateAccess: () => port.sharedStateAccess() };
}
