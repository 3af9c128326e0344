/**
 * Composition root of the task pane: the one place that wires real adapters to the UI.
 * In Word the pane works on the live document through the Office.js adapter (WordDocument); tests and the
 * playground mount the same App with the Word host simulator instead.
 */
import { createRoot } from "react-dom/client";
import { WordDocument } from "../document/word/word-document";
import { App } from "./App";

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(<App port={new WordDocument()} />);
});
