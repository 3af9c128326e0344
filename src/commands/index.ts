/**
 * The function file's bundle (commands.html). Two roles, told apart by the URL:
 * - the function file: registers "validatePlan" (manifest.xml, ExecuteFunction) and runs it on click;
 * - the notification dialog the command opens (?outcome=…): shows the message.
 * This is the composition root of the ribbon command: the real Word adapter is wired here only.
 */
import { readAutoStructureOptIn } from "../document/word/addin-settings";
import { WordDocument } from "../document/word/word-document";
import { calendarForDocument } from "./calendar-for-document";
import { CLOSE_MESSAGE, outcomeFromSearch, showOutcomeDialog } from "./outcome-dialog";
import { outcomeMessage } from "./outcome-message";
import { renderOutcomePage } from "./outcome-page";
import { localIsoDate, validatePlanCommand } from "./validate-plan";

export async function onValidatePlan(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const document = new WordDocument();
    const outcome = await validatePlanCommand({
      document,
      autoStructure: readAutoStructureOptIn(),
      calendar: () => calendarForDocument(document.sharedState()),
      asOf: localIsoDate(),
    });
    await showOutcomeDialog(Office.context.ui, window.location.href, outcomeMessage(outcome));
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
