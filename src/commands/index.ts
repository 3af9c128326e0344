/**
 * The function file's bundle (commands.html). Two roles, told apart by the URL:
 * - the function file: registers "validatePlan" (manifest.xml, ExecuteFunction) and runs it on click;
 * - the notification dialog the command opens (?outcome=…): shows the message.
 * This is the composition root of the ribbon command: the real Word adapter is wired here only, and the person's
 * storage (their settings and the validation history, the pane's database) is opened here lazily: Dexie is a chunk
 * of its own, fetched on click, never part of the function file's initial bundle.
 */
import { WordDocument } from "../document/word/word-document";
import type { DocumentStorage } from "../storage/open-document-storage";
import { CLOSE_MESSAGE, outcomeFromSearch, showOutcomeDialog } from "./outcome-dialog";
import { outcomeMessage } from "./outcome-message";
import { renderOutcomePage } from "./outcome-page";
import { SETTINGS_TIMEOUT_MS } from "./personal-settings";
import { runRibbonValidation } from "./ribbon-validation";
import { localIsoDate } from "../domain/dates";

export async function onValidatePlan(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const document = new WordDocument();
    const openStorage = (): Promise<DocumentStorage> =>
      import(/* webpackChunkName: "ribbon-storage" */ "../storage/open-document-storage").then(({ openDocumentStorage }) =>
        openDocumentStorage({ access: document.sharedStateAccess(), partitionKey: Office.context?.partitionKey ?? null, store: { openTimeoutMs: SETTINGS_TIMEOUT_MS } }),
      );
    const run = await runRibbonValidation({
      document,
      openStorage,
      today: () => localIsoDate(new Date()),
      now: () => new Date(),
    });
    await showOutcomeDialog(Office.context.ui, window.location.href, outcomeMessage(run.outcome, run));
  } catch (error) {
    console.error("Validate plan failed", error);
    await showOutcomeDialog(Office.context.ui, window.location.href, {
      title: "The plan could not be validated",
      lines: [`Unexpected error: ${error instanceof Error ? error.message : String(error)}`, "No text of the document was changed. Run “Validate plan” again."],
    });
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  const message = outcomeFromSearch(window.location.search);
  if (message) {
    renderOutcomePage(document, message, () => Office.context.ui.messageParent(CLOSE_MESSAGE));
    return;
  }
  Office.actions.associate("validatePlan", onValidatePlan);
});
