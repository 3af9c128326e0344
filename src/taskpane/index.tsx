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
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { deferredPort } from "./deferred-port";
import { fluentThemeFor } from "./office-theme";
import { watchOfficeTheme } from "./office-theme-watch";
import type { PaneStorage } from "./services/pane-storage";

// The chunk is requested now, to load while the pane's first view renders (the first view needs neither Word nor the
// domain engine); the adapter is made once Office is ready, since it reads the host's requirement sets.
const officeReady = Office.onReady();
const loadingWord = Promise.all([import(/* webpackChunkName: "word" */ "./word-pane"), officeReady]).then(([{ openWordPane }]) => openWordPane());

void officeReady.then(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const port = deferredPort(loadingWord.then((loaded) => loaded.port));
  const storage = (): Promise<PaneStorage> =>
    Promise.all([import(/* webpackChunkName: "storage" */ "./services/open-pane-storage"), loadingWord]).then(([{ openPaneStorage }, loaded]) =>
      openPaneStorage({ access: loaded.sharedStateAccess(), partitionKey: Office.context?.partitionKey ?? null }),
    );
  const root = createRoot(container);
  // Rendering the same root again with another theme keeps the pane's state; the props other than theme stay the same.
  const render = (theme: Theme): void => root.render(<App port={port} storage={storage} theme={theme} />);
  // officeTheme is undefined in hosts without it (and outside Office): the light theme is used. The first render is
  // committed at once (flushSync) rather than in a later task, so that the chunks requested above, when they arrive,
  // are run after the pane's first paint instead of before it.
  flushSync(() => render(fluentThemeFor(Office.context?.officeTheme)));
  watchOfficeTheme(Office, render);
});
