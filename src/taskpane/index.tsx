/**
 * Composition root of the task pane: the one place that wires real adapters to the UI.
 * In Word the pane works on the live document through the Office.js adapter (WordDocument), follows Office's theme
 * (also when the person switches it while the pane is open: office-theme-watch.ts),
 * and keeps what it remembers in the storage opened here lazily (a chunk with Dexie, fetched after the pane has
 * rendered): the local store namespaced by Office's partition key, and the calendar shared through the document
 * (CalendarSync over the adapter's shared state), which validation reads from the document each time. If the storage
 * chunk cannot load, the pane validates against the calendar with the overrides of the document's last read.
 * Tests and the playground mount the same App with the Word host simulator instead.
 */
import type { Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { calendarForDocument } from "../commands/calendar-for-document";
import { WordDocument } from "../document/word/word-document";
import { App } from "./App";
import { fluentThemeFor } from "./office-theme";
import { watchOfficeTheme } from "./office-theme-watch";
import type { PaneStorage } from "./services/pane-storage";

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const word = new WordDocument();
  const storage = (): Promise<PaneStorage> =>
    import(/* webpackChunkName: "storage" */ "./services/open-pane-storage").then(({ openPaneStorage }) =>
      openPaneStorage({ access: word.sharedStateAccess(), partitionKey: Office.context?.partitionKey ?? null }),
    );
  const calendar = () => calendarForDocument(word.sharedState());
  const root = createRoot(container);
  // Rendering the same root again with another theme keeps the pane's state; the props other than theme stay the same.
  const render = (theme: Theme): void => root.render(<App port={word} calendar={calendar} storage={storage} theme={theme} />);
  // officeTheme is undefined in hosts without it (and outside Office): the light theme is used.
  render(fluentThemeFor(Office.context?.officeTheme));
  watchOfficeTheme(Office, render);
});
