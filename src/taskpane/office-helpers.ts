/**
 * The one module that uses @microsoft/office-js-helpers (archived upstream). It is loaded lazily with a
 * dynamic import(), so it is a chunk of its own that the pane fetches only when one of these is called;
 * replacing the library later touches this file only.
 */

type OfficeHelpers = typeof import("@microsoft/office-js-helpers");

let loading: Promise<OfficeHelpers> | undefined;

function helpers(): Promise<OfficeHelpers> {
  loading ??= import(/* webpackChunkName: "office-helpers" */ "@microsoft/office-js-helpers");
  return loading;
}

export interface HostInfo {
  /** "WORD", "EXCEL", … or "WEB" when not running inside an Office application. */
  host: string;
  /** "PC", "MAC", "OFFICE_ONLINE", "IOS"; null outside Office. */
  platform: string | null;
  isAddin: boolean;
}

/** Where the pane runs. Reliable only after Office.onReady has resolved. */
export async function detectHost(): Promise<HostInfo> {
  const { Utilities } = await helpers();
  const host = Utilities.host || "WEB";
  return { host, platform: Utilities.platform || null, isAddin: host !== "WEB" };
}

/** Writes an error to the console with Office debug information (OfficeExtension.Error debugInfo) when there is some. */
export async function logError(error: unknown): Promise<void> {
  const { Utilities } = await helpers();
  Utilities.log(error instanceof Error ? error : String(error));
}

/** How a dialog ended: the person closed it, or its page sent a message with Office.context.ui.messageParent. */
export type DialogOutcome = { kind: "closed" } | { kind: "message"; message: unknown };

/** Office's code for "the user closed the dialog box" (DialogEventReceived). */
const DIALOG_CLOSED_BY_USER = 12006;

function isClosedByUser(error: unknown): boolean {
  const inner = (error as { innerError?: unknown } | null)?.innerError;
  return typeof inner === "number" ? inner === DIALOG_CLOSED_BY_USER : (inner as { code?: unknown } | undefined)?.code === DIALOG_CLOSED_BY_USER;
}

function parseSent(sent: string): unknown {
  try {
    return JSON.parse(sent) as unknown;
  } catch {
    return sent;
  }
}

/**
 * Opens `url` (https, same origin as the pane) in a larger window: an Office dialog inside Office, a pop-up
 * window in a browser. Used for the full validation report, which does not fit a 320 px pane.
 * `width`/`height` are in pixels; the library turns them into a share of the screen that fits.
 */
export async function openInDialog(url: string, width = 1024, height = 768): Promise<DialogOutcome> {
  const { Dialog } = await helpers();
  try {
    const sent = await new Dialog<unknown>(url, width, height).result;
    return { kind: "message", message: typeof sent === "string" ? parseSent(sent) : sent };
  } catch (error) {
    if (isClosedByUser(error)) return { kind: "closed" };
    throw error;
  }
}

/**
 * For the page shown in the dialog: sends `message` to the pane that opened it (openInDialog resolves with it)
 * and closes the dialog. Functions cannot be sent; objects are sent as JSON.
 */
export async function sendToOpener(message: unknown): Promise<void> {
  const { Dialog } = await helpers();
  // Sent as a JSON string: the library's own object envelope ({parse: true}) comes out as undefined on the
  // receiving side (Dialog._safeParse returns `.value` of the already unwrapped object), strings arrive intact.
  Dialog.close(JSON.stringify(message));
}
