/**
 * How the ribbon command tells its outcome. Word has no notification API for function commands
 * (Office.NotificationMessages is Outlook's), and the command must not open the task pane, so it opens
 * a small Office dialog showing the message: the function file's own page (commands.html) with the
 * message in its query string, which renders it instead of registering commands (index.ts).
 * The command completes (event.completed) only when the dialog is closed, as Office requires for a
 * dialog opened from a function command.
 */
import type { OutcomeMessage } from "./outcome-message";

export const OUTCOME_PARAMETER = "outcome";
/** What the dialog page sends to close itself. */
export const CLOSE_MESSAGE = "close";

export function outcomeDialogUrl(pageUrl: string, message: OutcomeMessage): string {
  const url = new URL(pageUrl);
  url.search = "";
  url.hash = "";
  url.searchParams.set(OUTCOME_PARAMETER, JSON.stringify(message));
  return url.toString();
}

/** The message a dialog page was opened with, or null when the page is the function file itself. */
export function outcomeFromSearch(search: string): OutcomeMessage | null {
  const raw = new URLSearchParams(search).get(OUTCOME_PARAMETER);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const { title, lines } = value as { title?: unknown; lines?: unknown };
    if (typeof title !== "string" || !Array.isArray(lines) || !lines.every((line) => typeof line === "string")) return null;
    return { title, lines: lines as string[] };
  } catch {
    return null;
  }
}

/** The subset of Office.context.ui the notification uses (tests pass a double). */
export type DialogUi = Pick<Office.UI, "displayDialogAsync">;

/**
 * Shows the message; resolves when the person closed the dialog, or at once when it could not be opened
 * (another dialog open, pop-ups blocked): the document is already coloured, only the message is lost, and
 * the returned value says so.
 */
export async function showOutcomeDialog(ui: DialogUi, pageUrl: string, message: OutcomeMessage): Promise<"closed" | "not-shown"> {
  return await new Promise((resolve) => {
    ui.displayDialogAsync(outcomeDialogUrl(pageUrl, message), { height: 35, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve("not-shown");
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve("closed");
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve("closed"));
    });
  });
}
