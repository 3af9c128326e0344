/**
 * What the pane needs from Word, in the chunk index.tsx loads right after the first render starts ("word"): the
 * Office.js adapter (and with it the domain engine), and the shared state that storage's CalendarSync reads and
 * writes. The calendar a validation uses comes from that validation's own read (src/jobs/document-calendar.ts).
 */
import { WordDocument } from "../document/word/word-document";
import type { WordSharedStateStore } from "../document/word/shared-state-access";

export interface WordPane {
  port: WordDocument;
  sharedStateAccess: () => WordSharedStateStore;
}

export function openWordPane(): WordPane {
  const port = new WordDocument();
  return { port, sharedStateAccess: () => port.sharedStateAccess() };
}
