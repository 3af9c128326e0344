/**
 * Composition root of the task pane: the one place that wires real adapters to the UI.
 * In Word the pane works on the live document through the Office.js adapter (WordDocument), validates against the
 * calendar with the document's shared overrides, and follows Office's theme; tests and the playground mount the
 * same App with the Word host simulator instead.
 */
import { createRoot } from "react-dom/client";
import { calendarForDocument } from "../commands/calendar-for-document";
import { WordDocument } from "../document/word/word-document";
import { App } from "./App";
import { fluentThemeFor } from "./office-theme";

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const word = new WordDocument();
  // officeTheme is undefined in hosts without it (and outside Office): the light theme is used.
  const theme = fluentThemeFor(Office.context?.officeTheme);
  createRoot(container).render(<App port={word} calendar={() => calendarForDocument(word.sharedState())} theme={theme} />);
});
