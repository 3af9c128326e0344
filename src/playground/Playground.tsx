/**
 * The playground page: the simulated document on the left, the real task pane at a pane's width on the right, the
 * playground's controls above. Opening a document (reset, another size, with or without a person's red boxes)
 * replaces the simulator and mounts a fresh task pane on it, as reopening the document in Word would. The pane keeps
 * its history, drafts and settings in the browser's IndexedDB (see playground-storage.ts for the document key).
 */
import { useState } from "react";
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { DocumentView } from "./DocumentView";
import { DEFAULT_SETTINGS, openPlaygroundDocument, type DocumentSettings } from "./playground-document";
import { playgroundStorage } from "./playground-storage";
import { PlaygroundToolbar } from "./PlaygroundToolbar";
import { useSimulatorView } from "./use-simulator-view";

/** Word's task pane is about 320–350 px wide by default. */
export const PANE_WIDTH_PX = 350;

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateRows: "auto minmax(0, 1fr)", height: "100vh" },
  workspace: { display: "flex", minHeight: "0" },
  document: { flex: "1 1 auto", minWidth: "0", overflow: "auto", backgroundColor: "#e8e8e8" },
  pane: {
    flex: `0 0 ${PANE_WIDTH_PX}px`,
    width: `${PANE_WIDTH_PX}px`,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export function Playground() {
  const styles = useStyles();
  const [settings, setSettings] = useState<DocumentSettings>(DEFAULT_SETTINGS);
  const [opened, setOpened] = useState(() => {
    const document = openPlaygroundDocument(DEFAULT_SETTINGS);
    return { generation: 0, document, storage: playgroundStorage(document, DEFAULT_SETTINGS) };
  });
  const view = useSimulatorView(opened.document.simulator);

  const open = (next: DocumentSettings): void => {
    const document = openPlaygroundDocument(next);
    setSettings(next);
    setOpened((previous) => ({ generation: previous.generation + 1, document, storage: playgroundStorage(document, next) }));
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <PlaygroundToolbar settings={settings} view={view} onOpen={open} />
      <div className={styles.workspace}>
        <DocumentView
          className={styles.document}
          model={view.model}
          selection={view.selection}
          onPlaceCursor={(address) => opened.document.simulator.edit((editor) => editor.placeCursor(address))}
        />
        <div className={styles.pane} data-testid="task-pane">
          <App key={opened.generation} port={opened.document.port} storage={opened.storage} />
        </div>
      </div>
    </FluentProvider>
  );
}
